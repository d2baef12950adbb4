import { MAX_TIME } from '../export/time';
import type { ProblemList } from './problems';

/**
 * A tiny structural checker for parsed JSON. A check reports what is wrong at `path` and says
 * whether the value was sound, so later checks that rely on its shape can skip broken records
 * instead of piling up follow-on errors.
 */
export type Check = (value: unknown, path: string, problems: ProblemList) => boolean;

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** What a value is, for "expected …, found …". */
export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return v.length > 40 ? 'a string' : JSON.stringify(v);
  return `${typeof v} ${String(v)}`;
}

const want = (ok: boolean, what: string): Check => {
  return (v, path, problems) => {
    if (!ok) problems.add(path, `expected ${what}, found ${describe(v)}`);
    return ok;
  };
};

export function string(options: { nonEmpty?: boolean; maxChars?: number } = {}): Check {
  return (v, path, problems) => {
    if (typeof v !== 'string') return want(false, 'a string')(v, path, problems);
    if (options.nonEmpty && v === '') {
      problems.add(path, 'must not be empty');
      return false;
    }
    if (options.maxChars !== undefined && v.length > options.maxChars) {
      problems.add(path, `longer than ${options.maxChars} characters`, 'tooLarge');
      return false;
    }
    return true;
  };
}

/** A time in ms since the epoch that a Date can hold. */
export const timestamp: Check = (v, path, problems) =>
  want(typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= MAX_TIME, 'a time in milliseconds')(v, path, problems);

export const finiteNumber: Check = (v, path, problems) => want(typeof v === 'number' && Number.isFinite(v), 'a number')(v, path, problems);

export const count: Check = (v, path, problems) =>
  want(typeof v === 'number' && Number.isSafeInteger(v) && v >= 0, 'a whole number ≥ 0')(v, path, problems);

export function oneOf(values: readonly string[]): Check {
  return (v, path, problems) => want(typeof v === 'string' && values.includes(v), `one of ${values.join(', ')}`)(v, path, problems);
}

export function nullable(check: Check): Check {
  return (v, path, problems) => v === null || check(v, path, problems);
}

/** Any JSON value: settings belong to other parts of the extension, which check their own. */
export const anyJson: Check = () => true;

export function listOf(item: Check): Check {
  return (v, path, problems) => {
    if (!Array.isArray(v)) return want(false, 'a list')(v, path, problems);
    let ok = true;
    v.forEach((x, i) => {
      ok = item(x, `${path}[${i}]`, problems) && ok;
    });
    return ok;
  };
}

/** An object used as a map (`actorCounts`): any keys, every value checked. */
export function mapOf(item: Check): Check {
  return (v, path, problems) => {
    if (!isObject(v)) return want(false, 'an object')(v, path, problems);
    let ok = true;
    for (const [k, x] of Object.entries(v)) ok = item(x, `${path}.${k}`, problems) && ok;
    return ok;
  };
}

/**
 * A record: every required field present, optional ones checked when present, and no field
 * the store does not know, since whatever passes here is written to the store as it is.
 */
export function object(required: Record<string, Check>, optional: Record<string, Check> = {}): Check {
  return (v, path, problems) => {
    if (!isObject(v)) return want(false, 'an object')(v, path, problems);
    const at = (k: string) => (path ? `${path}.${k}` : k);
    let ok = true;
    for (const [k, check] of Object.entries(required)) {
      if (!Object.hasOwn(v, k)) {
        problems.add(at(k), 'missing');
        ok = false;
      } else ok = check(v[k], at(k), problems) && ok;
    }
    for (const [k, check] of Object.entries(optional)) if (Object.hasOwn(v, k)) ok = check(v[k], at(k), problems) && ok;
    for (const k of Object.keys(v)) {
      if (!Object.hasOwn(required, k) && !Object.hasOwn(optional, k)) {
        problems.add(at(k), 'unknown field');
        ok = false;
      }
    }
    return ok;
  };
}

/** Any object; its inside is someone else's to check. */
export const anyObject: Check = (v, path, problems) => {
  if (isObject(v)) return true;
  problems.add(path, `expected an object, found ${describe(v)}`);
  return false;
};
