import { useState } from 'preact/hooks';
import { backupDue } from '@/lib/export/reminder';
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
    const [last, days, { notes, articles, firstReadAt }] = await Promise.all([
      services.queries.setting(LAST_EXPORT),
      services.queries.setting(REMINDER_DAYS),
      services.queries.counts(),
    ]);
    const since = last ?? firstReadAt ?? services.now();
    return { due: notes + articles > 0 && backupDue(since, services.now(), days), days };
  }, [services.queries]);
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
