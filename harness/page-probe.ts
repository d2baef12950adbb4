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

/** The text of every range painted as `name`, in document order. */
export function paintedTexts(name: string): string[] {
  const registry = (CSS as unknown as { highlights?: Map<string, Iterable<Range>> }).highlights;
  const ranges = [...(registry?.get(name) ?? [])];
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  return ranges.map((r) => r.toString());
}

/** For every painted range, the whitespace-squashed text of the block it sits in. */
export function paintedBlocks(name: string): string[] {
  const registry = (CSS as unknown as { highlights?: Map<string, Iterable<Range>> }).highlights;
  const out: string[] = [];
  for (const r of registry?.get(name) ?? []) {
    let el: Element | null = r.startContainer.parentElement;
    while (el && getComputedStyle(el).display.startsWith('inline')) el = el.parentElement;
    out.push((el?.textContent ?? '').replace(/\s+/gu, ' ').trim());
  }
  return out;
}

/** The hover card's visible text, or null when it is hidden or absent. */
export function cardText(): string | null {
  const host = document.querySelector('siyaq-ui');
  const card = host?.shadowRoot?.querySelector('.card') as HTMLElement | null | undefined;
  return card && !card.hidden ? (card.textContent ?? '') : null;
}

/** The page as the browser holds it, without Siyaq's own UI host. */
export function serializedPage(): string {
  const clone = document.documentElement.cloneNode(true) as Element;
  for (const el of clone.querySelectorAll('siyaq-ui')) el.remove();
  return clone.outerHTML;
}

/** The same HTML parsed fresh, as a page without Siyaq would hold it (static pages only). */
export async function pristinePage(): Promise<string> {
  const html = await (await fetch(location.href)).text();
  return new DOMParser().parseFromString(html, 'text/html').documentElement.outerHTML;
}
