import { balanceBidi, directLine, isolate } from './bidi';

/*
 * User text in Markdown is always data. Everything that can start markup inline is escaped
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
 * Free text (a note, a quote) as Markdown paragraphs: one paragraph per line of the original so
 * each keeps its own direction, leading spaces dropped (four would make a code block), every
 * line escaped and its mixed-direction runs isolated.
 */
export function paragraphs(text: string): string[] {
  return text
    .split(/\r\n|[\r\n\u2028\u2029\u0085]/u)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => directLine(escapeLineStart(escapeInline(balanceBidi(line)))));
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

/** `[title](url)`, isolated; an unsafe URL is shown as text and never linked. */
export function link(title: string, url: string): string {
  const target = linkTarget(url);
  const label = inlineText(title) || inlineText(url);
  if (target) return isolate(`[${label}](${target})`);
  return label === inlineText(url) ? isolate(label) : `${isolate(label)} ${isolate(inlineText(url))}`;
}
