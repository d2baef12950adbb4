import { REMINDER_DAYS } from '@/lib/settings/items';
import { usePanel } from './context';
import { useLiveQuery } from './hooks';

/** How many days may pass before the panel reminds the reader to back up. */
export function ReminderSection() {
  const { services, t } = usePanel();
  const reminder = useLiveQuery(() => services.queries.setting(REMINDER_DAYS), [services.queries]);
  return (
    <section aria-labelledby="reminder-title">
      <h2 id="reminder-title" class="visually-hidden">
        {t('reminderDays')}
      </h2>
      <label class="field">
        <span>{t('reminderDays')}</span>
        <input
          type="number"
          min={1}
          max={365}
          value={reminder.state === 'ready' ? reminder.value : REMINDER_DAYS.fallback}
          onChange={(e) =>
            void services.setSetting(
              REMINDER_DAYS,
              REMINDER_DAYS.parse(Math.max(1, Number((e.target as HTMLInputElement).value) || REMINDER_DAYS.fallback)),
            )
          }
        />
      </label>
    </section>
  );
}
