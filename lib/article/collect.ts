/**
 * The text of an element as one string, with a map from string offsets back to DOM text nodes.
 * Analysis works on the string; highlights need (node, offset) pairs, so every run of text
 * remembers its node. Block boundaries become line breaks so sentences and names never run
 * from one paragraph into the next.
 */
export interface TextRun {
  node: Text;
  start: number;
  end: number;
}

export interface PageText {
  text: string;
  runs: TextRun[];
}

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'SVG',
  'MATH',
  'IFRAME',
  'FRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
]);

const BLOCK = new Set([
  'P',
  'DIV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'BLOCKQUOTE',
  'SECTION',
  'ARTICLE',
  'ASIDE',
  'HEADER',
  'FOOTER',
  'NAV',
  'MAIN',
  'FIGURE',
  'FIGCAPTION',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'BR',
  'HR',
  'FORM',
  'FIELDSET',
  'ADDRESS',
  'DETAILS',
  'SUMMARY',
]);

/** Elements whose text a reader does not see or that belong to the page's controls. */
export function isSkipped(el: Element): boolean {
  if (SKIP.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  return false;
}

/** Collects the visible text under `root` (and `root` itself is never skipped). */
export function collectText(root: Element, extraSkip?: (el: Element) => boolean): PageText {
  const parts: string[] = [];
  const runs: TextRun[] = [];
  let length = 0;
  let pendingBreak = false;

  const breakLine = () => {
    if (length > 0) pendingBreak = true;
  };
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (data.length === 0) continue;
        if (pendingBreak) {
          parts.push('\n');
          length += 1;
          pendingBreak = false;
        }
        runs.push({ node: child as Text, start: length, end: length + data.length });
        parts.push(data);
        length += data.length;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (isSkipped(el) || extraSkip?.(el)) {
          if (BLOCK.has(el.tagName.toUpperCase())) breakLine();
          continue;
        }
        const block = BLOCK.has(el.tagName.toUpperCase());
        if (block) breakLine();
        visit(el);
        if (block) breakLine();
      }
    }
  };
  visit(root);
  return { text: parts.join(''), runs };
}

/** The run holding string offset `offset` (a start offset: the run with start <= offset < end). */
export function runAt(runs: readonly TextRun[], offset: number, preferEnd = false): TextRun | undefined {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = runs[mid]!;
    if (preferEnd ? offset <= r.start : offset < r.start) hi = mid - 1;
    else if (preferEnd ? offset > r.end : offset >= r.end) lo = mid + 1;
    else return r;
  }
  return undefined;
}

/** A DOM range for the string span `[start, end)`, or undefined if it falls outside the runs. */
export function rangeFor(doc: Document, runs: readonly TextRun[], start: number, end: number): Range | undefined {
  const a = runAt(runs, start);
  const b = runAt(runs, end, true);
  if (!a || !b) return undefined;
  const range = doc.createRange();
  range.setStart(a.node, start - a.start);
  range.setEnd(b.node, end - b.start);
  return range;
}

/** The string offset of a DOM point inside a collected text node. */
export function offsetOf(runs: readonly TextRun[], node: Node, offset: number): number | undefined {
  for (const r of runs) if (r.node === node) return r.start + offset;
  return undefined;
}
