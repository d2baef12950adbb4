import { balanceBidi, isolate, lineMark } from './bidi';

/*
 * Page text (titles, claims, quotes) in Markdown is always data; the reader's own notes are
 * Markdown already and are written as they are (see `verbatim`). Everything that can start markup inline is escaped
 * (CommonMark lets any ASCII punctuation be escaped with a backslash): links and images need
 * `[`, raw HTML and autolinks need `<`, entities need `&`; `#` makes Obsidian tags, `%%` its
 * comments, `==` its highlights, `$` maths, `^` block ids, `|` tables, `~` strikethrough.
 */
const INLINE = /[\\`*_[\]<>#|~=$%&^]/g;

/** Escapes the inline markup characters of one line. */
export function escapeInline(s: string): string {
  return s.replace(INLINE, '\\$&');
}

/** Escapes what only means something at the start of a line: list bullets and ordered-list numbers. */
function escapeLineStart(line: string): string {
  return line.replace(/^[-+]/, '\\$&').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A value inside a line we compose (a title, a name): one line, escaped, controls balanced. */
export function inlineText(s: string): string {
  return escapeInline(balanceBidi(s.replace(/\s+/gu, ' ').trim()));
}

/**
 * Page text (a claim, a quote) as Markdown paragraphs: one paragraph per line of the original so
 * each keeps its own direction, leading spaces dropped (four would make a code block), every
 * line escaped. Nothing is put inside the line: an editor lays out mixed Arabic and Latin by
 * itself once the line's direction is right, and a mark inside would break a URL or a word for
 * search. Only a line whose first letter is not of its main direction gets a mark in front.
 */
export function paragraphs(text: string): string[] {
  return text
    .split(/\r\n|[\r\n\u2028\u2029\u0085]/u)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const escaped = escapeLineStart(escapeInline(balanceBidi(line)));
      return `${lineMark(escaped)}${escaped}`;
    });
}

/** Block markup at the start of a line (quote, heading, list item), which must stay first. */
const BLOCK_START = /^(?:\s*(?:>|#{1,6}|[-*+]|\d{1,9}[.)])[ \t]+)*/u;
/** What a mark must not stand in front of: a link, an autolink, a URL, an HTML tag, a table cell. */
const LINK_START = /^(?:\[|<|!\[|https?:\/\/|\|)/iu;

/**
 * The reader's note as they wrote it: it is Markdown already (bold, lists, links), so it is not
 * escaped. The one thing added is a direction mark in front of a line whose first letter is not
 * of its main direction (`Trump قال …` would otherwise be laid out left to right), after any list
 * or quote markup and never in front of a link or URL, nor inside a code block.
 */
export function verbatim(text: string): string {
  let code = false;
  return text
    .replace(/^(?:[ \t]*\r?\n)+/u, '')
    .replace(/\s+$/u, '')
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/u.test(line)) code = !code;
      if (code) return line;
      const start = line.match(BLOCK_START)![0];
      const rest = line.slice(start.length);
      const mark = LINK_START.test(rest) ? '' : lineMark(rest);
      return `${start}${mark}${rest}`;
    })
    .join('\n');
}

/**
 * A tag as Obsidian reads `#tag`: letters, digits, `_`, `-` and `/`, spaces made `-`; a tag of
 * digits only is not a tag there, so it gets a leading `_`. Empty when nothing is left.
 */
export function hashTag(tag: string): string {
  const t = tag
    .trim()
    .replace(/\s+/gu, '-')
    .replace(/[^\p{L}\p{M}\p{N}_\-/]/gu, '');
  if (!t) return '';
  return /^[\p{N}/-]+$/u.test(t) ? `#_${t}` : `#${t}`;
}

/** Free text as a Markdown blockquote, paragraphs kept apart by an empty quoted line. */
export function blockquote(text: string): string {
  return paragraphs(text)
    .map((p) => `> ${p}`)
    .join('\n>\n');
}

/** An http(s) URL made safe for a link destination; null for anything else (javascript:, data:, junk). */
export function linkTarget(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  // The URL parser already encodes spaces and angle brackets; parentheses would end the destination.
  return u.href.replace(/[()\s<>]/gu, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Direction controls: outside a link they order it; inside one they break it (Obsidian, search, copy). */
const DIRECTION_CONTROLS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/gu;

/** A link's label: one line, escaped, with no direction control inside the link syntax. */
export function linkLabel(s: string): string {
  return inlineText(s.replace(DIRECTION_CONTROLS, ''));
}

/** `[title](url)`, isolated as a whole; an unsafe URL is shown as text and never linked. */
export function link(title: string, url: string): string {
  const target = linkTarget(url);
  const label = linkLabel(title) || linkLabel(url);
  if (target) return isolate(`[${label}](${target})`);
  return label === linkLabel(url) ? isolate(label) : `${isolate(label)} ${isolate(linkLabel(url))}`;
}
