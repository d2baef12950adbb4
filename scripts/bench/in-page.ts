/**
 * Runs inside the benchmark page (bundled by markjs.ts into one script that sets
 * `window.siyaqBench`): Siyaq's in-page path as the content script runs it (detect, collect,
 * send, paint), and mark.js on the same names. The analysis, which the extension runs in the
 * background, runs here in the same page between Siyaq's tasks and outside their measures.
 * Both report times the page measured itself, so the harness's round trips are not in them.
 */
import { analysePage } from '../../lib/background/analyse';
import { browserHighlightEnv } from '../../lib/highlight/env';
import type { MatcherData } from '../../lib/kb/compile';
import { once } from '../../lib/once';
import { ACTOR_HIGHLIGHT, PageSession } from '../../lib/page/session';
import type { AnalyseRequest, PageMarks } from '../../lib/report';

interface MarkJs {
  mark(keywords: string[], options: Record<string, unknown>): void;
  unmark(options?: Record<string, unknown>): void;
}
type MarkCtor = new (context: Element) => MarkJs;

export interface Timing {
  /** The script's own main-thread time: Siyaq's detect, collect, answer and paint tasks, or the mark.js calls. */
  ms: number;
  /** Until the next frame after it: style, layout and paint of the changes included (for Siyaq, the analysis too). */
  frameMs: number;
}

export interface FoundMention {
  text: string;
  prefix: string;
  via: string;
  /** Offsets in the text of the mark.js context; -1 when the mention lies outside it. */
  start: number;
  end: number;
}

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const task = () => new Promise<void>((r) => setTimeout(r, 0));
const context = () => document.querySelector('article .article-body')!;

let session: PageSession | null = null;
/** Time the page spent reading the background's answer (the browser's messaging copies it as JSON). */
let answerMs = 0;

/**
 * The background as the page sees it: the request copied out, analysed with the base (parsed
 * once, as the background does on its first page), the answer copied back in a later task.
 */
export function backgroundFrom(json: string): (request: AnalyseRequest) => Promise<PageMarks> {
  const base = once(() => JSON.parse(json) as MatcherData);
  return async (request) => {
    const copy = JSON.parse(JSON.stringify(request)) as AnalyseRequest;
    await task();
    const answer = JSON.stringify((await analysePage(copy, base())).marks);
    await task();
    const t0 = performance.now();
    const marks = JSON.parse(answer) as PageMarks;
    answerMs = performance.now() - t0;
    return marks;
  };
}

const measured = (name: string) => performance.getEntriesByName(name).at(-1)?.duration ?? 0;

export async function runSiyaq(analyse: (request: AnalyseRequest) => Promise<PageMarks>): Promise<Timing> {
  const env = browserHighlightEnv(window);
  if (!env) throw new Error('no CSS Custom Highlight API');
  session = new PageSession({ win: window, analyse, env, openActor: () => {} });
  const t0 = performance.now();
  const result = await session.run();
  await nextFrame();
  const frameMs = performance.now() - t0;
  if (!result?.detection.isArticle) throw new Error('the page was not analysed as an article');
  return { ms: measured('siyaq:detect') + measured('siyaq:collect') + answerMs + measured('siyaq:paint'), frameMs };
}

/** The actor mentions Siyaq painted, as offsets into the mark.js context's text. */
export function siyaqMentions(): FoundMention[] {
  const root = context();
  return (session?.highlighter.items(ACTOR_HIGHLIGHT) ?? []).flatMap((m) => {
    if (m.data.kind !== 'actor') return [];
    const { text, prefix = '', via } = m.data.mention;
    if (!root.contains(m.range.commonAncestorContainer)) return [{ text, prefix, via, start: -1, end: -1 }];
    const before = document.createRange();
    before.setStart(root, 0);
    before.setEnd(m.range.startContainer, m.range.startOffset);
    const start = before.toString().length;
    return [{ text, prefix, via, start, end: start + m.range.toString().length }];
  });
}

/**
 * mark.js over `names`, longest first as mark.js orders them itself, in chunks so that a time
 * budget can stop it between two chunks (one `mark()` call cannot be interrupted).
 */
export async function runMark(names: string[], accuracy: unknown, budgetMs: number): Promise<Timing & { done: number }> {
  const Mark = (window as unknown as { Mark: MarkCtor }).Mark;
  const sorted = [...names].sort((a, b) => b.length - a.length);
  const t0 = performance.now();
  let done = 0;
  for (; done < sorted.length && performance.now() - t0 < budgetMs; done += 100) {
    new Mark(context()).mark(sorted.slice(done, done + 100), { separateWordSearch: false, accuracy });
  }
  const ms = performance.now() - t0;
  await nextFrame();
  return { ms, frameMs: performance.now() - t0, done: Math.min(done, sorted.length) };
}

export function unmark(): void {
  const Mark = (window as unknown as { Mark: MarkCtor }).Mark;
  new Mark(context()).unmark();
}

/** Which of `mentions` mark.js covered entirely with `<mark>` elements, and how many marks it made. */
export function markedByMarkJs(mentions: FoundMention[]): { covered: boolean[]; marks: number } {
  const root = context();
  const inMark: boolean[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const marked = !!n.parentElement?.closest('mark[data-markjs]');
    for (let i = 0; i < (n.nodeValue ?? '').length; i++) inMark.push(marked);
  }
  const covered = mentions.map((m) => {
    if (m.start < 0) return false;
    for (let i = m.start; i < m.end; i++) if (!inMark[i]) return false;
    return true;
  });
  return { covered, marks: root.querySelectorAll('mark[data-markjs]').length };
}
