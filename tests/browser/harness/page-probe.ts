/**
 * Functions evaluated inside the page under test. They read what Siyaq painted through the
 * page's own view of the CSS highlight registry, as a user's page scripts would see it.
 */
export interface PaintedRange {
  name: string;
  text: string;
  /** Does the range lie inside the element matched by the selector passed in? */
  inside: boolean;
  rect: { x: number; y: number; width: number; height: number };
}

export function readHighlights(insideSelector: string): PaintedRange[] {
  const registry = (CSS as unknown as { highlights?: Map<string, Iterable<Range>> }).highlights;
  if (!registry) return [];
  const container = document.querySelector(insideSelector);
  const out: PaintedRange[] = [];
  for (const [name, highlight] of registry) {
    for (const range of highlight) {
      const r = range.getBoundingClientRect();
      out.push({
        name,
        text: range.toString(),
        inside: !!container && container.contains(range.commonAncestorContainer),
        rect: { x: r.x, y: r.y, width: r.width, height: r.height },
      });
    }
  }
  return out;
}

/** Scrolls the first painted range with this text to the middle of the viewport; returns its box. */
export function scrollToHighlight(args: { name: string; text: string }): PaintedRange['rect'] | null {
  const registry = (CSS as unknown as { highlights?: Map<string, Iterable<Range>> }).highlights;
  for (const range of registry?.get(args.name) ?? []) {
    if (range.toString() !== args.text) continue;
    (range.startContainer.parentElement as Element).scrollIntoView({ block: 'center', behavior: 'instant' });
    const r = range.getClientRects()[0] ?? range.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }
  return null;
}
