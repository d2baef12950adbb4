import { useState } from 'preact/hooks';
import { backupDue, LAST_EXPORT_SETTING, REMINDER_DAYS_SETTING } from '@/lib/export/reminder';
import { usePanel } from './context';
import { ExportButtons } from './DataSection';
import { useLiveQuery } from './hooks';

/**
 * Reminds the reader to back up when their last full export is older than their setting
 * (30 days by default). Shown only once there is something to lose.
 */
export function BackupBanner() {
  const { services, t } = usePanel();
  const [dismissed, setDismissed] = useState(false);
  const state = useLiveQuery(async () => {
    const [last, days, notes, articles] = await Promise.all([
      services.db.settings.get(LAST_EXPORT_SETTING),
      services.db.settings.get(REMINDER_DAYS_SETTING),
      services.db.notes.count(),
      services.db.articles.count(),
    ]);
    const firstUse = (await services.db.articles.orderBy('readAt').first())?.firstReadAt ?? services.now();
    const lastAt = typeof last?.value === 'number' ? last.value : firstUse;
    const n = typeof days?.value === 'number' ? days.value : 30;
    return { due: notes + articles > 0 && backupDue(lastAt, services.now(), n), days: n };
  }, [services.db]);
  if (dismissed || state.state !== 'ready' || !state.value.due) return null;
  return (
    <aside class="banner" aria-label={t('backupDue', { n: state.value.days })}>
      <p>{t('backupDue', { n: state.value.days })}</p>
      <ExportButtons compact />
      <button type="button" class="link" onClick={() => setDismissed(true)}>
        {t('dismiss')}
      </button>
    </aside>
  );
}
