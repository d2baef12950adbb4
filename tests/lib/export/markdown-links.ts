/** Direction controls that break a link or URL they stand in (LRM, RLM, ALM, embeddings, isolates). */
const CONTROL = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/u;

/**
 * Every Markdown link, wiki link and bare URL in `text` that has a direction control inside it,
 * as found. A bare URL runs to the next space, as autolinkers read it, so a mark glued to its end
 * counts too: an editor would take it into the link.
 */
export function controlsInsideLinks(text: string): string[] {
  const found: string[] = [];
  for (const re of [/\[[^\]\n]*\]\([^)\n]*\)/gu, /\[\[[^\]\n]*\]\]/gu, /https?:\/\/[^\s)\]]+/gu]) {
    for (const m of text.matchAll(re)) if (CONTROL.test(m[0])) found.push(m[0]);
  }
  return found;
}
