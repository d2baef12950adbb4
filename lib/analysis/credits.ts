import type { MatcherData } from '../kb/compile';
import { type Normalized, toOriginal } from '../text/normalize';
import { type Candidate, matcherFor } from './matcher';
import type { Claim, Credit, CreditScope, Span } from './types';

/** Words around a credit in brackets that leave it a credit: "archive", "photo", "agencies". */
const CAPTION = /^(?:ارشيف|ارشيفيه|صوره|صور|خاص|مواقع|تواصل|اجتماعي|getty|images|photo|photos|file|archive|handout|ap|epa)$/;
const FILLER = /^(?:و|وكالات|agencies|and)$/;
/** Before the name, at the end of what precedes it (normalised text, folded letters). */
const CUE_AR =
  /(?:^|[\s(«"'،,:؛\-–—])[وف]?(?:ب?حسب|وفق|وفقا|طبقا|نقلا\s+عن|عن|(?:نقل|ذكر|افاد|اورد|قال|نشر|كشف|بث|اوضح|اكد|اعلن)(?:ت|ه|ته)?)\s*[«"'(]?\s*$/;
const CUE_EN =
  /(?:according\s+to|told|(?:reported|cited|quoted|broadcast|published)\s+by|in\s+an\s+interview\s+with|speaking\s+to|said\s+to)\s+(?:the\s+)?$/;
/** After the name: "Reuters reported", "AFP said". */
const AFTER_EN = /^\s*(?:news\s+agency\s+)?(?:reported|reports|said|says|quoted|cited|added)\b/;
const LOOK = 40;

/**
 * Outlets credited in the text, found with the base's own names (so every outlet of the base and
 * every spelling of it counts) but only where the words around them make them a source: inside
 * brackets with nothing but other credits and caption words, after a reporting cue (بحسب، نقلا
 * عن، ذكرت، according to), or with ل before them (قال لرويترز). An outlet merely talked about
 * (أغلقت السلطات مكتب الجزيرة) is not a credit. Ambiguous names (الجزيرة، الأناضول) count here:
 * the credit's position already says it is the outlet.
 */
export function findCredits(norm: Normalized, data: MatcherData): Credit[] {
  const text = norm.text;
  const media: { c: Candidate; actorId: string }[] = [];
  for (const c of matcherFor(data).scan(text)) {
    const actorId = mediaOf(c, data);
    if (actorId !== null) media.push({ c, actorId });
  }
  const out: Credit[] = [];
  for (const { c, actorId } of media) {
    const scope = creditScope(text, c, media);
    if (scope === null) continue;
    const [start, end] = toOriginal(norm, c.start, c.end);
    if (start < (out[out.length - 1]?.end ?? 0)) continue;
    out.push({ actorId, start, end, scope });
  }
  return out;
}

function mediaOf(c: Candidate, data: MatcherData): string | null {
  let fallback: string | null = null;
  for (const e of c.entries) {
    const a = data.actors[e >> 5];
    if (a?.type !== 'media') continue;
    if ((e & 1) === 0) return a.id;
    fallback ??= a.id;
  }
  return fallback;
}

function creditScope(text: string, c: Candidate, media: readonly { c: Candidate }[]): CreditScope | null {
  const bracket = bracketScope(text, c, media);
  if (bracket) return bracket;
  const nameStart = c.start - c.clitic;
  const before = text.slice(Math.max(0, nameStart - LOOK), nameStart);
  // A proclitic ل (لرويترز، لوكالة الأناضول) makes the outlet the one told or quoted.
  const clitic = text.slice(nameStart, c.start);
  if (clitic.endsWith('ل') || CUE_AR.test(before) || CUE_EN.test(before)) return 'sentence';
  if (AFTER_EN.test(text.slice(c.end, c.end + LOOK))) return 'sentence';
  return null;
}

/** A credit alone in brackets, maybe with other credits and caption words: (أ ف ب)، (رويترز - أرشيف). */
function bracketScope(text: string, c: Candidate, media: readonly { c: Candidate }[]): CreditScope | null {
  const open = text.lastIndexOf('(', c.start);
  if (open < 0 || c.start - open > LOOK || text.slice(open, c.start).includes(')')) return null;
  const close = text.indexOf(')', c.end);
  if (close < 0 || close - c.end > LOOK || text.slice(c.end, close).includes('(')) return null;
  // What is left in the brackets once every outlet named there is taken out.
  let rest = '';
  let at = open + 1;
  for (const { c: m } of media) {
    if (m.end <= open || m.start >= close) continue;
    rest += ` ${text.slice(at, m.start - m.clitic)} `;
    at = m.end;
  }
  rest += text.slice(at, close);
  let caption = false;
  for (const w of rest.split(/[\s\-–—/،,.:|]+/)) {
    if (w === '') continue;
    if (CAPTION.test(w)) caption = true;
    else if (!FILLER.test(w)) return null;
  }
  if (caption) return 'caption';
  // A dateline opens the article: city (agency) - …
  // (The body text of a page may start with blank lines.)
  if (open < 200 && /^\)\s*[-–—:]/.test(text.slice(close, close + 4)) && !text.slice(0, open).trim().includes('\n')) return 'article';
  return 'paragraph';
}

/** The claims each credit sources, by its scope; sets `credits` on every claim (empty when none). */
export function attachCredits(text: string, claims: Claim[], credits: readonly Credit[], sentences: readonly Span[]): void {
  for (const claim of claims) claim.credits = [];
  const add = (claim: Claim, id: string) => {
    if (!claim.credits!.includes(id)) claim.credits!.push(id);
  };
  for (const credit of credits) {
    let from: number;
    let to: number;
    if (credit.scope === 'caption') continue;
    if (credit.scope === 'article') {
      from = 0;
      to = text.length;
    } else if (credit.scope === 'paragraph') {
      from = text.lastIndexOf('\n', credit.start) + 1;
      const nl = text.indexOf('\n', credit.end);
      to = nl < 0 ? text.length : nl;
    } else {
      const s = sentences.find((x) => x.start <= credit.start && credit.start < x.end);
      from = s?.start ?? credit.start;
      to = s?.end ?? credit.end;
    }
    for (const claim of claims) if (claim.start < to && claim.end > from) add(claim, credit.actorId);
  }
}
