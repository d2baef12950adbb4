import type { NameEvidence, NameType } from '../types';

/** A name found in the normalised text, before it is mapped back to the original. */
export interface RawName {
  start: number;
  end: number;
  type: NameType;
  via: NameEvidence;
  /** The role phrase the article gives (a title before, an apposition after), normalised offsets. */
  roleStart?: number;
  roleEnd?: number;
  /** A person's last name part, to find the person again by it (أنان after كوفي أنان). */
  surname?: string | undefined;
}
