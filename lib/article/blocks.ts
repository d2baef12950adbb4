import { countWords } from '../text/words';
import { isSkipped } from './collect';

/**
 * The page as a reader sees it: runs of text, each owned by the nearest block-level element
 * (a paragraph, a list item, a heading, a div with text of its own), with the measures the
 * body finder scores them by. Skips what collectText skips (scripts, hidden elements, …).
 */
export interface Block {
  /** The block-level element whose own text this is. */
  el: Element;
  /** The text, whitespace collapsed. */
  text: string;
  /** Words (runs of letters and digits). */
  words: number;
  /** Words inside links. */
  linkWords: number;
  /** Words inside `<b>`/`<strong>` (a bold-only line is a subheading). */
  boldWords: number;
  /** Words inside `<time>`. */
  timeWords: number;
  /** 1–6 for `<h1>`–`<h6>` (or role=heading), else 0. */
  heading: number;
  /** Position in document order. */
  index: number;
}

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'LI',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

export function isBlockTag(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

function headingLevel(el: Element): number {
  const m = /^H([1-6])$/.exec(el.tagName.toUpperCase());
  if (m) return Number(m[1]);
  if (el.getAttribute('role') === 'heading') return Number(el.getAttribute('aria-level')) || 2;
  return 0;
}

interface Draft {
  el: Element;
  parts: string[];
  link: string[];
  bold: string[];
  time: string[];
  index: number;
}

export interface PageBlocks {
  blocks: Block[];
  /** The block an element owns, if any. */
  byElement: Map<Element, Block>;
}

/**
 * Blocks read at most. A news page has hundreds; a page with tens of thousands (an endless feed, a
 * hostile page) is read this far, which keeps detection bounded: what lies beyond is not analysed.
 */
export const MAX_BLOCKS = 3000;

/** The text blocks under `root`, in document order; `skip` drops more elements with their text. */
export function readBlocks(root: Element, skip?: (el: Element) => boolean): PageBlocks {
  const drafts = new Map<Element, Draft>();
  let order = 0;

  const visit = (node: Node, owner: Element, inLink: boolean, inBold: boolean, inTime: boolean): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (order >= MAX_BLOCKS) return;
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (!/\S/u.test(data)) {
          const d = drafts.get(owner);
          if (d) d.parts.push(' ');
          continue;
        }
        let d = drafts.get(owner);
        if (!d) {
          d = { el: owner, parts: [], link: [], bold: [], time: [], index: order++ };
          drafts.set(owner, d);
        }
        d.parts.push(data);
        if (inLink) d.link.push(data);
        if (inBold) d.bold.push(data);
        if (inTime) d.time.push(data);
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (isSkipped(el) || skip?.(el)) continue;
        const tag = el.tagName.toUpperCase();
        if (tag === 'BR') {
          const d = drafts.get(owner);
          if (d) d.parts.push('\n');
          continue;
        }
        const block = BLOCK_TAGS.has(tag) || headingLevel(el) > 0;
        visit(
          el,
          block ? el : owner,
          block ? false : inLink || tag === 'A',
          block ? false : inBold || tag === 'B' || tag === 'STRONG',
          block ? false : inTime || tag === 'TIME',
        );
      }
    }
  };
  visit(root, root, false, false, false);

  const blocks: Block[] = [];
  const byElement = new Map<Element, Block>();
  for (const d of [...drafts.values()].sort((a, b) => a.index - b.index)) {
    const text = d.parts.join('').replace(/\s+/gu, ' ').trim();
    const words = countWords(text);
    if (words === 0) continue;
    const b: Block = {
      el: d.el,
      text,
      words,
      linkWords: countWords(d.link.join(' ')),
      boldWords: countWords(d.bold.join(' ')),
      timeWords: countWords(d.time.join(' ')),
      heading: headingLevel(d.el),
      index: blocks.length,
    };
    blocks.push(b);
    byElement.set(d.el, b);
  }
  return { blocks, byElement };
}
