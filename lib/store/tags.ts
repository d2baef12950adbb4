/**
 * The reader's tags on notes: free text, kept as written but for what would make the same tag
 * twice or break the formats tags travel to (Obsidian's `#tag`, YAML lists, CSV cells).
 */
export const MAX_TAGS = 20;
export const MAX_TAG_CHARS = 60;

/**
 * One tag as stored: spaces collapsed to one, a leading `#` dropped (readers type it out of habit),
 * commas and semicolons (the separators of the tag field and of the CSV cell) turned to spaces.
 * Returns '' for a tag with nothing left.
 */
export function cleanTag(raw: string): string {
  return raw
    .replace(/[,;،؛]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^#+\s*/u, '')
    .slice(0, MAX_TAG_CHARS)
    .trim();
}

/** Tags as the reader gave them, cleaned, without duplicates (case-insensitive), at most MAX_TAGS. */
export function cleanTags(raw: readonly string[] | undefined): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const r of raw ?? []) {
    const tag = cleanTag(r);
    const key = tag.toLocaleLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
    if (out.length === MAX_TAGS) break;
  }
  return out;
}

/** A tag field's text ("a, b، c") as tags. */
export function parseTagField(text: string): string[] {
  return cleanTags(text.split(/[,،;؛\n]/u));
}
