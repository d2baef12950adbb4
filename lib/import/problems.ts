/** One thing wrong with an imported file, addressed so a person can find it: `notes[3].body`. */
export interface Problem {
  path: string;
  message: string;
}

/**
 * Past this many, more problems only bury the first ones (a file of a million broken records
 * would otherwise produce a million lines); the count of the rest is still given.
 */
export const MAX_PROBLEMS = 100;

export class ProblemList {
  private readonly kept: Problem[] = [];
  private count = 0;

  add(path: string, message: string): void {
    this.count++;
    if (this.kept.length < MAX_PROBLEMS) this.kept.push({ path, message });
  }

  get size(): number {
    return this.count;
  }

  /** The problems found, the overflow summed up in a last entry. */
  list(): Problem[] {
    const extra = this.count - this.kept.length;
    return extra > 0 ? [...this.kept, { path: 'file', message: `and ${extra} more problems` }] : [...this.kept];
  }
}

export const formatProblem = (p: Problem): string => `${p.path}: ${p.message}`;
