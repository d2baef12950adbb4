import type { Translate } from '@/lib/i18n/messages';
import type { Failure } from '@/lib/result';

/** A failure in the reader's language: the known causes translated, others as the browser said them. */
export function failureText(f: Failure, t: Translate): string {
  if (f.code === 'quota-exceeded') return t('errorQuota');
  if (f.code === 'database-closed') return t('errorClosed');
  if (f.code === 'unavailable') return t('errorUnavailable');
  return f.message;
}
