import type { ClaimRecord, NoteRecord } from '../store/types';
import { siteOf } from '../url';
import { isolate } from './bidi';
import { filterBackupData } from './filter';
import { MARKDOWN_LABELS, type MarkdownLabels } from './markdown-labels';
import { blockquote, hashTag, inlineText, link, verbatim } from './markdown-text';
import { type ArticleEntry, articleDate, type ClaimEntry, notebook } from './notebook';
import { isoTime } from './time';
import { type ActorNames, APP_NAME, type BackupData, type ExportOptions, MARKDOWN_VERSION } from './types';

export interface MarkdownOptions extends ExportOptions {
  /** Names of actors by id, from the bundled base and the reader's actors. */
  names: ActorNames;
  /** The language of the words the export adds (headings, labels); the reader's text is as written. */
  lang?: 'ar' | 'en';
}

export const day = (ms: number) => isoTime(ms).slice(0, 10);

/** How the two Markdown exports refer to things: one file links to the web, a vault to its own files. */
export interface MarkdownRefs {
  actor(id: string): string;
  article(e: { url: string; title: string }): string;
}

/** `Note of 2024-05-05 (edited 2024-06-01) · Tags: #a #b`, then the reader's Markdown as written. */
export function noteBlock(n: NoteRecord, quote: string | null, L: MarkdownLabels): string[] {
  const body = verbatim(n.body);
  const quoted = quote ? blockquote(quote) : '';
  if (body === '' && quoted === '' && !n.tags?.length) return [];
  const edited = day(n.updatedAt) !== day(n.createdAt) ? ` (${L.edited} ${isolate(day(n.updatedAt))})` : '';
  const tags = (n.tags ?? []).map(hashTag).filter(Boolean);
  const head = `${L.noteOf} ${isolate(day(n.createdAt))}${edited}${tags.length ? ` · ${L.tags} ${tags.join(' ')}` : ''}`;
  return [head, quoted, body];
}

/** A claim once: the sentence as a quote, who said it, whom it names, its figures, the reader's notes. */
export function claimBlock({ claim: c, notes }: ClaimEntry, refs: MarkdownRefs, L: MarkdownLabels): string[] {
  const others = c.actorIds.filter((id) => id !== c.speakerId);
  return [
    blockquote(c.text),
    ...(c.speakerId
      ? [`${L.speaker} ${refs.actor(c.speakerId)}`]
      : c.speakerName
        ? [`${L.speaker} ${isolate(inlineText(c.speakerName))}${c.unnamedSource ? ` ${L.unnamed}` : ''}`]
        : []),
    ...(others.length ? [`${L.named} ${others.map((id) => refs.actor(id)).join(L.comma)}`] : []),
    ...(c.figures.length ? [`${L.figures} ${c.figures.map((f) => isolate(inlineText(f.text))).join(L.comma)}`] : []),
    ...notes.flatMap((n) => noteBlock(n, null, L)),
  ];
}

/** An article's notes, passages and claims, each under its heading (at `level`), each once. */
export function articleBody(e: ArticleEntry, refs: MarkdownRefs, L: MarkdownLabels, level: string): string[] {
  return [
    ...(e.notes.length ? [`${level} ${L.articleNotes}`, ...e.notes.flatMap((n) => noteBlock(n, null, L))] : []),
    ...(e.passages.length ? [`${level} ${L.passages}`, ...e.passages.flatMap((n) => noteBlock(n, n.anchor?.exact ?? null, L))] : []),
    ...(e.claims.length ? [`${level} ${L.claims}`, ...e.claims.flatMap((c) => claimBlock(c, refs, L))] : []),
  ];
}

/** `Site: x, Date: y` of an article. */
export function articleMeta(e: ArticleEntry, L: MarkdownLabels): string {
  const site = isolate(inlineText(e.article?.site ?? siteOf(e.url)));
  const date = e.article ? `${L.comma}${L.date} ${isolate(articleDate(e.article).slice(0, 10))}` : '';
  return `${L.site} ${site}${date}`;
}

/** The actor's name in the export's language first, so an Arabic heading starts with Arabic letters. */
export function actorTitle(id: string, names: ActorNames, lang: 'ar' | 'en', L: MarkdownLabels): string {
  const n = names(id);
  const first = inlineText(n ? (lang === 'ar' ? n.ar : n.en) : '');
  const second = inlineText(n ? (lang === 'ar' ? n.en : n.ar) : '');
  if (!first && !second) return `${L.actor} ${isolate(inlineText(id))}`;
  if (!first || !second || first === second) return first || second;
  return `${first} ${isolate(second)}`;
}

/** The export's title of a claim's article, for a reference to it. */
export const titleOf = (c: ClaimRecord) => c.articleTitle;

/**
 * A reading copy of the reader's notes and claims in one file: notes on actors, then each article
 * with its notes, passages and claims. Every claim and note is written once; the reader's notes
 * are their Markdown as written; page text is escaped so it cannot become markup.
 */
export function exportMarkdown(data: BackupData, options: MarkdownOptions): string {
  const d = filterBackupData(data, options.filter);
  const lang = options.lang ?? 'ar';
  const L = MARKDOWN_LABELS[lang];
  const book = notebook(d);
  const refs: MarkdownRefs = {
    actor: (id) => actorTitle(id, options.names, lang, L),
    article: (a) => link(a.title, a.url),
  };
  const out: string[] = [frontMatter(d, options, lang), `# ${L.title}`, `${L.exported} ${isolate(isoTime(options.now))}`];

  const withNotes = book.actors.filter((a) => a.notes.length > 0);
  // Headings start with the name, so sorting them sorts actors by name in the export's language.
  const headings = new Map(withNotes.map((a) => [a.id, refs.actor(a.id)]));
  withNotes.sort((a, b) => headings.get(a.id)!.localeCompare(headings.get(b.id)!, lang));
  if (withNotes.length) out.push(`## ${L.actors}`);
  for (const a of withNotes) out.push(`### ${headings.get(a.id)!}`, ...a.notes.flatMap((n) => noteBlock(n, n.anchor?.exact ?? null, L)));

  if (book.articles.length) out.push(`## ${L.articles}`);
  for (const e of book.articles) {
    out.push(`### ${refs.article({ url: e.url, title: e.article?.title ?? e.claims[0]?.claim.articleTitle ?? '' })}`, articleMeta(e, L));
    out.push(...articleBody(e, refs, L, '####'));
  }
  if (book.loose.length) out.push(`## ${L.other}`, ...book.loose.flatMap((n) => noteBlock(n, n.anchor?.exact ?? null, L)));

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
