/**
 * One Wikidata entity boiled down to what the conversion needs: names, aliases, descriptions,
 * and the QIDs it points to. Drafts are small, so a filtered dump of many thousand entities
 * fits in memory while the raw entities do not need to.
 */
import { normalizeKey } from '../text/normalize';
import type { AffiliationKind, PartialDate } from './schema';
import {
  aliasesIn,
  description,
  itemValues,
  label,
  mainItem,
  qualifierDate,
  qualifierItems,
  sitelinkTitle,
  statements,
  type WdEntity,
  type WdStatement,
} from './wikidata-entity';

/** Statements that become affiliations. */
const AFFILIATION_PROPERTIES: readonly [string, AffiliationKind][] = [
  ['P102', 'member_of'], // member of political party
  ['P463', 'member_of'], // member of
  ['P749', 'part_of'], // parent organization
  ['P361', 'part_of'], // part of
];

// Where the names come from, best first (labels; the Arabic name may also be the first alias).
const AR_DIALECTS = ['arz', 'ary', 'arq']; // Egyptian, Moroccan, Algerian Arabic
const EN_VARIANTS = ['en-gb', 'en-us', 'mul'];
// Persian and Sorani spellings turn up in Arabic news (خامنه‌ای): kept when in Arabic script.
const ARABIC_SCRIPT_LANGS = ['fa', 'ckb'];

const MAX_NAME = 120;
const MAX_ALIASES = 200;

const ARABIC = /\p{Script=Arabic}/u;
const LATIN = /\p{Script=Latin}/u;
const ARABIC_SCRIPT_ONLY = /^[\p{Script=Arabic}\p{Zs}\p{P}\p{N}\u200c\u200d]+$/u;
export const LETTER = /\p{L}/u;

export interface Dated {
  start?: PartialDate;
  end?: PartialDate;
}

export interface PositionClaim extends Dated {
  position: string;
  of: string[];
}

export interface AffiliationClaim extends Dated {
  kind: AffiliationKind;
  property: string;
  target: string;
}

/** What the conversion needs of one entity; the raw entity is not kept. */
export interface Draft {
  qid: string;
  names: { ar?: string; en?: string };
  aliases: { ar: string[]; en: string[] };
  descriptions: { ar?: string; en?: string };
  classes: string[];
  superclasses: string[];
  jurisdictions: string[];
  countries: string[];
  citizenships: string[];
  positions: PositionClaim[];
  affiliations: AffiliationClaim[];
  wikipedia: { ar?: string; en?: string };
  dateProblems: string[];
}

export function clean(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

function fits(s: string | undefined, max = MAX_NAME): s is string {
  return s !== undefined && s !== '' && s.length <= max && normalizeKey(s) !== '';
}

function arabicName(e: WdEntity): string | undefined {
  const candidates = [label(e, 'ar'), ...aliasesIn(e, 'ar'), ...AR_DIALECTS.map((l) => label(e, l))];
  return candidates.map((s) => (s ? clean(s) : undefined)).find((s) => fits(s) && ARABIC.test(s));
}

function englishName(e: WdEntity): string | undefined {
  const candidates = [label(e, 'en'), ...EN_VARIANTS.map((l) => label(e, l))];
  return candidates.map((s) => (s ? clean(s) : undefined)).find((s) => fits(s) && LATIN.test(s) && !ARABIC.test(s));
}

/** Aliases that are valid, not a name, and not a spelling the matcher folds onto an earlier one. */
function uniqueAliases(candidates: (string | undefined)[], names: (string | undefined)[], keep: (s: string) => boolean): string[] {
  const seen = new Set(names.filter((n): n is string => n !== undefined).map(normalizeKey));
  const out: string[] = [];
  for (const raw of candidates) {
    const s = raw === undefined ? undefined : clean(raw);
    if (!fits(s) || !keep(s)) continue;
    const key = normalizeKey(s);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s);
    if (out.length === MAX_ALIASES) break;
  }
  return out;
}

function datesOf(s: WdStatement, what: string, problems: string[]): Dated {
  const start = qualifierDate(s, 'P580');
  let end = qualifierDate(s, 'P582');
  if (start && end && end < start.slice(0, end.length)) {
    problems.push(`${what}: end ${end} is before start ${start}; end left out`);
    end = undefined;
  }
  return { ...(start ? { start } : {}), ...(end ? { end } : {}) };
}

export function draftOf(e: WdEntity): Draft {
  const names = { ar: arabicName(e), en: englishName(e) };
  const dateProblems: string[] = [];
  const positions: PositionClaim[] = [];
  for (const s of statements(e, 'P39')) {
    const position = mainItem(s);
    if (!position) continue;
    const of = [...qualifierItems(s, 'P642'), ...qualifierItems(s, 'P1001')];
    positions.push({ position, of, ...datesOf(s, `position ${position}`, dateProblems) });
  }
  const affiliations: AffiliationClaim[] = [];
  for (const [property, kind] of AFFILIATION_PROPERTIES) {
    for (const s of statements(e, property)) {
      const target = mainItem(s);
      if (target) affiliations.push({ kind, property, target, ...datesOf(s, `${property} ${target}`, dateProblems) });
    }
  }
  const persianScript = ARABIC_SCRIPT_LANGS.flatMap((l) => [label(e, l), ...aliasesIn(e, l)]);
  return {
    qid: e.id,
    names,
    aliases: {
      ar: uniqueAliases([label(e, 'ar'), ...aliasesIn(e, 'ar'), ...persianScript], [names.ar], (s) => ARABIC_SCRIPT_ONLY.test(s)),
      en: uniqueAliases(
        [label(e, 'en'), ...EN_VARIANTS.map((l) => label(e, l)), ...aliasesIn(e, 'en')],
        [names.en],
        (s) => LETTER.test(s) && !ARABIC.test(s),
      ),
    },
    descriptions: { ar: description(e, 'ar'), en: description(e, 'en') },
    classes: itemValues(e, 'P31'),
    superclasses: itemValues(e, 'P279'),
    jurisdictions: itemValues(e, 'P1001'),
    countries: itemValues(e, 'P17'),
    citizenships: itemValues(e, 'P27'),
    positions,
    affiliations,
    wikipedia: { ar: sitelinkTitle(e, 'arwiki'), en: sitelinkTitle(e, 'enwiki') },
    dateProblems,
  };
}
