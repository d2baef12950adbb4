import { claimDate } from '../store/claims';
import type { ArticleRecord, ClaimRecord, NoteRecord } from '../store/types';
import { siteOf } from '../url';
import { isolate } from './bidi';
import { filterBackupData } from './filter';
import { MARKDOWN_LABELS, type MarkdownLabels } from './markdown-labels';
import { blockquote, inlineText, link, paragraphs } from './markdown-text';
import { isoTime } from './time';
import { type ActorNames, APP_NAME, type BackupData, type ExportOptions, MARKDOWN_VERSION } from './types';

export interface MarkdownOptions extends ExportOptions {
  /** Names of actors by id, from the bundled base and the reader's actors. */
  names: ActorNames;
  /** The language of the words the export adds (headings, labels); the reader's text is as written. */
  lang?: 'ar' | 'en';
}

const day = (ms: number) => isoTime(ms).slice(0, 10);
const byOldest = (a: NoteRecord, b: NoteRecord) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1);
const byNewest = (a: ClaimRecord, b: ClaimRecord) => {
  const da = claimDate(a.publishedAt, a.readAt);
  const db = claimDate(b.publishedAt, b.readAt);
  return da === db ? (a.id < b.id ? -1 : 1) : da < db ? 1 : -1;
};

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A reading copy of notes and claims, grouped by actor, then notes on articles; see markdown-text for escaping. */
export function exportMarkdown(data: BackupData, options: MarkdownOptions): string {
  const d = filterBackupData(data, options.filter);
  const lang = options.lang ?? 'ar';
  const L = MARKDOWN_LABELS[lang];
  const claimById = new Map(d.claims.map((c) => [c.id, c]));
  const articleByUrl = new Map(d.articles.map((a) => [a.url, a]));

  // Every note has one place: its actor, its claim, its article, or, with none of them, the end.
  const notesOfActor = new Map<string, NoteRecord[]>();
  const notesOfClaim = new Map<string, NoteRecord[]>();
  const notesOfArticle = new Map<string, NoteRecord[]>();
  const otherNotes: NoteRecord[] = [];
  for (const n of [...d.notes].sort(byOldest)) {
    if (n.kind === 'actor' && n.actorId !== null) push(notesOfActor, n.actorId, n);
    else if (n.kind === 'claim' && n.claimId !== null && claimById.has(n.claimId)) push(notesOfClaim, n.claimId, n);
    else if (n.articleUrl !== null) push(notesOfArticle, n.articleUrl, n);
    else otherNotes.push(n);
  }
  const claimsOfActor = new Map<string, ClaimRecord[]>();
  const claimsOfArticle = new Map<string, ClaimRecord[]>();
  for (const c of [...d.claims].sort(byNewest)) {
    for (const id of c.actorIds) push(claimsOfActor, id, c);
    if (c.actorIds.length === 0) push(claimsOfArticle, c.articleUrl, c);
  }

  // A note with neither text nor quote (a claim marked without a word) would be a bare label.
  const noteBlock = (n: NoteRecord, quote: string | null): string[] => {
    const body = paragraphs(n.body);
    const quoted = quote ? blockquote(quote) : '';
    if (body.length === 0 && quoted === '') return [];
    return [`${L.noteOf} ${isolate(day(n.updatedAt))}`, quoted, ...body];
  };
  const sourceLine = (c: ClaimRecord) => {
    const parts = [
      link(c.articleTitle, c.articleUrl),
      isolate(inlineText(c.site)),
      isolate(claimDate(c.publishedAt, c.readAt).slice(0, 10)),
    ];
    return `${L.source} ${parts.join(L.comma)}`;
  };
  // The claim is the quote its notes are about, so they are shown without one of their own.
  const claimBlock = (c: ClaimRecord): string[] => [
    blockquote(c.text),
    sourceLine(c),
    ...(c.figures.length ? [`${L.figures} ${c.figures.map((f) => isolate(inlineText(f.text))).join(L.comma)}`] : []),
    ...(notesOfClaim.get(c.id) ?? []).flatMap((n) => noteBlock(n, null)),
  ];

  const out: string[] = [frontMatter(d, options, lang), `# ${L.title}`, `${L.exported} ${isolate(isoTime(options.now))}`];

  const actorIds = [...new Set([...notesOfActor.keys(), ...claimsOfActor.keys()])];
  // Headings start with the name, so sorting them sorts actors by name in the export's language.
  const headings = new Map(actorIds.map((id) => [id, actorHeading(id, options.names, lang, L)]));
  actorIds.sort((a, b) => headings.get(a)!.localeCompare(headings.get(b)!, lang));
  for (const id of actorIds) {
    out.push(headings.get(id)!);
    const notes = notesOfActor.get(id) ?? [];
    if (notes.length) out.push(`### ${L.actorNotes}`, ...notes.flatMap((n) => noteBlock(n, n.anchor?.exact ?? null)));
    const claims = claimsOfActor.get(id) ?? [];
    if (claims.length) out.push(`### ${L.claims}`, ...claims.flatMap(claimBlock));
  }

  const urls = [...new Set([...claimsOfArticle.keys(), ...notesOfArticle.keys()])];
  const articleDate = (url: string) => {
    const a = articleByUrl.get(url);
    return a ? claimDate(a.publishedAt, a.readAt) : '';
  };
  urls.sort((a, b) => (articleDate(b) === articleDate(a) ? (a < b ? -1 : 1) : articleDate(b) < articleDate(a) ? -1 : 1));
  if (urls.length) out.push(`## ${L.articles}`);
  for (const url of urls) {
    out.push(...articleHeading(url, articleByUrl.get(url), L));
    out.push(...(claimsOfArticle.get(url) ?? []).flatMap(claimBlock));
    out.push(...(notesOfArticle.get(url) ?? []).flatMap((n) => noteBlock(n, n.kind === 'article' ? null : (n.anchor?.exact ?? null))));
  }
  if (otherNotes.length) out.push(`## ${L.other}`, ...otherNotes.flatMap((n) => noteBlock(n, n.anchor?.exact ?? null)));

  return `${out.filter((block) => block !== '').join('\n\n')}\n`;
}

/** YAML front matter; every string is written as a JSON string, which YAML reads as the same string. */
function frontMatter(d: BackupData, options: MarkdownOptions, lang: string): string {
  const lines = [
    `schema: ${JSON.stringify('siyaq-markdown')}`,
    `version: ${MARKDOWN_VERSION}`,
    `app: ${JSON.stringify(APP_NAME)}`,
    `exportedAt: ${JSON.stringify(isoTime(options.now))}`,
    `lang: ${JSON.stringify(lang)}`,
    `claims: ${d.claims.length}`,
    `notes: ${d.notes.length}`,
  ];
  if (options.filter) lines.push(`filter: ${JSON.stringify(options.filter)}`);
  return `---\n${lines.join('\n')}\n---`;
}

/** The actor's name in the export's language first, so an Arabic heading starts with Arabic letters. */
function actorHeading(id: string, names: ActorNames, lang: 'ar' | 'en', L: MarkdownLabels): string {
  const n = names(id);
  const first = inlineText(n ? (lang === 'ar' ? n.ar : n.en) : '');
  const second = inlineText(n ? (lang === 'ar' ? n.en : n.ar) : '');
  if (!first && !second) return `## ${L.actor} ${isolate(inlineText(id))}`;
  if (!first || !second || first === second) return `## ${first || second}`;
  return `## ${first} ${isolate(second)}`;
}

function articleHeading(url: string, a: ArticleRecord | undefined, L: MarkdownLabels): string[] {
  const title = `### ${L.article} ${link(a?.title ?? '', url)}`;
  const site = isolate(inlineText(a?.site ?? siteOf(url)));
  if (!a) return [title, `${L.site} ${site}`];
  return [title, `${L.site} ${site}${L.comma}${L.date} ${isolate(claimDate(a.publishedAt, a.readAt).slice(0, 10))}`];
}
