import { once } from '../once';
import { normalizeKey } from '../text/normalize';
import { outletHostKey } from './outlet-hosts';
import {
  ACTOR_TYPES,
  type Actor,
  type ActorType,
  AFFILIATION_KINDS,
  type AffiliationKind,
  OWNERSHIP_KINDS,
  type OwnershipKind,
  ROLE_KEYS,
  type RoleKey,
} from './schema';

/** One problem, addressed so a person can find it: the actor and the field. */
export interface KbIssue {
  actorId: string | undefined;
  index: number;
  path: string;
  message: string;
}

export interface KbValidation {
  actors: Actor[];
  errors: KbIssue[];
}

export interface ValidateOptions {
  /** Ids that exist outside the validated list (the bundled base when checking a pack). */
  knownIds?: ReadonlySet<string>;
  /** Aliases of actors outside the list, by normalised key, for the collision check. */
  knownAliases?: ReadonlyMap<string, { actorId: string; ambiguous: boolean }>;
}

const ID = /^(Q[1-9]\d*|[a-z0-9]+(?:-[a-z0-9]+)*)$/;
const QID = /^Q[1-9]\d*$/;
const DATE = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
const ARABIC = /\p{Script=Arabic}/u;
const MAX_NAME = 120;
const MAX_NOTE = 1500;
const MAX_ALIASES = 200;

/**
 * Function words that fold onto plausible aliases (على → علي). An alias equal to one of these
 * would fire on every line of every article, so it is rejected outright, ambiguous or not. Built
 * on first use: the content script, which never validates, should not pay for it on load.
 */
const stopKeys = once(
  () =>
    new Set(
      [
        'على',
        'في',
        'من',
        'الى',
        'إلى',
        'عن',
        'مع',
        'ان',
        'أن',
        'إن',
        'او',
        'لا',
        'ما',
        'هذا',
        'هذه',
        'التي',
        'الذي',
        'كان',
        'قال',
        'بعد',
        'قبل',
        'the',
        'a',
        'an',
        'of',
        'in',
        'on',
        'and',
        'to',
        'is',
      ].map((w) => normalizeKey(w)),
    ),
);

const ACTOR_KEYS = new Set([
  'id',
  'type',
  'names',
  'aliases',
  'ambiguous',
  'roles',
  'affiliations',
  'country',
  'capital',
  'demonyms',
  'outlet',
  'note',
  'links',
]);

type Json = unknown;

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Validates a list of actors. Never throws: every problem comes back as an issue, and only
 * actors without issues are returned, so an import can show both what is fine and what is not.
 */
export function validateActors(input: Json, options: ValidateOptions = {}): KbValidation {
  const errors: KbIssue[] = [];
  if (!Array.isArray(input)) {
    return { actors: [], errors: [{ actorId: undefined, index: -1, path: '', message: 'expected a list of actors' }] };
  }
  const ids = new Map<string, number>();
  const valid: Actor[] = [];
  const bad = new Set<number>();

  input.forEach((raw, index) => {
    const before = errors.length;
    const actorId = isObject(raw) && typeof raw.id === 'string' ? raw.id : undefined;
    const err = (path: string, message: string) => errors.push({ actorId, index, path, message });
    checkActor(raw, err);
    if (actorId !== undefined) {
      if (ids.has(actorId)) err('id', `duplicate id (also actor #${ids.get(actorId)})`);
      else ids.set(actorId, index);
    }
    if (errors.length > before) bad.add(index);
  });

  const allIds = new Set([...ids.keys(), ...(options.knownIds ?? [])]);
  input.forEach((raw, index) => {
    if (!isObject(raw)) return;
    const actor = raw as Partial<Actor>;
    const before = errors.length;
    const err = (path: string, message: string) => errors.push({ actorId: actor.id, index, path, message });
    const ref = (path: string, id: string | undefined) => {
      if (typeof id === 'string' && !allIds.has(id)) err(path, `refers to unknown actor "${id}"`);
    };
    ref('country', actor.country);
    if (isObject(actor.outlet) && typeof actor.outlet.owner === 'string') {
      ref('outlet.owner', actor.outlet.owner);
      if (actor.outlet.owner === actor.id) err('outlet.owner', 'an outlet cannot own itself');
    }
    const list = (v: unknown) => (Array.isArray(v) ? v.filter(isObject) : []);
    for (const [i, r] of list(actor.roles).entries()) ref(`roles[${i}].of`, r.of as string | undefined);
    list(actor.affiliations).forEach((a, i) => {
      ref(`affiliations[${i}].target`, a.target as string | undefined);
      if (a.target === actor.id) err(`affiliations[${i}].target`, 'an actor cannot be affiliated with itself');
    });
    if (errors.length > before) bad.add(index);
  });

  checkAliasCollisions(input, bad, options, errors);
  checkHostCollisions(input, bad, errors);

  input.forEach((raw, index) => {
    if (!bad.has(index)) valid.push(raw as Actor);
  });
  return { actors: valid, errors };
}

function checkActor(raw: Json, err: (path: string, message: string) => void): void {
  if (!isObject(raw)) {
    err('', 'expected an object');
    return;
  }
  for (const key of Object.keys(raw)) if (!ACTOR_KEYS.has(key)) err(key, 'unknown field');
  if (typeof raw.id !== 'string' || !ID.test(raw.id)) {
    err('id', 'must be a Wikidata QID (Q42) or a kebab-case slug (mustafa-al-kadhimi)');
  }
  if (!ACTOR_TYPES.includes(raw.type as ActorType)) err('type', `must be one of ${ACTOR_TYPES.join(', ')}`);
  checkBilingual(raw.names, 'names', MAX_NAME, err);
  if (isObject(raw.names) && typeof raw.names.ar === 'string' && !ARABIC.test(raw.names.ar)) {
    err('names.ar', 'has no Arabic letters');
  }
  checkBilingual(raw.note, 'note', MAX_NOTE, err);

  const allNames = new Set<string>();
  if (isObject(raw.names)) for (const v of Object.values(raw.names)) if (typeof v === 'string') allNames.add(v);
  if (raw.aliases !== undefined) {
    if (!isObject(raw.aliases)) err('aliases', 'expected { ar: [...], en: [...] }');
    else {
      for (const key of Object.keys(raw.aliases)) {
        if (key !== 'ar' && key !== 'en') {
          err(`aliases.${key}`, 'unknown language (use ar or en)');
          continue;
        }
        const list = raw.aliases[key];
        if (!Array.isArray(list)) {
          err(`aliases.${key}`, 'expected a list of strings');
          continue;
        }
        if (list.length > MAX_ALIASES) err(`aliases.${key}`, `more than ${MAX_ALIASES} aliases`);
        list.forEach((a, i) => {
          if (typeof a !== 'string' || a.trim() === '') err(`aliases.${key}[${i}]`, 'expected a non-empty string');
          else if (a.length > MAX_NAME) err(`aliases.${key}[${i}]`, `longer than ${MAX_NAME} characters`);
          else allNames.add(a);
        });
      }
    }
  }
  for (const name of allNames) {
    const key = normalizeKey(name);
    if (key === '') err('aliases', `"${name}" is empty once normalised`);
    else if (stopKeys().has(key)) err('aliases', `"${name}" is a function word and would match everywhere`);
  }
  if (raw.ambiguous !== undefined) {
    if (!Array.isArray(raw.ambiguous)) err('ambiguous', 'expected a list of strings');
    else
      raw.ambiguous.forEach((a, i) => {
        if (typeof a !== 'string' || !allNames.has(a)) {
          err(`ambiguous[${i}]`, `"${String(a)}" is not one of this actor's names or aliases`);
        }
      });
  }
  if (raw.roles !== undefined) {
    if (!Array.isArray(raw.roles)) err('roles', 'expected a list');
    else for (const [i, r] of raw.roles.entries()) checkRole(r, `roles[${i}]`, err);
  }
  if (raw.affiliations !== undefined) {
    if (!Array.isArray(raw.affiliations)) err('affiliations', 'expected a list');
    else for (const [i, a] of raw.affiliations.entries()) checkAffiliation(a, `affiliations[${i}]`, err);
  }
  if (raw.country !== undefined && (typeof raw.country !== 'string' || !ID.test(raw.country))) {
    err('country', 'must be an actor id');
  }
  if (raw.capital !== undefined && (raw.capital !== true || raw.type !== 'place' || raw.country === undefined)) {
    err('capital', 'only `true`, on a place with a country');
  }
  if (raw.links !== undefined) checkLinks(raw.links, err);
  if (raw.demonyms !== undefined) checkDemonyms(raw.demonyms, raw.type, err);
  if (raw.outlet !== undefined) checkOutlet(raw.outlet, raw.type, err);
}

const YEAR = /^\d{4}$/;

function checkOutlet(v: Json, type: Json, err: (p: string, m: string) => void): void {
  if (type !== 'media') err('outlet', 'only media actors have outlet facts');
  if (!isObject(v)) {
    err('outlet', 'expected { hosts, owner, ownership, founded }');
    return;
  }
  for (const key of Object.keys(v)) {
    if (!['hosts', 'owner', 'ownership', 'founded'].includes(key)) err(`outlet.${key}`, 'unknown field');
  }
  if (v.hosts !== undefined) {
    if (!Array.isArray(v.hosts)) err('outlet.hosts', 'expected a list of hostnames');
    else
      v.hosts.forEach((h, i) => {
        if (typeof h !== 'string' || outletHostKey(h) !== h) {
          err(`outlet.hosts[${i}]`, `"${String(h)}" is not a lowercase hostname without www. (an optional /path after it)`);
        }
      });
  }
  if (v.owner !== undefined) {
    if (isObject(v.owner)) checkBilingual(v.owner, 'outlet.owner', MAX_NAME, err);
    else if (typeof v.owner !== 'string' || !ID.test(v.owner)) err('outlet.owner', 'must be an actor id or { ar, en }');
  }
  if (v.ownership !== undefined && !OWNERSHIP_KINDS.includes(v.ownership as OwnershipKind)) {
    err('outlet.ownership', `must be one of ${OWNERSHIP_KINDS.join(', ')}`);
  }
  if (v.founded !== undefined) {
    if (typeof v.founded !== 'string' || !YEAR.test(v.founded)) err('outlet.founded', 'must be a year (YYYY)');
  }
}

/** One host, one outlet: a page must not be credited to two publishers at once. */
function checkHostCollisions(input: Json[], bad: Set<number>, errors: KbIssue[]): void {
  const owners = new Map<string, string>();
  input.forEach((raw, index) => {
    if (bad.has(index) || !isObject(raw) || !isObject(raw.outlet) || !Array.isArray(raw.outlet.hosts)) return;
    const id = String(raw.id);
    for (const host of raw.outlet.hosts) {
      const other = owners.get(String(host));
      if (other !== undefined && other !== id) {
        errors.push({ actorId: id, index, path: 'outlet.hosts', message: `"${String(host)}" is also a host of "${other}"` });
        bad.add(index);
      } else owners.set(String(host), id);
    }
  });
}

function checkDemonyms(v: Json, type: Json, err: (p: string, m: string) => void): void {
  if (type !== 'state') err('demonyms', 'only states have demonyms');
  if (!isObject(v)) {
    err('demonyms', 'expected { ar: [...], en: [...] }');
    return;
  }
  for (const [lang, list] of Object.entries(v)) {
    if (lang !== 'ar' && lang !== 'en') err(`demonyms.${lang}`, 'unknown language (use ar or en)');
    else if (!Array.isArray(list) || list.some((x) => typeof x !== 'string' || x.trim() === '' || x.length > MAX_NAME)) {
      err(`demonyms.${lang}`, 'expected a list of non-empty strings');
    }
  }
}

function checkBilingual(v: Json, path: string, max: number, err: (p: string, m: string) => void): void {
  if (!isObject(v)) {
    err(path, 'expected { ar, en }');
    return;
  }
  for (const lang of ['ar', 'en'] as const) {
    const s = v[lang];
    if (typeof s !== 'string' || s.trim() === '') err(`${path}.${lang}`, 'missing');
    else if (s.length > max) err(`${path}.${lang}`, `longer than ${max} characters`);
  }
  for (const key of Object.keys(v)) if (key !== 'ar' && key !== 'en') err(`${path}.${key}`, 'unknown field');
}

function checkDates(v: Record<string, Json>, path: string, err: (p: string, m: string) => void): void {
  for (const k of ['start', 'end'] as const) {
    if (v[k] !== undefined && (typeof v[k] !== 'string' || !DATE.test(v[k]))) {
      err(`${path}.${k}`, 'must be YYYY, YYYY-MM or YYYY-MM-DD');
    }
  }
  if (typeof v.start === 'string' && typeof v.end === 'string' && v.end < v.start.slice(0, v.end.length)) {
    err(`${path}.end`, `ends (${v.end}) before it starts (${v.start})`);
  }
}

function checkRole(r: Json, path: string, err: (p: string, m: string) => void): void {
  if (!isObject(r)) {
    err(path, 'expected an object');
    return;
  }
  for (const key of Object.keys(r)) {
    if (!['role', 'of', 'title', 'start', 'end'].includes(key)) err(`${path}.${key}`, 'unknown field');
  }
  if (!ROLE_KEYS.includes(r.role as RoleKey)) err(`${path}.role`, `unknown role "${String(r.role)}"`);
  if (r.of !== undefined && typeof r.of !== 'string') err(`${path}.of`, 'must be an actor id');
  if (r.title !== undefined) checkBilingual(r.title, `${path}.title`, MAX_NAME * 2, err);
  checkDates(r, path, err);
}

function checkAffiliation(a: Json, path: string, err: (p: string, m: string) => void): void {
  if (!isObject(a)) {
    err(path, 'expected an object');
    return;
  }
  for (const key of Object.keys(a)) {
    if (!['kind', 'target', 'start', 'end'].includes(key)) err(`${path}.${key}`, 'unknown field');
  }
  if (!AFFILIATION_KINDS.includes(a.kind as AffiliationKind)) err(`${path}.kind`, `unknown kind "${String(a.kind)}"`);
  if (typeof a.target !== 'string') err(`${path}.target`, 'must be an actor id');
  checkDates(a, path, err);
}

function checkLinks(links: Json, err: (p: string, m: string) => void): void {
  if (!isObject(links)) {
    err('links', 'expected an object');
    return;
  }
  for (const key of Object.keys(links)) if (key !== 'wikipedia' && key !== 'wikidata') err(`links.${key}`, 'unknown field');
  if (links.wikidata !== undefined && (typeof links.wikidata !== 'string' || !QID.test(links.wikidata))) {
    err('links.wikidata', 'must be a QID such as Q42');
  }
  if (links.wikipedia !== undefined) {
    const w = links.wikipedia;
    if (!isObject(w)) err('links.wikipedia', 'expected { ar?, en? }');
    else
      for (const [k, v] of Object.entries(w)) {
        if (k !== 'ar' && k !== 'en') err(`links.wikipedia.${k}`, 'unknown language');
        else if (typeof v !== 'string' || v === '' || v.length > 300) err(`links.wikipedia.${k}`, 'expected a title');
      }
  }
}

/** Every name and alias of an actor with its normalised key and ambiguity flag. */
export function actorKeys(actor: Actor): { text: string; key: string; ambiguous: boolean; lang: 'ar' | 'en' }[] {
  const amb = new Set(actor.ambiguous ?? []);
  const out: { text: string; key: string; ambiguous: boolean; lang: 'ar' | 'en' }[] = [];
  const add = (text: string, lang: 'ar' | 'en') => out.push({ text, key: normalizeKey(text), ambiguous: amb.has(text), lang });
  add(actor.names.ar, 'ar');
  add(actor.names.en, 'en');
  for (const a of actor.aliases?.ar ?? []) add(a, 'ar');
  for (const a of actor.aliases?.en ?? []) add(a, 'en');
  return out;
}

/**
 * Every name and alias of `actors` (normalised) with the actor it belongs to, first owner kept:
 * what `knownAliases` wants, so a new or imported actor cannot silently take another's name.
 */
export function aliasOwners(actors: readonly Actor[]): Map<string, { actorId: string; ambiguous: boolean }> {
  const owners = new Map<string, { actorId: string; ambiguous: boolean }>();
  for (const a of actors)
    for (const k of actorKeys(a)) if (!owners.has(k.key)) owners.set(k.key, { actorId: a.id, ambiguous: k.ambiguous });
  return owners;
}

function checkAliasCollisions(input: Json[], bad: Set<number>, options: ValidateOptions, errors: KbIssue[]): void {
  const owners = new Map<string, { actorId: string; ambiguous: boolean; index: number }>();
  for (const [key, v] of options.knownAliases ?? []) owners.set(key, { ...v, index: -1 });
  input.forEach((raw, index) => {
    if (bad.has(index)) return;
    const actor = raw as Actor;
    // An actor may list one spelling twice (and ambiguous once); it collides only with others.
    const mine = new Map<string, { text: string; ambiguous: boolean }>();
    for (const k of actorKeys(actor)) {
      const prev = mine.get(k.key);
      mine.set(k.key, { text: k.text, ambiguous: (prev?.ambiguous ?? false) || k.ambiguous });
    }
    for (const [key, { text, ambiguous }] of mine) {
      const other = owners.get(key);
      if (other && other.actorId !== actor.id) {
        if (!(other.ambiguous && ambiguous)) {
          errors.push({
            actorId: actor.id,
            index,
            path: 'aliases',
            message: `"${text}" is also a name of "${other.actorId}"; flag it ambiguous in both or remove it`,
          });
          bad.add(index);
        }
      } else if (!other) owners.set(key, { actorId: actor.id, ambiguous, index });
    }
  });
}

/** A readable, one-line form of an issue for build logs and import previews. */
export function formatIssue(issue: KbIssue): string {
  const who = issue.actorId ? `actor "${issue.actorId}"` : `actor #${issue.index}`;
  return `${who}${issue.path ? ` ${issue.path}` : ''}: ${issue.message}`;
}
