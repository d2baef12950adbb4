import meta from '../../generated/kb-meta.json';
import type { KbMeta } from './as-of';

/** The date the bundled base is current to (see as-of.ts), for the actor card. */
export const BASE_AS_OF: string | undefined = (meta as KbMeta).asOf;
