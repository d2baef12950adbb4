import type { TableName } from '../export/types';
import { type ClaimRecord, KEY_SEPARATOR, type NoteRecord, type ReaderActorRecord } from '../store/types';
import { cleanTag, MAX_TAG_CHARS } from '../store/tags';
import { fitsSetting, LIMITS } from '../store/limits';
import { MAX_NOTE_CHARS } from './limits';
import type { ProblemList } from './problems';
import { anyObject, type Check, count, finiteNumber, isObject, listOf, mapOf, nullable, object, oneOf, string, timestamp } from './shape';

// The shape of every record, field for field as lib/store/types.ts declares it.

const id = string({ nonEmpty: true });
const text = string();
// Fields that come from pages: the store's own limits (lib/store/limits.ts), which the
// background applies where they enter and the export to what was stored before them.
const upTo = (maxChars: number) => string({ maxChars });
const ids = listOf(id);
/** An article's address: the web only (a `javascript:` URL from a file would become a link). */
const webUrl: Check = (v, path, problems) => {
  if (!id(v, path, problems)) return false;
  if (/^https?:\/\/[^\s]/iu.test(v as string) && URL.canParse(v as string)) return true;
  problems.add(path, 'not a web address (http or https)', 'badLink');
  return false;
};
const anchor = object({ exact: upTo(LIMITS.claimText), prefix: upTo(LIMITS.anchorContext), suffix: upTo(LIMITS.anchorContext) });

const article = object(
  {
    url: webUrl,
    title: upTo(LIMITS.title),
    site: upTo(LIMITS.site),
    lang: upTo(LIMITS.lang),
    byline: nullable(upTo(LIMITS.byline)),
    publishedAt: nullable(upTo(LIMITS.publishedAt)),
    firstReadAt: timestamp,
    readAt: timestamp,
    readCount: count,
    actorCounts: mapOf(count),
    actorIds: ids,
    claimCount: count,
  },
  // Absent in backups from before outlets.
  { outletId: nullable(id) },
);

const flag: Check = (v, path, problems) => {
  if (typeof v === 'boolean') return true;
  problems.add(path, 'not true or false');
  return false;
};

const claim = object(
  {
    id,
    articleUrl: webUrl,
    site: upTo(LIMITS.site),
    articleTitle: upTo(LIMITS.title),
    publishedAt: nullable(upTo(LIMITS.publishedAt)),
    readAt: timestamp,
    lang: upTo(LIMITS.lang),
    kind: oneOf(['statement', 'figure']),
    text: upTo(LIMITS.claimText),
    speakerId: nullable(id),
    verb: nullable(upTo(LIMITS.verb)),
    content: nullable(upTo(LIMITS.claimText)),
    actorIds: ids,
    figures: listOf(object({ value: finiteNumber, unit: upTo(LIMITS.unit), text: upTo(LIMITS.figureText) }, { actorIds: ids })),
    anchor,
    actorDates: listOf(text),
    figureKeys: listOf(text),
  },
  { outletId: nullable(id), credits: ids, speakerName: upTo(LIMITS.speakerName), unnamedSource: flag },
);

const position: Check = (v, path, problems) => {
  if (!object({ start: count, end: count })(v, path, problems)) return false;
  const p = v as { start: number; end: number };
  if (p.end < p.start) problems.add(`${path}.end`, 'before start');
  return p.end >= p.start;
};

const tag: Check = (v, path, problems) => {
  if (!string({ nonEmpty: true, maxChars: MAX_TAG_CHARS })(v, path, problems)) return false;
  if (cleanTag(v as string) !== v) problems.add(path, 'not a tag as Siyaq writes one');
  return cleanTag(v as string) === v;
};

const note = object(
  {
    id,
    kind: oneOf(['actor', 'claim', 'article', 'passage']),
    actorId: nullable(id),
    claimId: nullable(id),
    articleUrl: nullable(webUrl),
    anchor: nullable(anchor),
    body: string({ maxChars: MAX_NOTE_CHARS }),
    createdAt: timestamp,
    updatedAt: timestamp,
  },
  { position, tags: listOf(tag) },
);

const source: Check = (v, path, problems) => {
  if (isObject(v) && v.kind === 'reader') return object({ kind: text })(v, path, problems);
  if (isObject(v) && v.kind === 'pack') return object({ kind: text, name: upTo(LIMITS.packName) })(v, path, problems);
  problems.add(path, 'expected { kind: "reader" } or { kind: "pack", name }');
  return false;
};

// The actor inside is checked by the knowledge base's own validator (validateActors), for all at once.
const readerActor = object({ id, actor: anyObject, source, createdAt: timestamp, updatedAt: timestamp });

/** Any JSON the store would accept from settings:set (lib/store/limits.ts). */
const settingValue: Check = (v, path, problems) => {
  if (fitsSetting(v)) return true;
  problems.add(path, `larger than ${LIMITS.settingJson} characters of JSON`, 'tooLarge');
  return false;
};

const setting = object({ key: id, value: settingValue });

/** Rules between fields of a claim that keep the store's indexes truthful. */
function claimRules(c: ClaimRecord, path: string, problems: ProblemList): void {
  if (c.speakerId !== null && !c.actorIds.includes(c.speakerId))
    problems.add(`${path}.speakerId`, 'not among the claim’s actorIds', 'inconsistent');
  c.actorDates.forEach((key, i) => {
    const actor = key.slice(0, key.indexOf(KEY_SEPARATOR));
    if (!key.includes(KEY_SEPARATOR) || !c.actorIds.includes(actor))
      problems.add(`${path}.actorDates[${i}]`, 'not one of the claim’s actors', 'inconsistent');
  });
  c.figures.forEach((f, i) => {
    f.actorIds?.forEach((a, j) => {
      if (!c.actorIds.includes(a)) problems.add(`${path}.figures[${i}].actorIds[${j}]`, 'not one of the claim’s actors', 'inconsistent');
    });
  });
  c.figureKeys.forEach((key, i) => {
    if (!c.actorIds.some((a) => key.startsWith(`${a}|`)))
      problems.add(`${path}.figureKeys[${i}]`, 'not one of the claim’s actors', 'inconsistent');
  });
}

/** What each kind of note must point at to be shown anywhere. */
function noteRules(n: NoteRecord, path: string, problems: ProblemList): void {
  const need = (field: 'actorId' | 'claimId' | 'articleUrl' | 'anchor') => {
    if (n[field] === null) problems.add(`${path}.${field}`, `required for a note of kind "${n.kind}"`);
  };
  if (n.kind === 'actor') need('actorId');
  if (n.kind === 'claim') need('claimId');
  if (n.kind === 'article') need('articleUrl');
  if (n.kind === 'passage') {
    need('articleUrl');
    need('anchor');
  }
}

function readerActorRules(r: ReaderActorRecord, path: string, problems: ProblemList): void {
  if (r.actor.id !== r.id) problems.add(`${path}.actor.id`, `must equal the record's id "${r.id}"`, 'inconsistent');
}

const SHAPES: Record<TableName, Check> = { articles: article, claims: claim, notes: note, readerActors: readerActor, settings: setting };

/** Checks one record of `table`: its shape, then, if the shape is sound, the rules between its fields. */
export function checkRecord(table: TableName, value: unknown, path: string, problems: ProblemList): boolean {
  const before = problems.size;
  if (!SHAPES[table](value, path, problems)) return false;
  if (table === 'claims') claimRules(value as ClaimRecord, path, problems);
  if (table === 'notes') noteRules(value as NoteRecord, path, problems);
  if (table === 'readerActors') readerActorRules(value as ReaderActorRecord, path, problems);
  return problems.size === before;
}
