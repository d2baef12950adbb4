import type { MessageKey, Translate } from '../i18n/messages';

/**
 * What kind of thing is wrong, for the reader: the message says it for whoever repairs the
 * file, the kind says it in the interface language for whoever only wants their notes back.
 */
export type ProblemKind =
  | 'damaged'
  | 'tooLarge'
  | 'notJson'
  | 'notBackup'
  | 'pack'
  | 'newer'
  | 'version'
  | 'cutShort'
  | 'duplicate'
  | 'unknownActor'
  | 'invalidActor'
  | 'inconsistent'
  | 'badLink'
  | 'more';

/** One thing wrong with an imported file, addressed so a person can find it: `notes[3].body`. */
export interface Problem {
  path: string;
  message: string;
  /** Absent means `damaged`: a field missing, of the wrong type, or unknown to the store. */
  kind?: ProblemKind;
  /** On the last entry of a list cut at MAX_PROBLEMS (kind `more`): how many it stands for. */
  extra?: number;
}

/**
 * Past this many, more problems only bury the first ones (a file of a million broken records
 * would otherwise produce a million lines); the count of the rest is still given.
 */
export const MAX_PROBLEMS = 100;

export class ProblemList {
  private readonly kept: Problem[] = [];
  private count = 0;

  add(path: string, message: string, kind?: ProblemKind): void {
    this.count++;
    if (this.kept.length < MAX_PROBLEMS) this.kept.push(kind ? { path, message, kind } : { path, message });
  }

  get size(): number {
    return this.count;
  }

  /** The problems found, the overflow summed up in a last entry. */
  list(): Problem[] {
    const extra = this.count - this.kept.length;
    return extra > 0 ? [...this.kept, { path: 'file', message: `and ${extra} more problems`, kind: 'more', extra }] : [...this.kept];
  }
}

export const formatProblem = (p: Problem): string => `${p.path}: ${p.message}`;

/** How many problems a list stands for, the overflow entry's count included. */
export function problemCount(problems: readonly Problem[]): number {
  return problems.reduce((n, p) => n + (p.kind === 'more' ? (p.extra ?? 0) : 1), 0);
}

const RECORD = /^(articles|claims|notes|readerActors|settings)\[(\d+)\]/;

/** Where a problem is, in words: "Note 4", "the file". */
function where(path: string, t: Translate): string {
  const m = RECORD.exec(path);
  if (m) return t(`problemIn_${m[1]}` as MessageKey, { n: Number(m[2]) + 1 });
  return t('problemInFile');
}

export interface ProblemSummary {
  /** "This file cannot be imported: 30 problems." */
  headline: string;
  /** The first few, each as "where: what" in the interface language. */
  first: string[];
}

/**
 * The problems of a refused file as a reader can take them in: how many, then the first few
 * in words (one per kind, so thirty of the same fault do not hide a different one). The
 * technical list stays available for whoever repairs the file.
 */
export function summariseProblems(problems: readonly Problem[], t: Translate, shown = 3): ProblemSummary {
  const first: string[] = [];
  const kinds = new Set<ProblemKind>();
  for (const p of problems) {
    const kind = p.kind ?? 'damaged';
    if (kind === 'more' || kinds.has(kind)) continue;
    kinds.add(kind);
    first.push(`${where(p.path, t)}: ${t(`problem_${kind}` as MessageKey)}`);
    if (first.length >= shown) break;
  }
  return { headline: t('importProblemCount', { n: problemCount(problems) }), first };
}
