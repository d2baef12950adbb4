import { useState } from 'preact/hooks';
import { backupDue } from '@/lib/export/reminder';
import { databaseArea, readItem } from '@/lib/settings/area';
import { LAST_EXPORT, REMINDER_DAYS } from '@/lib/settings/items';
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
    const settings = databaseArea(services.db);
    const [last, days, notes, articles] = await Promise.all([
      readItem(settings, LAST_EXPORT),
      readItem(settings, REMINDER_DAYS),
      services.db.notes.count(),
      services.db.articles.count(),
    ]);
    const firstUse = (await services.db.articles.orderBy('readAt').first())?.firstReadAt ?? services.now();
    return { due: notes + articles > 0 && backupDue(last ?? firstUse, services.now(), days), days };
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
