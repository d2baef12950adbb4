/** A page's text beyond this is not an article: Siyaq analyses this much and stops cleanly. */
export const MAX_TEXT = 400_000;

/** Text analysed in one go (the background lets other messages in between two pieces). */
export const SEGMENT = 24_000;

/** The first `max` characters of a text, cut at a paragraph end (never inside a line when it can). */
export function cutText(text: string, max = MAX_TEXT): string {
  return text.length > max ? text.slice(0, text.lastIndexOf('\n', max) + 1 || max) : text;
}
