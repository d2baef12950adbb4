import { BACKUP_SCHEMA, BACKUP_VERSION, type Backup, KEY_FIELD, TABLES, type TableName } from '../export/types';
import { type ValidateOptions, validateActors } from '../kb/validate';
import type { Failure } from '../result';
import type { ArticleRecord, ClaimRecord, NoteRecord } from '../store/types';
import { checkSizes, exceedsBytes, formatBytes, MAX_FILE_BYTES } from './limits';
import { formatProblem, type Problem, ProblemList } from './problems';
import { checkRecord } from './records';
import { count, isObject, listOf, object, string } from './shape';

export interface ParseOptions {
  /** Actor ids of the bundled knowledge base: claims and notes may name them without the backup defining them. */
  knownActorIds: ReadonlySet<string>;
  /** Aliases of the bundled base, so a reader actor cannot silently take a bundled actor's name. */
  knownAliases?: ValidateOptions['knownAliases'];
  maxBytes?: number;
}

/** A `Result<Backup>` whose failure also lists every problem found, each with its place in the file. */
export type ParseResult = { ok: true; value: Backup } | { ok: false; error: Failure; problems: Problem[] };

const header = object(
  {
    schema: string(),
    version: count,
    exportedAt: string({ nonEmpty: true }),
    app: string(),
    counts: object(Object.fromEntries(TABLES.map((t) => [t, count]))),
    ...Object.fromEntries(TABLES.map((t) => [t, listOf(() => true)])),
  },
  { filter: object({}, { actorIds: listOf(string()), sites: listOf(string()), from: string(), to: string() }) },
);

/**
 * Reads a backup and checks all of it before anything is written: the file's size, that it is
 * JSON and a Siyaq backup of a version this code reads, then every record's shape, sizes,
 * duplicate keys, reader actors (with the knowledge base's validator) and that every actor a
 * claim or note names exists. Stops early only when the rest could not be read sensibly
 * (too large, not JSON, not a backup, unknown version); otherwise reports every problem.
 */
export function parseBackup(text: string, options: ParseOptions): ParseResult {
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  if (exceedsBytes(text, maxBytes)) return failed([{ path: 'file', message: `larger than ${formatBytes(maxBytes)}`, kind: 'tooLarge' }]);
  let raw: unknown;
  try {
    // Editors on Windows may add a byte order mark; it is not part of the JSON.
    raw = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (e) {
    return failed([{ path: 'file', message: `not valid JSON (${e instanceof Error ? e.message : String(e)})`, kind: 'notJson' }]);
  }
  const stop = identify(raw);
  if (stop) return failed([stop]);
  const file = raw as Record<string, unknown>;

  const problems = new ProblemList();
  checkSizes(file, problems);
  header(file, '', problems);
  if (typeof file.exportedAt === 'string' && Number.isNaN(Date.parse(file.exportedAt))) problems.add('exportedAt', 'not a date');

  // Records whose shape is sound, with their place in the file, for the checks across records.
  const sound: Partial<Record<TableName, [number, unknown][]>> = {};
  for (const t of TABLES) {
    const rows = file[t];
    if (!Array.isArray(rows)) continue;
    sound[t] = rows.flatMap((row, i): [number, unknown][] => (checkRecord(t, row, `${t}[${i}]`, problems) ? [[i, row]] : []));
    const counts = file.counts;
    if (isObject(counts) && typeof counts[t] === 'number' && counts[t] !== rows.length) {
      problems.add(`counts.${t}`, `says ${counts[t]}, but the file has ${rows.length} (was it cut short?)`, 'cutShort');
    }
    checkDuplicates(t, rows, problems);
  }
  const readerIds = checkReaderActors(file.readerActors, options, problems);
  const known = (id: string) => options.knownActorIds.has(id) || readerIds.has(id);
  checkActorReferences(
    (sound.articles ?? []) as [number, ArticleRecord][],
    (sound.claims ?? []) as [number, ClaimRecord][],
    (sound.notes ?? []) as [number, NoteRecord][],
    known,
    problems,
  );

  if (problems.size > 0) return failed(problems.list());
  // Every table, record and reference was checked above.
  return { ok: true, value: raw as Backup };
}

function failed(problems: Problem[]): ParseResult {
  const shown = problems.slice(0, 3).map(formatProblem).join('; ');
  const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
  return {
    ok: false,
    error: { code: 'invalid-input', message: `This file cannot be imported: ${shown}${more}` },
    problems,
  };
}

/** The checks without which nothing else in the file can be read. */
function identify(raw: unknown): Problem | null {
  if (!isObject(raw)) return { path: 'file', message: 'expected a JSON object (a Siyaq backup)', kind: 'notBackup' };
  if (raw.schema !== BACKUP_SCHEMA) {
    if (raw.schema === 'siyaq-kb')
      return { path: 'schema', message: 'this is a knowledge pack, not a backup; import it as a pack', kind: 'pack' };
    return {
      path: 'schema',
      message: `expected "${BACKUP_SCHEMA}", found ${raw.schema === undefined ? 'nothing' : JSON.stringify(raw.schema)}: not a Siyaq backup`,
      kind: 'notBackup',
    };
  }
  const v = raw.version;
  if (typeof v !== 'number' || !Number.isInteger(v))
    return { path: 'version', message: `expected a whole number, found ${JSON.stringify(v) ?? 'nothing'}`, kind: 'version' };
  if (v > BACKUP_VERSION)
    return {
      path: 'version',
      message: `${v} is newer than this version of Siyaq reads (${BACKUP_VERSION}); update Siyaq first`,
      kind: 'newer',
    };
  if (v !== BACKUP_VERSION) return { path: 'version', message: `${v} is not a backup version Siyaq knows`, kind: 'version' };
  return null;
}

function checkDuplicates(table: TableName, rows: unknown[], problems: ProblemList): void {
  const field = KEY_FIELD[table];
  const first = new Map<string, number>();
  rows.forEach((row, i) => {
    const key = isObject(row) ? row[field] : undefined;
    if (typeof key !== 'string') return;
    const at = first.get(key);
    if (at === undefined) first.set(key, i);
    else problems.add(`${table}[${i}].${field}`, `duplicate of ${table}[${at}]`, 'duplicate');
  });
}

/**
 * Validates the reader actors' `actor` objects as the knowledge base validates packs: each id
 * once (duplicates are reported as such already), references to the bundled base allowed.
 * Returns the ids the backup defines, valid or not, so a broken actor is reported once, not
 * again at every claim that names it.
 */
function checkReaderActors(rows: unknown, options: ParseOptions, problems: ProblemList): Set<string> {
  const ids = new Set<string>();
  if (!Array.isArray(rows)) return ids;
  const actors: unknown[] = [];
  const at: number[] = [];
  rows.forEach((row, i) => {
    if (!isObject(row) || !isObject(row.actor) || typeof row.id !== 'string' || ids.has(row.id)) return;
    ids.add(row.id);
    actors.push(row.actor);
    at.push(i);
  });
  const { errors } = validateActors(actors, { knownIds: options.knownActorIds, knownAliases: options.knownAliases });
  for (const issue of errors) {
    const i = at[issue.index];
    const base = i === undefined ? 'readerActors' : `readerActors[${i}].actor`;
    problems.add(issue.path ? `${base}.${issue.path}` : base, issue.message, 'invalidActor');
  }
  return ids;
}

function checkActorReferences(
  articles: [number, ArticleRecord][],
  claims: [number, ClaimRecord][],
  notes: [number, NoteRecord][],
  known: (id: string) => boolean,
  problems: ProblemList,
): void {
  const unknown = (path: string, id: string) =>
    problems.add(path, `unknown actor "${id}": neither in the knowledge base nor among the backup's reader actors`, 'unknownActor');
  for (const [i, a] of articles) {
    a.actorIds.forEach((id, j) => {
      if (!known(id)) unknown(`articles[${i}].actorIds[${j}]`, id);
    });
    for (const id of Object.keys(a.actorCounts)) if (!known(id)) unknown(`articles[${i}].actorCounts.${id}`, id);
  }
  // A claim's speaker is one of its actorIds (checked with the claim), so actorIds covers it.
  for (const [i, c] of claims) {
    c.actorIds.forEach((id, j) => {
      if (!known(id)) unknown(`claims[${i}].actorIds[${j}]`, id);
    });
  }
  for (const [i, n] of notes) if (n.actorId !== null && !known(n.actorId)) unknown(`notes[${i}].actorId`, n.actorId);
}
