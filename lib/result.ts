/**
 * Failures cross context boundaries (content script ⇄ background ⇄ panel) as values: a
 * thrown error loses its type on the way and turns into "No response" on the other side.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; error: Failure };

export type FailureCode =
  | 'not-found'
  | 'invalid-input'
  | 'quota-exceeded'
  | 'database-closed'
  | 'needs-user-action'
  | 'unavailable'
  /** The sender may not ask this (a content script asking for what only Siyaq's pages may). */
  | 'not-allowed'
  | 'internal';

export interface Failure {
  code: FailureCode;
  message: string;
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: FailureCode, message: string): Result<never> => ({ ok: false, error: { code, message } });

/** Turns an exception from storage or a browser API into a failure a person can act on. */
export function toFailure(e: unknown): Failure {
  const name = (e as { name?: string })?.name ?? '';
  const inner = (e as { inner?: { name?: string } })?.inner?.name ?? '';
  const message = e instanceof Error ? e.message : String(e);
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return { code: 'quota-exceeded', message: 'The browser has no room left for Siyaq’s data.' };
  }
  if (name === 'DatabaseClosedError' || inner === 'DatabaseClosedError') {
    return { code: 'database-closed', message: 'Siyaq’s database was closed; try again.' };
  }
  return { code: 'internal', message };
}

/** Runs `fn` and returns its value or its failure; never throws. */
export async function attempt<T>(fn: () => Promise<T> | T): Promise<Result<T>> {
  try {
    return ok(await fn());
  } catch (e) {
    return { ok: false, error: toFailure(e) };
  }
}
