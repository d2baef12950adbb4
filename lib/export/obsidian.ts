import { strToU8, zipSync } from 'fflate';
import { rolePhrase } from '../kb/labels';
import type { Actor } from '../kb/schema';
import type { NoteRecord } from '../store/types';
import { isolate } from './bidi';
import { filterBackupData } from './filter';
import { actorTitle, articleBody, articleMeta, day, type MarkdownOptions, type MarkdownRefs, noteBlock } from './markdown';
import { MARKDOWN_LABELS, type MarkdownLabels } from './markdown-labels';
import { blockquote, hashTag, inlineText, link, linkLabel } from './markdown-text';
import { type ActorEntry, type ArticleEntry, articleDate, notebook, notesOfEntry, tagsOf } from './notebook';
import { isoTime } from './time';
import { APP_NAME, type BackupData, MARKDOWN_VERSION } from './types';

export interface ObsidianOptions extends MarkdownOptions {
  /** The actor as the base or the reader knows it, for its roles and background; names alone otherwise. */
  actor?: (id: string) => Actor | undefined;
}

export interface VaultFile {
  /** A path inside the vault, with `/` between folders. */
  path: string;
  text: string;
}

/** Characters a file name cannot hold on some system, or that Obsidian's `[[links]]` cannot. */
const NOT_IN_NAMES = /[\\/:*?"<>|#^[\]\p{Cc}\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/gu;
const MAX_NAME = 80;

/** A file name from a title: safe everywhere, at most MAX_NAME characters, never empty. */
export function fileName(title: string, fallback: string): string {
  const clean = title
    .replace(NOT_IN_NAMES, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^\.+|\.+$/gu, '')
    .trim();
  const cut = [...clean].slice(0, MAX_NAME).join('').trim();
  return cut || fallback;
}

/** Gives each wanted name a unique path in its folder (Obsidian compares names without case). */
function namer() {
  const taken = new Set<string>();
  return (folder: string, name: string): string => {
    let path = `${folder}/${name}`;
    for (let i = 2; taken.has(path.toLowerCase()); i++) path = `${folder}/${name} (${i})`;
    taken.add(path.toLowerCase());
    return path;
  };
}

const DIRECTION_CONTROLS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/gu;
/** A YAML string: a JSON string, which YAML reads as the same string, without direction controls (tools index these fields). */
const str = (s: string) => JSON.stringify(s.replace(DIRECTION_CONTROLS, ''));

/** A YAML front matter block. */
function yaml(fields: [string, string | number | string[] | null][]): string {
  const lines = fields.flatMap(([k, v]) => {
    if (v === null) return [];
    if (Array.isArray(v)) return v.length ? [`${k}:`, ...v.map((x) => `  - ${str(x)}`)] : [];
    return [`${k}: ${typeof v === 'number' ? v : str(v)}`];
  });
  return `---\n${lines.join('\n')}\n---`;
}

/** `[[path|label]]`, the label left out when it is the file's name; never `|`, `]` or a direction mark inside. */
const wiki = (path: string, label: string) => {
  const l = linkLabel(label).replace(/[|\]]/gu, ' ');
  return l && l !== path.slice(path.lastIndexOf('/') + 1) ? `[[${path}|${l}]]` : `[[${path}]]`;
};

const tagList = (notes: readonly NoteRecord[]) =>
  tagsOf(notes)
    .map((t) => hashTag(t).slice(1))
    .filter(Boolean);

/**
 * The reader's notes as an Obsidian vault: one file per article (front matter with its title,
 * address, site, dates, actors and tags; then its notes, passages and claims) and one per actor
 * (the reader's notes, its roles and background from the base, its claims linked to their
 * articles), and an index. Every `[[link]]` names a file of the vault; each claim is written once
 * per file. The reader's notes are their Markdown as written.
 */
export function obsidianFiles(data: BackupData, options: ObsidianOptions): VaultFile[] {
  const d = filterBackupData(data, options.filter);
  const lang = options.lang ?? 'ar';
  const L = MARKDOWN_LABELS[lang];
  const book = notebook(d);
  const unique = namer();
  const name = (id: string) => {
    const n = options.names(id);
    return (n ? (lang === 'ar' ? n.ar || n.en : n.en || n.ar) : '') || id;
  };
  const titleOf = (e: ArticleEntry) => e.article?.title || e.claims[0]?.claim.articleTitle || e.url;

  const actorPath = new Map(book.actors.map((a) => [a.id, unique('actors', fileName(name(a.id), a.id))]));
  const articlePath = new Map(
    book.articles.map((e) => {
      const date = articleDate(e.article).slice(0, 10);
      return [e.url, unique('articles', fileName(`${date ? `${date} ` : ''}${titleOf(e)}`, 'article'))];
    }),
  );
  const refs: MarkdownRefs = {
    actor: (id) => {
      const path = actorPath.get(id);
      return path ? wiki(path, name(id)) : actorTitle(id, options.names, lang, L);
    },
    article: (a) => {
      const path = articlePath.get(a.url);
      return path ? wiki(path, a.title) : link(a.title, a.url);
    },
  };

  const files: VaultFile[] = [];
  for (const e of book.articles) files.push({ path: `${articlePath.get(e.url)!}.md`, text: articleFile(e, titleOf(e), refs, L) });
  for (const a of book.actors) files.push({ path: `${actorPath.get(a.id)!}.md`, text: actorFile(a, name(a.id), refs, options, L) });
  files.push({ path: 'index.md', text: indexFile(book.articles, book.actors, refs, titleOf, options, L, book.loose) });
  return files;
}

function articleFile(e: ArticleEntry, title: string, refs: MarkdownRefs, L: MarkdownLabels): string {
  const a = e.article;
  const actors = [...new Set([...(a?.actorIds ?? []), ...e.claims.flatMap((c) => c.claim.actorIds)])];
  const front = yaml([
    ['title', title],
    ['url', e.url],
    ['site', a?.site ?? null],
    ['published', a?.publishedAt ?? null],
    ['read', a ? isoTime(a.readAt) : null],
    ['actors', actors.map((id) => refs.actor(id)).filter((r) => r.startsWith('[['))],
    ['tags', tagList(notesOfEntry(e))],
  ]);
  return `${[front, `# ${inlineText(title)}`, link(e.url, e.url), articleMeta(e, L), ...articleBody(e, refs, L, '##')]
    .filter((b) => b !== '')
    .join('\n\n')}\n`;
}

function actorFile(a: ActorEntry, name: string, refs: MarkdownRefs, options: ObsidianOptions, L: MarkdownLabels): string {
  const lang = options.lang ?? 'ar';
  const actor = options.actor?.(a.id);
  const n = options.names(a.id);
  const front = yaml([
    ['id', a.id],
    ['name', n?.ar ?? name],
    ['name_en', n?.en ?? null],
    ['type', actor?.type ?? null],
    ['tags', tagList(a.notes)],
  ]);
  const byId = new Map<string, Actor>();
  for (const r of actor?.roles ?? []) {
    const of = r.of ? options.actor?.(r.of) : undefined;
    if (of) byId.set(of.id, of);
  }
  const roles = (actor?.roles ?? []).map((r) => {
    const span = [r.start, r.end].some(Boolean) ? ` (${isolate(`${r.start ?? '…'}–${r.end ?? ''}`)})` : '';
    return `- ${inlineText(rolePhrase(r, lang, byId))}${span}`;
  });
  const claims = a.claims.flatMap((c) => [blockquote(c.text), `${L.source} ${refs.article({ url: c.articleUrl, title: c.articleTitle })}`]);
  return `${[
    front,
    `# ${actorTitle(a.id, options.names, lang, L)}`,
    ...(actor?.note ? [`## ${L.background}`, inlineText(actor.note[lang])] : []),
    ...(roles.length ? [`## ${L.roles}`, roles.join('\n')] : []),
    ...(a.notes.length ? [`## ${L.actorNotes}`, ...a.notes.flatMap((x) => noteBlock(x, x.anchor?.exact ?? null, L))] : []),
    ...(claims.length ? [`## ${L.claims}`, ...claims] : []),
  ]
    .filter((b) => b !== '')
    .join('\n\n')}\n`;
}

function indexFile(
  articles: ArticleEntry[],
  actors: ActorEntry[],
  refs: MarkdownRefs,
  titleOf: (e: ArticleEntry) => string,
  options: ObsidianOptions,
  L: MarkdownLabels,
  loose: NoteRecord[],
): string {
  const front = yaml([
    ['schema', 'siyaq-obsidian'],
    ['version', MARKDOWN_VERSION],
    ['app', APP_NAME],
    ['exportedAt', isoTime(options.now)],
    ['lang', options.lang ?? 'ar'],
  ]);
  return `${[
    front,
    `# ${L.title}`,
    `${L.exported} ${isolate(day(options.now))}`,
    ...(articles.length
      ? [`## ${L.articles}`, articles.map((e) => `- ${refs.article({ url: e.url, title: titleOf(e) })}`).join('\n')]
      : []),
    ...(actors.length ? [`## ${L.actors}`, actors.map((a) => `- ${refs.actor(a.id)}`).join('\n')] : []),
    ...(loose.length ? [`## ${L.other}`, ...loose.flatMap((n) => noteBlock(n, n.anchor?.exact ?? null, L))] : []),
  ].join('\n\n')}\n`;
}

/** The vault as one .zip, every file dated at the export's time so two exports of one store are the same bytes. */
export function exportObsidianZip(data: BackupData, options: ObsidianOptions): Uint8Array {
  const mtime = new Date(Math.max(options.now, Date.UTC(1980, 0, 1)));
  const entries = Object.fromEntries(obsidianFiles(data, options).map((f) => [`siyaq/${f.path}`, [strToU8(f.text), { mtime }] as const]));
  return zipSync(entries as never, { level: 6 });
}
