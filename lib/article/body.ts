import { type Block, readBlocks } from './blocks';
import { type Hint, hintOf, isBodyHinted, isBoxTitle, isFurnitureLine, isHiddenByClass, readsLikeStory } from './boilerplate';

/**
 * The article body: the element whose text is the story, and the furniture inside it that the
 * text collection must skip. Scores the page's text blocks (length, link density, punctuation,
 * the furniture hints of their ancestors), takes the element where story text outweighs the rest
 * most, then marks every part of it that holds no story text. Reads the document, never changes it.
 */
export interface BodyResult {
  /** The container of the story (null when nothing on the page reads like one). */
  body: Element | null;
  /** Elements inside `body` that are not story: pass to collectText as its skip predicate. */
  exclude: (el: Element) => boolean;
  /** Words of story text kept in the body. */
  storyWords: number;
  /** Share of the page's story-like words that the body holds (0–1). */
  share: number;
  /** The body is a list of teasers (cards with a linked title and an excerpt), not one story. */
  listing: boolean;
  /** The kept story text (blocks joined by line breaks), or the page's text when there is no body. */
  text: string;
}

/** How much a word of furniture inside a candidate costs against a word of story. */
const NOISE_COST = 0.5;
/** A weak hint yields when its element holds this share of the page's story text. */
const WEAK_YIELDS = 0.3;
/**
 * A strong hint yields when its element holds nearly all of the page's story text, or most of it
 * while being mostly story itself: page builders wrap the article in "widget" boxes, themes wrap
 * content and sidebar in one "content-sidebar-wrap".
 */
const STRONG_YIELDS_ALL = 0.85;
const STRONG_YIELDS = 0.5;
const STRONG_YIELDS_DENSITY = 0.6;
/** A child that holds this share of its parent's story text is the tighter body. */
const TIGHTER = 0.97;

/** Elements that mark one story each (with its own `<h1>`: live-blog posts have none). */
const ARTICLES = 'article, [role="article"], [itemtype*="Article" i], [itemtype*="BlogPosting" i]';
/** Story words an article element needs to count as a story of its own (teaser cards have fewer). */
const MIN_STORY = 100;

const NONE: BodyResult = { body: null, exclude: () => false, storyWords: 0, share: 0, listing: false, text: '' };

export function findArticleBody(doc: Document): BodyResult {
  const root = doc.body;
  if (!root) return NONE;
  const { blocks } = readBlocks(root, isHiddenByClass);
  if (blocks.length === 0) return NONE;

  // Story-like text by wording alone, summed up the tree.
  const plain = blocks.map((b) => readsLikeStory(b) && !isFurnitureLine(b));
  const plainWords = new Map<Element, number>();
  const allWords = new Map<Element, number>();
  blocks.forEach((b, i) => {
    if (plain[i]) addUp(plainWords, b.el, root, b.words);
    addUp(allWords, b.el, root, b.words);
  });
  const pagePlain = plainWords.get(root) ?? 0;

  // Furniture hints that hold: every ancestor's hint, unless its element holds most of the story.
  const hints = new Map<Element, Hint>();
  const hint = (el: Element): Hint => {
    let h = hints.get(el);
    if (h === undefined) {
      h = hintOf(el);
      hints.set(el, h);
    }
    return h;
  };
  // Boxes titled like furniture ("اقرأ أيضا", "الأكثر قراءة", "3 تعليقات") count as strongly hinted.
  const titled = titledBoxes(blocks, plainWords, pagePlain, root);
  const honored = new Map<Element, boolean>();
  const underFurniture = (el: Element): boolean => {
    const path: Element[] = [];
    let result = false;
    for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
      const known = honored.get(e);
      if (known !== undefined) {
        result = known;
        break;
      }
      path.push(e);
      const h = titled.has(e) ? 'strong' : hint(e);
      const own = plainWords.get(e) ?? 0;
      const share = own / Math.max(1, pagePlain);
      const strongYields = share >= STRONG_YIELDS_ALL || (share >= STRONG_YIELDS && own >= (allWords.get(e) ?? 0) * STRONG_YIELDS_DENSITY);
      if (h === 'hard' || (h === 'strong' && !strongYields) || (h === 'weak' && share < WEAK_YIELDS)) {
        result = true;
        break;
      }
    }
    for (const e of path) honored.set(e, result);
    return result;
  };

  const furniture = blocks.map((b) => underFurniture(b.el));
  const story = blocks.map((_, i) => plain[i]! && !furniture[i]);

  // Score every element holding story text: story words minus the cost of the rest.
  const storyWords = new Map<Element, number>();
  const noiseWords = new Map<Element, number>();
  blocks.forEach((b, i) => {
    if (story[i]) addUp(storyWords, b.el, root, b.words);
    else addUp(noiseWords, b.el, root, b.words);
  });
  // Pages that append the next story (infinite scroll) hold several articles: the body is in one.
  const stories = [...root.querySelectorAll(ARTICLES)].filter((a) => (storyWords.get(a) ?? 0) >= MIN_STORY && a.querySelector('h1'));
  const spansStories = (el: Element) => stories.filter((a) => a !== el && el.contains(a)).length > 1;
  let body: Element | null = null;
  let best = 0;
  for (const [el, s] of storyWords) {
    if (stories.length > 1 && spansStories(el)) continue;
    const score = (s - NOISE_COST * (noiseWords.get(el) ?? 0)) * (isBodyHinted(el) ? 1.1 : 1);
    if (score > best) {
      best = score;
      body = el;
    }
  }
  if (!body) return { ...NONE, text: pageText(blocks) };
  // A standfirst or a caption beside the body's container is not story: take the child that
  // holds nearly all of the story text.
  for (;;) {
    const total = storyWords.get(body) ?? 0;
    let next: Element | null = null;
    for (const child of body.children) if ((storyWords.get(child) ?? 0) >= total * TIGHTER) next = child;
    if (!next) break;
    body = next;
  }

  // Inside the body: the story blocks, minus teaser cards, plus the subheadings between them.
  const inBody = blocks.map((b) => body.contains(b.el));
  const kept = blocks.map((_, i) => inBody[i]! && story[i]!);
  dropTeasers(blocks, kept, inBody, body);
  let seenStory = false;
  for (let i = 0; i < blocks.length; i++) {
    if (!inBody[i]) continue;
    if (kept[i]) {
      seenStory = true;
      continue;
    }
    // The body's blocks are consecutive: a subtree is one stretch of document order.
    const next = i + 1;
    if (!seenStory || !inBody[next] || !kept[next] || furniture[i]) continue;
    if (isSubheading(blocks[i]!) || (kept[i - 1] && isShortParagraph(blocks[i]!, blocks[i - 1]!, blocks[next]!))) kept[i] = true;
  }

  const keptWords = new Map<Element, number>();
  const holdsText = new Set<Element>();
  let total = 0;
  blocks.forEach((b, i) => {
    if (!inBody[i]) return;
    for (let e: Element | null = b.el; e && e !== body.parentElement; e = e.parentElement) holdsText.add(e);
    if (kept[i]) {
      addUp(keptWords, b.el, body, b.words);
      total += b.words;
    }
  });

  // Inline elements are part of their paragraph's text (a link with a "related-tag" class is
  // still a word of the sentence): only those hidden by a class go.
  const exclude = (el: Element): boolean => {
    if (el === body || !body.contains(el)) return false;
    if (isHiddenByClass(el)) return true;
    return holdsText.has(el) && (keptWords.get(el) ?? 0) === 0;
  };

  return {
    body,
    exclude,
    storyWords: total,
    share: (storyWords.get(body) ?? 0) / Math.max(1, storyWords.get(root) ?? 0),
    listing: isListing(blocks, story, inBody, body),
    text: blocks
      .filter((_, i) => kept[i])
      .map((b) => b.text)
      .join('\n'),
  };
}

/**
 * Elements that open with a heading worded like furniture: the highest ancestor of such a
 * heading whose first block is still that heading, as long as it holds little story text.
 */
function titledBoxes(blocks: Block[], plainWords: Map<Element, number>, pagePlain: number, root: Element): Set<Element> {
  const firstBlock = new Map<Element, Block>();
  for (const b of blocks) {
    for (let e: Element | null = b.el; e && e !== root; e = e.parentElement) {
      if (firstBlock.has(e)) break;
      firstBlock.set(e, b);
    }
  }
  const boxes = new Set<Element>();
  for (const b of blocks) {
    if (!b.heading || b.words > 25 || !isBoxTitle(b.text)) continue;
    let box: Element | null = null;
    for (let e: Element | null = b.el.parentElement; e && e !== root && firstBlock.get(e) === b; e = e.parentElement) {
      if ((plainWords.get(e) ?? 0) >= pagePlain * WEAK_YIELDS) break;
      box = e;
    }
    if (box) boxes.add(box);
  }
  return boxes;
}

/** The page's text, for its language when it has no story. */
export function pageText(blocks: Block[]): string {
  let out = '';
  for (const b of blocks) {
    if (out.length > 20000) break;
    out += `${b.text}\n`;
  }
  return out;
}

function addUp(map: Map<Element, number>, from: Element, root: Element, n: number): void {
  for (let e: Element | null = from; e; e = e.parentElement) {
    map.set(e, (map.get(e) ?? 0) + n);
    if (e === root) break;
  }
}

/** A heading, or a bold-only short line, that titles the paragraphs after it. */
function isSubheading(b: Block): boolean {
  if (b.words > 20 || b.linkWords > b.words * 0.5 || isBoxTitle(b.text) || isFurnitureLine(b)) return false;
  if (b.heading) return b.heading > 1;
  return b.boldWords >= b.words * 0.9;
}

/**
 * Teaser cards inside the body (related posts with excerpts): a linked title, then one or two
 * story-like lines, in an element of their own. They go when they are a small part of the body.
 */
function dropTeasers(blocks: Block[], kept: boolean[], inBody: boolean[], body: Element): void {
  const teasers: number[] = [];
  let storyTotal = 0;
  let teaserWords = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (!inBody[i] || !kept[i]) continue;
    storyTotal += blocks[i]!.words;
    // The nearest linked title before this block, with no story between them.
    let t = i - 1;
    while (t >= 0 && inBody[t] && !kept[t] && !isCardTitle(blocks[t]!)) t--;
    if (t < 0 || !inBody[t] || kept[t]) continue;
    // The smallest element holding both, below the body, holding no other story.
    let card: Element | null = blocks[t]!.el.parentElement;
    while (card && card !== body && !card.contains(blocks[i]!.el)) card = card.parentElement;
    if (!card || card === body) continue;
    let inside = 0;
    for (let j = 0; j < blocks.length; j++) if (kept[j] && card.contains(blocks[j]!.el)) inside++;
    if (inside > 2) continue;
    teasers.push(i);
    teaserWords += blocks[i]!.words;
  }
  if (teaserWords < storyTotal * 0.3) for (const i of teasers) kept[i] = false;
}

function isCardTitle(b: Block): boolean {
  return isLinkedTitle(b) && b.words <= 25 && !isFurnitureLine(b) && !isBoxTitle(b.text);
}

/**
 * A short line between two story paragraphs, at their level: a story paragraph that says little
 * ("وأضاف أن الحكومة ستعمل على حل الأزمة"), not a caption or a teaser (those sit in boxes).
 */
function isShortParagraph(b: Block, prev: Block, next: Block): boolean {
  if (b.heading || b.words < 4 || b.linkWords > b.words * 0.3 || isFurnitureLine(b)) return false;
  const level = (x: Block) => x.el.parentElement;
  const up = (x: Block) => x.el.parentElement?.parentElement;
  return (level(b) === level(prev) && level(b) === level(next)) || (up(b) === up(prev) && up(b) === up(next));
}

/** A teaser title: a line that is mostly a link. */
function isLinkedTitle(b: Block): boolean {
  return b.words >= 3 && b.linkWords >= b.words * 0.6;
}

/**
 * A list of teasers: most story-like blocks in the body sit in their own card, an element
 * below the body that also holds a linked title, one or two excerpts per card.
 */
function isListing(blocks: Block[], story: boolean[], inBody: boolean[], body: Element): boolean {
  const titled = new Set<Element>();
  blocks.forEach((b, i) => {
    if (!inBody[i] || !isLinkedTitle(b)) return;
    for (let e: Element | null = b.el; e && e !== body; e = e.parentElement) titled.add(e);
  });
  const perCard = new Map<Element, number>();
  let n = 0;
  blocks.forEach((b, i) => {
    if (!inBody[i] || !story[i]) return;
    n++;
    for (let e: Element | null = b.el; e && e !== body; e = e.parentElement) {
      if (titled.has(e)) {
        perCard.set(e, (perCard.get(e) ?? 0) + 1);
        break;
      }
    }
  });
  let inCards = 0;
  for (const k of perCard.values()) if (k <= 2) inCards += k;
  return n >= 3 && inCards >= n * 0.5;
}
