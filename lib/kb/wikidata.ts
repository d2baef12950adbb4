/**
 * Wikidata entities → a Siyaq knowledge pack. Pure: entities go in one at a time (so a dump
 * can be streamed), actors and warnings come out; reading files is the script's business.
 *
 * Each entity is boiled down to a small draft as it arrives (wikidata-draft.ts). References
 * between entities are resolved at the end (wikidata-resolve.ts), when it is known which
 * entities became actors. The QID tables are in wikidata-classes.ts.
 *
 * Ambiguity rule: a name or alias is flagged `ambiguous` when, after `normalizeKey`, it is
 * also a name or alias of another actor of the pack (flagged in both), when it is an alias of
 * three letters or fewer (`بري`, `UN`: too easily an ordinary word or another body's
 * acronym), or when it collides with an existing actor's ambiguous name. Whether a single
 * word is only a given name cannot be told from Wikidata; the curator has to add those.
 */
import { normalizeKey } from '../text/normalize';
import { type Actor, type ActorType, type Bilingual, KB_SCHEMA_VERSION, type KnowledgePack } from './schema';
import { formatIssue, validateActors } from './validate';
import { CLASS_TYPES, NON_ACTOR_CLASSES, TYPE_WORDS } from './wikidata-classes';
import { clean, type Draft, draftOf, LETTER } from './wikidata-draft';
import { asItem } from './wikidata-entity';
import { Resolver } from './wikidata-resolve';

export {
  createJsonArraySplitter,
  detectFormat,
  type ExportFormat,
  entitiesOfDocument,
  type JsonArraySplitter,
} from './wikidata-entity';

type KnownAliases = ReadonlyMap<string, { actorId: string; ambiguous: boolean }>;

export interface WikidataOptions {
  /** Name of the pack. */
  name?: string;
  /** QID → id of an actor that already exists (the bundled base's `links.wikidata`). */
  knownIds?: ReadonlyMap<string, string>;
  /** Names and aliases of existing actors by normalised key, as `validateActors` takes them. */
  knownAliases?: KnownAliases;
}

export interface WikidataWarning {
  qid?: string;
  message: string;
}

export interface WikidataResult {
  pack: KnowledgePack;
  warnings: WikidataWarning[];
  /**
   * `entities` read; `actors` in the pack; `references` only there to describe others
   * (positions, classes); `skipped` left out with a warning.
   */
  stats: { entities: number; actors: number; references: number; skipped: number };
}

export interface WikidataConverter {
  add(raw: unknown): void;
  finish(): WikidataResult;
}

type Warn = (qid: string | undefined, message: string) => void;

const MAX_NOTE = 1500;
const MAX_TITLE = 300;
const SHORT_ALIAS_LETTERS = 3;

function sentence(s: string, lang: 'ar' | 'en'): string {
  let out = clean(s);
  // Wikidata descriptions are lower-case fragments ("Iraqi politician"); notes are sentences.
  if (lang === 'en') out = out.charAt(0).toUpperCase() + out.slice(1);
  if (!/[.!?؟]$/u.test(out)) out += '.';
  return out.length > MAX_NOTE ? `${out.slice(0, MAX_NOTE - 1)}…` : out;
}

/** A note needs both languages; a missing description becomes a plain statement of type. */
function noteOf(d: Draft, type: ActorType): Bilingual {
  return {
    ar: d.descriptions.ar ? sentence(d.descriptions.ar, 'ar') : `عنصر من ويكي بيانات ${d.qid}: ${TYPE_WORDS[type].ar}.`,
    en: d.descriptions.en ? sentence(d.descriptions.en, 'en') : `Wikidata item ${d.qid}: ${TYPE_WORDS[type].en}.`,
  };
}

/** Positions and classes are in an export to describe others, not to become actors. */
function describingOthers(drafts: ReadonlyMap<string, Draft>): (d: Draft) => boolean {
  const described = new Set<string>();
  for (const d of drafts.values()) {
    for (const p of d.positions) described.add(p.position);
    for (const q of [...d.classes, ...d.superclasses]) described.add(q);
  }
  return (d) =>
    described.has(d.qid) ||
    d.classes.some((q) => NON_ACTOR_CLASSES.has(q)) ||
    (d.superclasses.length > 0 && !d.classes.some((q) => CLASS_TYPES.has(q)));
}

interface Candidate {
  d: Draft;
  /** Strings already known to be ambiguous (they collide with an existing ambiguous name). */
  flagged: Set<string>;
}

/** Why a draft cannot become an actor, or undefined when it can. */
function rejection(d: Draft, knownIds: ReadonlyMap<string, string>, knownAliases: KnownAliases, flagged: Set<string>): string | undefined {
  const existing = knownIds.get(d.qid);
  if (existing) return `already in the base as "${existing}": not converted, references to it point there`;
  const missing = (['ar', 'en'] as const).filter((l) => !d.names[l]);
  if (missing.length) return `no ${missing.map((l) => (l === 'ar' ? 'Arabic' : 'English')).join(' or ')} name: skipped`;
  for (const name of [d.names.ar!, d.names.en!]) {
    const other = knownAliases.get(normalizeKey(name));
    if (other?.ambiguous) flagged.add(name);
    // Most likely the same actor, curated without its QID: a duplicate would fail the import.
    else if (other)
      return `name "${name}" is already a name of "${other.actorId}": skipped (if it is the same actor, add links.wikidata ${d.qid} to it)`;
  }
  return undefined;
}

function actorOf(c: Candidate, resolver: Resolver, knownAliases: KnownAliases, warn: Warn): Actor {
  const { d, flagged } = c;
  for (const p of d.dateProblems) warn(d.qid, p);
  const type = resolver.typeOf(d);
  const aliases: { ar?: string[]; en?: string[] } = {};
  for (const lang of ['ar', 'en'] as const) {
    const kept = d.aliases[lang].filter((s) => {
      const other = knownAliases.get(normalizeKey(s));
      if (other && !other.ambiguous) warn(d.qid, `alias "${s}" is already a name of "${other.actorId}": dropped`);
      else if (other) flagged.add(s);
      return !other || other.ambiguous;
    });
    if (kept.length) aliases[lang] = kept;
  }
  const roles = resolver.rolesOf(d);
  const affiliations = resolver.affiliationsOf(d);
  const country = resolver.countryOf(d, type);
  const wikipedia: { ar?: string; en?: string } = {};
  for (const lang of ['ar', 'en'] as const) {
    const title = d.wikipedia[lang];
    if (title && title.length <= MAX_TITLE) wikipedia[lang] = title;
  }
  return {
    id: d.qid,
    type,
    names: { ar: d.names.ar!, en: d.names.en! },
    ...(aliases.ar || aliases.en ? { aliases } : {}),
    ...(roles.length ? { roles } : {}),
    ...(affiliations.length ? { affiliations } : {}),
    ...(country ? { country } : {}),
    note: noteOf(d, type),
    links: { ...(wikipedia.ar || wikipedia.en ? { wikipedia } : {}), wikidata: d.qid },
  };
}

function letterCount(key: string): number {
  let n = 0;
  for (const ch of key) if (LETTER.test(ch)) n++;
  return n;
}

/** Applies the ambiguity rule of the header comment. */
function flagAmbiguous(actors: Actor[], preset: readonly ReadonlySet<string>[]): Actor[] {
  const strings = (a: Actor) => [a.names.ar, a.names.en, ...(a.aliases?.ar ?? []), ...(a.aliases?.en ?? [])];
  const owners = new Map<string, Set<number>>();
  actors.forEach((a, i) => {
    for (const s of strings(a)) {
      const key = normalizeKey(s);
      owners.set(key, (owners.get(key) ?? new Set()).add(i));
    }
  });
  return actors.map((a, i) => {
    const amb = new Set(preset[i]);
    const aliases = new Set([...(a.aliases?.ar ?? []), ...(a.aliases?.en ?? [])]);
    for (const s of strings(a)) {
      const key = normalizeKey(s);
      if ((owners.get(key)?.size ?? 0) > 1) amb.add(s);
      else if (aliases.has(s) && letterCount(key) <= SHORT_ALIAS_LETTERS) amb.add(s);
    }
    if (!amb.size) return a;
    // Same field order as the curated files: the flags right after the aliases they qualify.
    const { id, type, names, aliases: own, ...rest } = a;
    return { id, type, names, ...(own ? { aliases: own } : {}), ambiguous: [...amb], ...rest };
  });
}

function withoutRefs(a: Actor, gone: ReadonlySet<string>): Actor {
  const out: Actor = { ...a };
  if (out.country && gone.has(out.country)) delete out.country;
  if (out.roles) {
    out.roles = out.roles.map((r) => {
      if (!r.of || !gone.has(r.of)) return r;
      const copy = { ...r };
      delete copy.of;
      return copy;
    });
  }
  if (out.affiliations) out.affiliations = out.affiliations.filter((f) => !gone.has(f.target));
  return out;
}

function withoutAliases(a: Actor, gone: ReadonlySet<string> | undefined): Actor {
  if (!gone?.size) return a;
  const out: Actor = { ...a };
  const aliases: { ar?: string[]; en?: string[] } = {};
  for (const lang of ['ar', 'en'] as const) {
    const kept = a.aliases?.[lang]?.filter((s) => !gone.has(s)) ?? [];
    if (kept.length) aliases[lang] = kept;
  }
  if (aliases.ar || aliases.en) out.aliases = aliases;
  else delete out.aliases;
  // A flag must name one of the actor's strings, so it goes with its alias.
  const ambiguous = a.ambiguous?.filter((s) => !gone.has(s)) ?? [];
  if (ambiguous.length) out.ambiguous = ambiguous;
  else delete out.ambiguous;
  return out;
}

const QUOTED = /^"(.+?)" /;

/**
 * The last word belongs to the validator the import will run. What it still rejects (a
 * function-word alias such as "the", say) is removed: the alias when the complaint names one,
 * else the actor, whose incoming references are then cut so that the rest stays valid.
 */
function keepValid(actors: Actor[], options: WikidataOptions, warn: Warn): Actor[] {
  const knownIds = new Set(options.knownIds?.values() ?? []);
  let list = actors;
  for (;;) {
    const { errors } = validateActors(list, { knownIds, knownAliases: options.knownAliases });
    if (!errors.length) return list;
    const badActors = new Set<string>();
    const badAliases = new Map<string, Set<string>>();
    for (const e of errors) {
      const actor = list[e.index];
      if (!actor) continue;
      const alias = e.path === 'aliases' ? QUOTED.exec(e.message)?.[1] : undefined;
      const own = [...(actor.aliases?.ar ?? []), ...(actor.aliases?.en ?? [])];
      if (alias !== undefined && own.includes(alias)) {
        badAliases.set(actor.id, (badAliases.get(actor.id) ?? new Set()).add(alias));
        warn(actor.id, `alias dropped: ${formatIssue(e)}`);
      } else {
        badActors.add(actor.id);
        warn(actor.id, `dropped: ${formatIssue(e)}`);
      }
    }
    if (!badActors.size && !badAliases.size) return [];
    list = list.filter((a) => !badActors.has(a.id)).map((a) => withoutAliases(withoutRefs(a, badActors), badAliases.get(a.id)));
  }
}

/** Collects entities one at a time (so a dump can be streamed) and converts them at the end. */
export function createWikidataConverter(options: WikidataOptions = {}): WikidataConverter {
  const drafts = new Map<string, Draft>();
  const warnings: WikidataWarning[] = [];
  const warn: Warn = (qid, message) => warnings.push(qid ? { qid, message } : { message });
  let entities = 0;
  let skipped = 0;

  return {
    add(raw: unknown): void {
      entities++;
      const e = asItem(raw);
      if (!e) {
        warn(undefined, `entry #${entities} is not a Wikidata item: skipped`);
        skipped++;
      } else if (drafts.has(e.id)) {
        warn(e.id, 'appears twice: the first copy is kept');
        skipped++;
      } else drafts.set(e.id, draftOf(e));
    },

    finish(): WikidataResult {
      const knownIds = options.knownIds ?? new Map<string, string>();
      const knownAliases: KnownAliases = options.knownAliases ?? new Map();
      const resolver = new Resolver(drafts, knownIds, warn);
      const isReference = describingOthers(drafts);
      let references = 0;
      const candidates: Candidate[] = [];
      for (const d of drafts.values()) {
        if (isReference(d)) {
          references++;
          continue;
        }
        const flagged = new Set<string>();
        const why = rejection(d, knownIds, knownAliases, flagged);
        if (why) {
          warn(d.qid, why);
          skipped++;
          continue;
        }
        candidates.push({ d, flagged });
        resolver.converted.add(d.qid);
      }
      // Built only once every candidate is known, so references between them resolve.
      const actors = candidates.map((c) => actorOf(c, resolver, knownAliases, warn));
      const valid = keepValid(
        flagAmbiguous(
          actors,
          candidates.map((c) => c.flagged),
        ),
        options,
        warn,
      );
      return {
        pack: { schema: 'siyaq-kb', version: KB_SCHEMA_VERSION, name: options.name ?? 'Wikidata import', actors: valid },
        warnings,
        stats: { entities, actors: valid.length, references, skipped: skipped + actors.length - valid.length },
      };
    },
  };
}

/** Converts a whole list of entities (an EntityData document's values, a parsed array). */
export function convertWikidata(entities: Iterable<unknown>, options: WikidataOptions = {}): WikidataResult {
  const converter = createWikidataConverter(options);
  for (const e of entities) converter.add(e);
  return converter.finish();
}

export function formatWarning(w: WikidataWarning): string {
  return w.qid ? `${w.qid}: ${w.message}` : w.message;
}
