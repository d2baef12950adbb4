import type { Normalized } from '../text/normalize';
import type { Token } from '../text/tokenize';
import { isUnnamedSubject } from './titles';
import type { Claim, Figure, Mention, Span } from './types';
import { ATTRIBUTIONS, CONTENT_MARKERS, isFeminineForm, NEEDS_FOLLOWER, PREPOSITIONS, verbForm, verbLemma } from './verbs';

/**
 * Claims: sentences in which an actor is reported to say something (a reporting verb with its
 * speaker), and sentences that state a figure about an actor.
 *
 * Speaker, in order of preference:
 *  1. the actor named right after the verb, before the reported content (Arabic news is mostly
 *     verb–subject: وقال رئيس الوزراء العراقي، مصطفى الكاظمي، إن …);
 *  2. the source after an attribution (بحسب، according to);
 *  3. the sentence's subject before the verb: its first actor not governed by a preposition;
 *  4. the speaker of a claim in the previous two sentences (ووعد بتقديم … continues Pompeo).
 */
export interface ClaimInput {
  original: string;
  norm: Normalized;
  tokens: readonly Token[];
  sentences: readonly Span[];
  mentions: readonly Mention[];
  figures: readonly Figure[];
}

const SPEAKER_TYPES = new Set(['person', 'party', 'armed_group', 'organisation', 'state', 'international_body', 'media']);
const SPEAKER_WINDOW = 20;
const CARRY_OVER = 2;
const QUOTES = /["“”«»„]/u;

interface PlacedToken {
  text: string;
  start: number; // original offsets
  end: number;
}

function placeTokens(norm: Normalized, tokens: readonly Token[]): PlacedToken[] {
  return tokens.map((t) => ({ text: t.text, start: norm.starts[t.start]!, end: norm.ends[t.end - 1]! }));
}

/** Index of the first element whose `start` is >= at (binary search). */
function lowerBound<T extends { start: number }>(list: readonly T[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A name after a preposition (مع الكاظمي) or with one attached (للكاظمي) is not a subject. */
function governed(m: Mention, tokens: readonly PlacedToken[]): boolean {
  if (m.prefix && /[لبك]/u.test(m.prefix)) return true;
  const i = lowerBound(tokens, m.start) - 1;
  const before = tokens[i];
  return before !== undefined && before.end <= m.start && PREPOSITIONS.has(before.text);
}

export function findClaims(input: ClaimInput): Claim[] {
  const { original, sentences, mentions, figures } = input;
  const tokens = placeTokens(input.norm, input.tokens);
  const claims: Claim[] = [];
  let lastSpeaker: { id: string; type: string; sentence: number } | null = null;

  sentences.forEach((sentence, sIndex) => {
    const tFrom = lowerBound(tokens, sentence.start);
    const tTo = lowerBound(tokens, sentence.end);
    const inSentence = mentions.slice(lowerBound(mentions, sentence.start), lowerBound(mentions, sentence.end));
    const figIdx: number[] = [];
    for (let f = lowerBound(figures, sentence.start); f < figures.length && figures[f]!.start < sentence.end; f++) figIdx.push(f);

    let verb: PlacedToken | null = null;
    let verbAt = -1;
    let feminine = false;
    let speaker: Mention | undefined;
    for (let t = tFrom; t < tTo; t++) {
      const tok = tokens[t]!;
      const lemma = verbLemma(tok.text);
      const attribution = !lemma && ATTRIBUTIONS.find((p) => p.every((w, k) => stripConjunction(tokens[t + k]?.text, k) === w));
      if (!lemma && !attribution) continue;
      if (lemma) {
        const follower = NEEDS_FOLLOWER.get(tok.text) ?? NEEDS_FOLLOWER.get(tok.text.slice(1));
        if (follower && !tokens.slice(t + 1, t + 4).some((x) => x.text === follower)) continue;
      }
      const fem = lemma ? isFeminineForm(verbForm(tok.text)!) : false;
      if (!verb) {
        verb = tok;
        verbAt = t;
        feminine = fem;
      }
      const after = findAfter(tokens, t, tTo, inSentence, original);
      speaker = after ?? (lemma ? findSubject(tokens, clause(original, sentence.start, tok.start), inSentence, tok.start, fem) : undefined);
      if (speaker) {
        verb = tok;
        verbAt = t;
        feminine = fem;
        break;
      }
    }

    if (verb) {
      let speakerId = speaker?.actorId ?? null;
      if (speaker) lastSpeaker = { id: speaker.actorId, type: speaker.type, sentence: sIndex };
      else if (lastSpeaker && sIndex - lastSpeaker.sentence <= CARRY_OVER && (!feminine || lastSpeaker.type !== 'person')) {
        speakerId = lastSpeaker.id;
        lastSpeaker.sentence = sIndex;
      }
      claims.push({
        start: sentence.start,
        end: sentence.end,
        text: original.slice(sentence.start, sentence.end),
        kind: 'statement',
        speakerId,
        verb: original.slice(verb.start, verb.end),
        content: contentAfter(original, tokens, verbAt, tTo, sentence),
        actorIds: unique(inSentence.map((m) => m.actorId).filter((id) => id !== speakerId)),
        figures: figIdx,
        figureActors: figIdx.map((f) => clauseActors(original, sentence, figures[f]!, inSentence)),
      });
      return;
    }
    if (figIdx.length > 0 && inSentence.some((m) => m.type !== 'place')) {
      claims.push({
        start: sentence.start,
        end: sentence.end,
        text: original.slice(sentence.start, sentence.end),
        kind: 'figure',
        speakerId: null,
        verb: null,
        content: null,
        actorIds: unique(inSentence.map((m) => m.actorId)),
        figures: figIdx,
        figureActors: figIdx.map((f) => clauseActors(original, sentence, figures[f]!, inSentence)),
      });
    }
  });
  return claims;
}

/**
 * The speaker named after the verb, before the reported content begins. Titles, affiliations and
 * asides may come first (قال المفوض العام لوكالة الأونروا فيليب لازاريني); a person named there is
 * preferred to the bodies around them. A subject that is an unnamed noun (مصادر، مسؤول، جهات)
 * means the speaker is not named, unless it speaks "on behalf of" someone (متحدث باسم الأونروا).
 */
function findAfter(
  tokens: readonly PlacedToken[],
  t: number,
  tTo: number,
  mentions: readonly Mention[],
  original: string,
): Mention | undefined {
  const verb = tokens[t]!;
  const end = Math.min(tTo, t + SPEAKER_WINDOW);
  let limit = tokens[end - 1]?.end ?? verb.end;
  for (let k = t + 1; k < end; k++) {
    if (CONTENT_MARKERS.has(tokens[k]!.text)) {
      limit = tokens[k]!.start;
      break;
    }
  }
  const stop = original.slice(verb.end, limit).search(/[:"“«]/u);
  if (stop >= 0) limit = verb.end + stop;
  const candidates = mentions.filter((m) => m.start >= verb.end && m.start < limit && SPEAKER_TYPES.has(m.type) && !governed(m, tokens));
  const first = tokens[t + 1];
  if (first && first.start < limit && isUnnamedSubject(first.text) && !mentions.some((m) => m.start === first.start)) {
    const onBehalf = tokens.slice(t + 2, end).find((x) => x.start < limit && x.text.startsWith('باسم'));
    if (!onBehalf) return undefined;
    return candidates.find((m) => m.start >= onBehalf.end && m.type !== 'person');
  }
  return candidates.find((m) => m.type === 'person') ?? candidates[0];
}

/**
 * The sentence's subject before the verb: its first speaker-like actor not after a preposition.
 * A feminine verb does not take a person found this far back: persons carry no gender in the
 * knowledge base, and most named in news are men.
 */
function findSubject(
  tokens: readonly PlacedToken[],
  clauseStart: number,
  mentions: readonly Mention[],
  verbStart: number,
  feminine: boolean,
): Mention | undefined {
  const before = mentions.filter(
    (m) =>
      m.start >= clauseStart &&
      m.end <= verbStart &&
      SPEAKER_TYPES.has(m.type) &&
      !governed(m, tokens) &&
      !(feminine && m.type === 'person'),
  );
  return before.find((m) => m.type === 'person') ?? before[0];
}

/**
 * Where the clause holding the verb starts: after the last dash, bracket, colon or semicolon
 * before it. A dateline (دمشق، سوريا (CNN) --) or an aside is not the verb's subject; commas do
 * not end the clause, because Arabic news strings whole clauses with them.
 */
function clause(original: string, sentenceStart: number, verbStart: number): number {
  const before = original.slice(sentenceStart, verbStart);
  let cut = -1;
  for (const m of before.matchAll(/--|—|–|[()[\]:;؛]/gu)) cut = m.index + m[0].length;
  return cut < 0 ? sentenceStart : sentenceStart + cut;
}

/** What was said: after إن/أن, a colon or an opening quote, to the end of the sentence. */
function contentAfter(original: string, tokens: readonly PlacedToken[], verbAt: number, tTo: number, sentence: Span): string | null {
  let from = -1;
  for (let k = verbAt + 1; k < tTo; k++) {
    if (CONTENT_MARKERS.has(tokens[k]!.text)) {
      from = tokens[k]!.end;
      break;
    }
  }
  const verbEnd = tokens[verbAt]!.end;
  const rest = original.slice(verbEnd, sentence.end);
  const mark = rest.search(/[:"“«]/u);
  if (mark >= 0 && (from < 0 || verbEnd + mark < from)) from = verbEnd + mark + (QUOTES.test(rest[mark]!) ? 0 : 1);
  if (from < 0) return null;
  const text = original
    .slice(from, sentence.end)
    .replace(/^[\s،,:]+/u, '')
    .replace(/[\s.]+$/u, '')
    .trim();
  return text || null;
}

const CLAUSE_BREAK = /[،,؛;:]/u;

/** The actors in the clause around a figure (between commas), or in the whole sentence if none. */
function clauseActors(original: string, sentence: Span, figure: Span, mentions: readonly Mention[]): string[] {
  let from = figure.start;
  while (from > sentence.start && !CLAUSE_BREAK.test(original[from - 1]!)) from--;
  let to = figure.end;
  while (to < sentence.end && !CLAUSE_BREAK.test(original[to]!)) to++;
  const near = mentions.filter((m) => m.start >= from && m.end <= to && m.type !== 'media').map((m) => m.actorId);
  return unique(near.length ? near : mentions.map((m) => m.actorId));
}

/** وبحسب → بحسب: only the first word of a phrase can carry the conjunction. */
function stripConjunction(word: string | undefined, index: number): string | undefined {
  if (word === undefined || index > 0) return word;
  return (word.startsWith('و') || word.startsWith('ف')) && word.length > 3 ? word.slice(1) : word;
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
