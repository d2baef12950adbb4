import { firstAtLeast, firstStartingAt } from '../sorted';
import { normalizeKey } from '../text/normalize';
import type { Normalized } from '../text/normalize';
import type { Token } from '../text/tokenize';
import { isTitleWord, isUnnamedSubject } from './titles';
import type { Claim, Figure, Mention, Span } from './types';
import {
  attributions,
  contentMarkers,
  isFeminineForm,
  isRelay,
  needsContent,
  needsFollower,
  prepositions,
  verbForm,
  verbLemma,
} from './verbs';

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

/** Actors that can say something: not places, except a capital speaking for its state. */
const canSpeak = (m: Mention) => SPEAKER_TYPES.has(m.type) || m.speaksFor !== undefined;
const speakerOf = (m: Mention) => m.speaksFor ?? m.actorId;
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

/** A name after a preposition (مع الكاظمي) or with one attached (للكاظمي) is not a subject. */
function governed(m: Mention, tokens: readonly PlacedToken[]): boolean {
  if (m.prefix && /[لبك]/u.test(m.prefix)) return true;
  const i = firstStartingAt(tokens, m.start) - 1;
  const before = tokens[i];
  return before !== undefined && before.end <= m.start && prepositions().has(before.text);
}

export function findClaims(input: ClaimInput): Claim[] {
  const { original, sentences, mentions, figures } = input;
  const tokens = placeTokens(input.norm, input.tokens);
  const claims: Claim[] = [];
  let lastSpeaker: { id: string; type: string; sentence: number; words: ReadonlySet<string> } | null = null;
  /** The last speaker outside the base or unnamed, who may go on in the next sentences (وأضاف). */
  let lastSource: { name: string; unnamed: boolean; sentence: number } | null = null;

  sentences.forEach((sentence, sIndex) => {
    const tFrom = firstStartingAt(tokens, sentence.start);
    const tTo = firstStartingAt(tokens, sentence.end);
    const inSentence = mentions.slice(firstStartingAt(mentions, sentence.start), firstStartingAt(mentions, sentence.end));
    const figIdx: number[] = [];
    for (let f = firstStartingAt(figures, sentence.start); f < figures.length && figures[f]!.start < sentence.end; f++) figIdx.push(f);

    let verb: PlacedToken | null = null;
    let verbAt = -1;
    let feminine = false;
    let speaker: Mention | undefined;
    let subjects: Subjects | null = null;
    let source: Source | null = null;
    let pending: { verb: PlacedToken; at: number; feminine: boolean } | null = null;
    for (let t = tFrom; t < tTo; t++) {
      const tok = tokens[t]!;
      const lemma = verbLemma(tok.text);
      const attribution = !lemma && attributions().find((p) => p.every((w, k) => stripConjunction(tokens[t + k]?.text, k) === w));
      if (!lemma && !attribution) continue;
      if (!isStatement(tokens, t, tTo, original, lemma, attribution || null)) continue;
      if (lemma) {
        const follower = needsFollower().get(tok.text) ?? needsFollower().get(tok.text.slice(1));
        if (follower && !tokens.slice(t + 1, t + 11).some((x) => x.text === follower)) continue;
      }
      const relative = lemma !== undefined && RELATIVE_WORDS.has(tokens[t - 1]?.text ?? '');
      const ordered = lemma ? wordOrder(tokens, t, inSentence, original) : 'verb-first';
      const named =
        relative || ordered === 'verb-first'
          ? sourceOf(tokens, t, tTo, original, lemma ?? null, attribution || null, inSentence, mentions, sentence.start)
          : null;
      if (named?.descriptive) continue; // فصائل … تطالب برحيل القوات: a description, not a statement
      if (pending && !named?.speaker) continue; // after an unnamed or unknown source, only a named actor speaks instead
      if (named && (named.phrase || named.speaker || named.passive)) {
        // The source named by the cue (a subject after the verb, the source after بحسب or نقل عن) is
        // the speaker; no actor elsewhere in the sentence is (a dateline's agency, a name in the content).
        // A subject whose actor stands past a comma (وقال رئيس الوزراء العراقي، مصطفى الكاظمي، إن) is
        // found as before, after the verb up to the content.
        const after =
          !named.speaker && !named.unnamed && !relative && lemma && !isRelay(lemma)
            ? findAfter(tokens, t, tTo, inSentence, original)
            : undefined;
        verb = tok;
        verbAt = t;
        feminine = lemma ? isFeminineForm(verbForm(tok.text)!) : false;
        speaker = named.speaker ?? after;
        source = named;
        // وبحسب مصادر عراقية، قال رئيس الوزراء الكاظمي: a named actor later in the sentence is the speaker.
        if (speaker || !named.unnamed) break;
        pending = { verb: tok, at: t, feminine };
        continue;
      }
      const fem = lemma ? isFeminineForm(verbForm(tok.text)!) : false;
      if (!verb) {
        verb = tok;
        verbAt = t;
        feminine = fem;
      }
      const order = lemma ? wordOrder(tokens, t, inSentence, original) : 'verb-first';
      // English puts the subject before the verb (Berri said Lebanon…) unless a quote inverts it
      // ("…," said Berri); an Arabic participle (داعيا الرئيس تبون) is followed by its object.
      const after = order === 'verb-first' ? findAfter(tokens, t, tTo, inSentence, original) : undefined;
      if (!after && lemma) subjects ??= new Subjects(original, sentence, inSentence, tokens);
      speaker =
        after ??
        (order === 'subject-first' ? adjacentSubject(tok, inSentence, tokens, original) : undefined) ??
        (lemma && order !== 'unnamed' ? subjects!.before(tok.start, fem) : undefined);
      if (speaker) {
        verb = tok;
        verbAt = t;
        feminine = fem;
        break;
      }
    }

    if (verb) {
      let speakerId = source?.unnamed ? null : speaker ? speakerOf(speaker) : null;
      let speakerName: string | null = source?.phrase ?? null;
      let unnamedSource = source?.unnamed ?? false;
      if (speakerId && speaker) {
        const words = new Set<string>();
        for (let k = tFrom; k < tTo; k++) if (!isTitleWord(tokens[k]!.text)) words.add(tokens[k]!.text);
        lastSpeaker = { id: speakerOf(speaker), type: speaker.speaksFor ? 'state' : speaker.type, sentence: sIndex, words };
        lastSource = null;
      } else if (
        !unnamedSource &&
        lastSpeaker &&
        sIndex - lastSpeaker.sentence <= CARRY_OVER &&
        (!feminine || lastSpeaker.type !== 'person') &&
        continuesSpeaker(tokens, verbAt, tTo, inSentence, original, lastSpeaker.type, lastSpeaker.words)
      ) {
        speakerId = lastSpeaker.id;
        lastSpeaker.sentence = sIndex;
      } else if (source?.phrase) {
        lastSource = { name: source.phrase, unnamed: source.unnamed, sentence: sIndex };
        lastSpeaker = null;
      } else if (
        lastSource &&
        sIndex - lastSource.sentence <= CARRY_OVER &&
        continuesSpeaker(tokens, verbAt, tTo, inSentence, original, 'person', new Set())
      ) {
        // وأضاف أن …: the unnamed source or the name outside the base goes on speaking.
        speakerName = lastSource.name;
        unnamedSource = lastSource.unnamed;
        lastSource.sentence = sIndex;
      }
      claims.push({
        start: sentence.start,
        end: sentence.end,
        text: original.slice(sentence.start, sentence.end),
        kind: 'statement',
        speakerId,
        speakerName,
        unnamedSource,
        verb: original.slice(verb.start, verb.end),
        content: contentAfter(original, tokens, verbAt, tTo, sentence),
        actorIds: unique(inSentence.map((m) => m.actorId).filter((id) => id !== speakerId)),
        figures: figIdx,
        figureActors: clauseActors(original, sentence, figIdx, figures, inSentence),
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
        speakerName: null,
        unnamedSource: false,
        verb: null,
        content: null,
        actorIds: unique(inSentence.map((m) => m.actorId)),
        figures: figIdx,
        figureActors: clauseActors(original, sentence, figIdx, figures, inSentence),
      });
    }
  });
  return claims;
}

/**
 * Where a reporting verb's subject is: after it (Arabic, and English after a quote: "…," said
 * Berri), before it (English; an Arabic participle, whose next noun is its object), or an unnamed
 * noun right before an English verb (a U.S. official said), which names nobody.
 */
function wordOrder(
  tokens: readonly PlacedToken[],
  t: number,
  mentions: readonly Mention[],
  original: string,
): 'verb-first' | 'subject-first' | 'unnamed' {
  const verb = tokens[t]!;
  const previous = tokens[t - 1];
  if (isParticiple(verb.text)) return 'subject-first';
  // الذي اعتبر، التي أكدت: a relative clause's subject is the noun before it.
  if (previous && RELATIVES.has(previous.text)) return 'subject-first';
  const gap = previous ? original.slice(previous.end, verb.start) : '';
  if (!/^[a-z]/u.test(verb.text)) {
    // الملك محمد السادس يدعو تبون: a name right before a verb with no conjunction is its subject.
    const bare = !/^[وف]/u.test(verb.text) || verbForm(verb.text) === verb.text;
    return bare && adjacentSubject(verb, mentions, tokens, original) ? 'subject-first' : 'verb-first';
  }
  if (!previous || /["”’]\s*$/u.test(gap)) return 'verb-first';
  // "…, said Berri." inverts; "Berri, an ally of Hezbollah, said Lebanon had…" does not.
  const next = tokens[t + 1];
  const named = next ? mentions[firstStartingAt(mentions, next.start)] : undefined;
  // (A verb at the very end has no next token: undefined === undefined must not count as a name.)
  if (/,\s*$/u.test(gap) && next && named?.start === next.start && /^\s*(?:[.,;]|$)/u.test(original.slice(named.end, named.end + 3)))
    return 'verb-first';
  return isUnnamedSubject(previous.text) ? 'unnamed' : 'subject-first';
}

const RELATIVES = new Set(['الذي', 'التي', 'الذين', 'اللذان', 'اللتان', 'who', 'which', 'that']);

function adjacent(verb: PlacedToken, mentions: readonly Mention[], original: string): Mention | undefined {
  const m = mentions[firstStartingAt(mentions, verb.start) - 1];
  return m && /^[ \t]*$/u.test(original.slice(m.end, verb.start)) ? m : undefined;
}

/** An actor written right before the verb (Iran-aligned Houthis said, Lebanon's Aoun says). */
function adjacentSubject(
  verb: PlacedToken,
  mentions: readonly Mention[],
  tokens: readonly PlacedToken[],
  original: string,
): Mention | undefined {
  const m = adjacent(verb, mentions, original);
  return m && canSpeak(m) && !governed(m, tokens) ? m : undefined;
}

/** Circumstantial participles (مؤكدا، داعيا، قائلا، مشيرة): their subject is the sentence's. */
function isParticiple(form: string): boolean {
  const word = form.startsWith('و') ? form.slice(1) : form;
  if (!(word.endsWith('ا') || word.endsWith('ه'))) return false;
  return (word.startsWith('م') && word.length >= 5) || (word.length === 5 && word[1] === 'ا');
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we']);

/**
 * Whether a verb with no named speaker continues the previous one. Arabic drops a pronoun subject
 * (وأضاف أن…، وتابع: …) and English says "he added"; a subject that is written but names no
 * known actor (وقال وزير المالية أحمد كجوك، وبحسب أرقام وزارة الصحة، a spokesman said) is someone
 * else. A bare title (وأضاف الوزير أن) goes on with the person who spoke before.
 */
function continuesSpeaker(
  tokens: readonly PlacedToken[],
  verbAt: number,
  tTo: number,
  mentions: readonly Mention[],
  original: string,
  lastType: string,
  lastWords: ReadonlySet<string>,
): boolean {
  const verb = tokens[verbAt]!;
  if (/^[a-z]/u.test(verb.text)) {
    const previous = tokens[verbAt - 1];
    return previous !== undefined && PRONOUNS.has(previous.text);
  }
  if (isParticiple(verb.text)) return true;
  let titles = 0;
  let names = 0;
  for (let k = verbAt + 1; k < tTo && k <= verbAt + SPEAKER_WINDOW; k++) {
    const tok = tokens[k]!;
    if (/[:"“«]/u.test(original.slice(tokens[k - 1]!.end, tok.start))) break;
    if (contentMarkers().has(tok.text) || prepositions().has(tok.text)) break;
    if (mentions[firstStartingAt(mentions, tok.start)]?.start === tok.start) return false;
    if (titles + names === 0 && /^[لب]/u.test(tok.text)) break; // وقال لوكالة، وأكد بحضور: no subject here
    if (isTitleWord(tok.text)) titles++;
    // A name the knowledge base lacks, written where the previous speaker spoke (قال المتحدث باسم
    // البنتاغون بات رايدر … وأضاف رايدر): the same person goes on.
    else if (lastWords.has(tok.text)) names++;
    else return false;
  }
  return names > 0 || titles === 0 || lastType === 'person';
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
    if (contentMarkers().has(tokens[k]!.text)) {
      limit = tokens[k]!.start;
      break;
    }
  }
  const stop = original.slice(verb.end, limit).search(/[:"“«]/u);
  if (stop >= 0) limit = verb.end + stop;
  // Mentions are in text order: those from the verb to the limit are one slice of them.
  const candidates = mentions
    .slice(firstStartingAt(mentions, verb.end), firstStartingAt(mentions, limit))
    .filter((m) => canSpeak(m) && !governed(m, tokens));
  const first = tokens[t + 1];
  if (
    first &&
    first.start < limit &&
    isUnnamedSubject(first.text) &&
    mentions[firstStartingAt(mentions, first.start)]?.start !== first.start
  ) {
    const onBehalf = tokens.slice(t + 2, end).find((x) => x.start < limit && x.text.startsWith('باسم'));
    if (!onBehalf) return undefined;
    return candidates.find((m) => m.start >= onBehalf.end && m.type !== 'person');
  }
  return candidates.find((m) => m.type === 'person') ?? candidates[0];
}

/**
 * The sentence's subject before a verb: its first speaker-like actor not after a preposition, in
 * the clause holding the verb, which starts after the last dash, bracket, colon or semicolon
 * before it. A dateline (دمشق، سوريا (CNN) --) or an aside is not the verb's subject; commas do
 * not end the clause, because Arabic news strings whole clauses with them. A feminine verb does
 * not take a person found this far back: persons carry no gender in the knowledge base, and most
 * named in news are men.
 *
 * Built once per sentence and asked for each of its verbs: a sentence may hold thousands of verbs
 * that find no speaker, and scanning the sentence and its mentions again for each is quadratic.
 */
class Subjects {
  readonly #mentions: readonly Mention[];
  /** Where a clause starts: the sentence start, and just after each dash, bracket, colon or semicolon. */
  readonly #cuts: number[];
  /** For each mention index, the first index from it on of a speaker-like, ungoverned person (or length). */
  readonly #person: Int32Array;
  /** The same for actors other than persons. */
  readonly #other: Int32Array;

  constructor(original: string, sentence: Span, mentions: readonly Mention[], tokens: readonly PlacedToken[]) {
    this.#mentions = mentions;
    this.#cuts = [sentence.start];
    for (const m of original.slice(sentence.start, sentence.end).matchAll(/--|—|–|[()[\]:;؛]/gu)) {
      this.#cuts.push(sentence.start + m.index + m[0].length);
    }
    const n = mentions.length;
    this.#person = new Int32Array(n + 1).fill(n);
    this.#other = new Int32Array(n + 1).fill(n);
    for (let i = n - 1; i >= 0; i--) {
      const m = mentions[i]!;
      const speaks = canSpeak(m) && !governed(m, tokens);
      this.#person[i] = speaks && m.type === 'person' ? i : this.#person[i + 1]!;
      this.#other[i] = speaks && m.type !== 'person' ? i : this.#other[i + 1]!;
    }
  }

  /** The subject of the verb starting at `verbStart`: a person first, unless the verb is feminine. */
  before(verbStart: number, feminine: boolean): Mention | undefined {
    // The clause starts at the last cut up to the verb (a verb starts with a letter, never inside a cut).
    const clauseStart = this.#cuts[firstAtLeast(this.#cuts, verbStart + 1) - 1]!;
    const from = firstStartingAt(this.#mentions, clauseStart);
    // Mentions never overlap: when the first candidate runs past the verb, so do all after it.
    const take = (i: number) => (i < this.#mentions.length && this.#mentions[i]!.end <= verbStart ? this.#mentions[i] : undefined);
    return (feminine ? undefined : take(this.#person[from]!)) ?? take(this.#other[from]!);
  }
}

/** What was said: after إن/أن, a colon or an opening quote, to the end of the sentence. */
function contentAfter(original: string, tokens: readonly PlacedToken[], verbAt: number, tTo: number, sentence: Span): string | null {
  let from = -1;
  for (let k = verbAt + 1; k < tTo; k++) {
    if (contentMarkers().has(tokens[k]!.text)) {
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

const CLAUSE_BREAK = new Set([...'،,؛;:'].map((c) => c.charCodeAt(0)));

/**
 * For each figure, the actors in the clause around it (between commas), or in the whole sentence
 * if none. Figures of one clause share the answer: it is found once per clause, with the clause
 * bounds and its mentions looked up by binary search rather than scanned for every figure.
 */
function clauseActors(
  original: string,
  sentence: Span,
  figIdx: readonly number[],
  figures: readonly Figure[],
  mentions: readonly Mention[],
): string[][] {
  if (figIdx.length === 0) return [];
  const breaks: number[] = [];
  for (let k = sentence.start; k < sentence.end; k++) if (CLAUSE_BREAK.has(original.charCodeAt(k))) breaks.push(k);
  let all: string[] | null = null;
  let last = { from: -1, to: -1, actors: [] as string[] };
  return figIdx.map((f) => {
    const figure = figures[f]!;
    const b = firstAtLeast(breaks, figure.start);
    const from = b > 0 ? breaks[b - 1]! + 1 : sentence.start;
    const to = figure.end >= sentence.end ? figure.end : (breaks[firstAtLeast(breaks, figure.end)] ?? sentence.end);
    if (from !== last.from || to !== last.to) {
      const near = mentions
        .slice(firstStartingAt(mentions, from), firstStartingAt(mentions, to))
        .filter((m) => m.end <= to && m.type !== 'media')
        .map((m) => m.actorId);
      all ??= unique(mentions.map((m) => m.actorId));
      last = { from, to, actors: near.length ? unique(near) : all };
    }
    return [...last.actors];
  });
}

/** وبحسب → بحسب: only the first word of a phrase can carry the conjunction. */
function stripConjunction(word: string | undefined, index: number): string | undefined {
  if (word === undefined || index > 0) return word;
  if (word === 'فحسب') return word; // "only", not ف + حسب
  return (word.startsWith('و') || word.startsWith('ف')) && word.length > 3 ? word.slice(1) : word;
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

/** Words before a verb that negate it: لم يقل، لا أنكر، لن يعلن. */
const NEGATORS = keys(['لا', 'لم', 'لن', 'ليس', 'غير', 'ولا', 'ولم', 'ولن', 'فلا', 'فلم', 'not', "didn't", 'never']);
/** Words before a cue that make it part of a name: أبو طالب، عبد القادر، ابن رشد. */
const NAME_PARTS = keys(['ابو', 'ابي', 'ابا', 'ابن', 'بن', 'عبد', 'ام', 'بنت', 'ال']);
/** The article's own voice before إن/أن: يذكر أن، يشار إلى أن (it is mentioned that). */
/** Words that make أن a conjunction of time or manner: قبل أن، بعد أن، دون أن. */
const CONJUNCTION_HEADS = keys(['قبل', 'بعد', 'دون', 'بدون', 'منذ', 'الى', 'حتى']);
const OWN_VOICE = keys(['يذكر', 'ويذكر', 'يشار', 'ويشار']);

/** Whether the cue at `t` states something: not negated, not a name, with content where its verb needs it. */
function isStatement(
  tokens: readonly PlacedToken[],
  t: number,
  tTo: number,
  original: string,
  lemma: string | undefined,
  attribution: string[] | null,
): boolean {
  const tok = tokens[t]!;
  const prev = tokens[t - 1];
  const next = tokens[t + 1];
  if (prev && !/[.،,:;؛"“”«»()]/u.test(original.slice(prev.end, tok.start))) {
    if (NEGATORS.has(prev.text) || NAME_PARTS.has(prev.text)) return false;
    // لم تثبت أو تنفي: the negation carries over أو to the second verb.
    if (prev.text === 'او' && tokens.slice(Math.max(0, t - 5), t - 1).some((x) => NEGATORS.has(x.text))) return false;
    // أن نرى، قبل أن تعلن، أن ننتظر ونرى: a verb governed by أن is what might be said or done, not a statement.
    if (prev.text === 'ان' || (tokens[t - 2]?.text === 'ان' && /^و/u.test(tok.text))) return false;
  }
  if (attribution) return !(attribution[0] === 'حسب' && (next?.text === 'الله' || next?.text === 'الاصول'));
  if (OWN_VOICE.has(tok.text) && next && contentMarkers().has(next.text)) return false;
  if (lemma && needsContent(lemma)) {
    // كرر بوش وبلير … انهما: the content may come after an aside; قبل أن is "before", not "that".
    const end = tokens[Math.min(tTo, t + 12) - 1]?.end ?? tok.end;
    const window = tokens.slice(t + 1, Math.min(tTo, t + 12));
    const marked = window.some((x, k) => contentMarkers().has(x.text) && !CONJUNCTION_HEADS.has(window[k - 1]?.text ?? ''));
    const opening = tokens[Math.min(tTo, t + 4) - 1]?.end ?? tok.end; // a quote or colon opens what was said right away
    if (!marked && !/[:"“«]/u.test(original.slice(tok.end, Math.min(end, opening)))) return false;
  }
  return true;
}

/** The source a cue names, as written: a known actor, or a name outside the base, or an unnamed source. */
interface Source {
  speaker: Mention | undefined;
  /** The subject or source as written, when one is written. */
  phrase: string | null;
  unnamed: boolean;
  /** An imperfect verb describing a noun before it (فصائل تطالب برحيل القوات): no statement. */
  descriptive: boolean;
  /** A verb with no subject before a comma: passive, said by nobody named. */
  passive?: boolean;
}

/** Nouns of a source that names nobody: مصادر مطلعة، بحسب مراقبين، بعض المحللين، دراسة. */
const UNNAMED = keys(
  'مصادر مصدر مسوول مسوولون مسوولين مسوولو مسوولي مراقبون مراقبين محللون محللين المحللون المحللين بعض العديد احد دبلوماسي دبلوماسيون الدبلوماسي دراسه الدراسه دراسات احصاءات الاحصاءات الاحصاييات تقديرات اوساط جهات شهود سكان ناشطون ناشطين خبراء خبير وسايل مصادر_مطلعه كثيرون اخرون الشواهد المصادر المصدر'.split(
    ' ',
  ),
);
/** Words that end a subject phrase: time, place and manner before the content (وقال أمس، في بيان). */
const PHRASE_STOPS = keys(
  'فقد قد فان لقد حيث كما اذ فيما بينما ثم لكن ولكن بل بها به لها له فيها فيه منها منه عنها عنه عليها عليه امس اليوم الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت مساء صباح خلال عقب بعد قبل عند اثناء ايضا كذلك مجددا سابقا امام بقوله قوله قولهم لدي اليوم الاول في من الى على عن مع حول'.split(
    ' ',
  ),
);
/** Nouns after ل or ب that address or place the statement (لوسائل إعلام، لصحيفة، ببيان): not the subject. */
const ADDRESSED = keys('وسايل صحيفه الصحيفه وكاله قناه موقع تلفزيون اذاعه الصحفيين الصحافه بيان تصريح تصريحات حضور مراسل'.split(' '));
const DOCUMENTS = keys('بيان البيان تقرير التقرير رساله الرساله'.split(' '));
const DEMONSTRATIVES = keys('ذلك ذاك هذا هذه تلك'.split(' '));
const RELATIVE_WORDS = keys('الذي التي الذين اللذان اللتان اللذين اللتين'.split(' '));
/** After a relative pronoun and its verb, a pronoun that refers back to it (التي طالب بها): the noun
 * before is the object, and the subject comes later. */
const RESUMPTIVE = keys('بها به بهم لها له لهم فيها فيه منها منه عنها عنه عليها عليه اليها اليه'.split(' '));

function keys(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map((w) => normalizeKey(w)));
}

/** The words of a subject written from token `from` on, up to what ends it. */
function phraseAt(
  tokens: readonly PlacedToken[],
  from: number,
  tTo: number,
  original: string,
  starts?: ReadonlySet<number>,
): [number, number] | null {
  let end = from;
  for (let k = from; k < tTo && k < from + 7; k++) {
    const tok = tokens[k]!;
    if (k > from && /[.،,:;؛"“”«»()\-–—\n]/u.test(original.slice(tokens[k - 1]!.end, tok.start))) break;
    if (k === from && /[.،,:;؛"“”«»()]/u.test(original.slice(tokens[k - 1]?.end ?? tok.start, tok.start))) break;
    const named = starts?.has(tok.start) ?? false; // علي لاريجاني: a name is not the preposition على
    if (!named && (contentMarkers().has(tok.text) || PHRASE_STOPS.has(tok.text) || verbLemma(tok.text) || RELATIVE_WORDS.has(tok.text)))
      break;
    if (
      /^[لب]/u.test(tok.text) &&
      (tok.text.startsWith('لل') || ADDRESSED.has(tok.text.slice(1)) || (k === from && isMasdar(tok.text.slice(1))))
    )
      break;
    end = k + 1;
  }
  return end > from ? [from, end] : null;
}

/** A verbal noun after ب or ل (بتقديم، بانسحاب، بالهجوم): what was promised or urged, not who spoke. */
function isMasdar(rest: string): boolean {
  return (rest.startsWith('ت') && rest.length >= 4) || (rest.startsWith('ا') && rest.length >= 5);
}

function isUnnamedPhrase(tokens: readonly PlacedToken[], from: number): boolean {
  const word = tokens[from]!.text;
  return [word, word.replace(/^[وف](?=.{3})/u, '')].some((w) => UNNAMED.has(w) || isUnnamedSubject(w));
}

/**
 * The source a cue names: for a verb, its subject after it (or, in a relative clause, the noun
 * before الذي); for نقل عن and نسب إلى, the source after the particle (the relaying outlet is the
 * speaker only when it names no one); for بحسب، وفقا لـ، according to, the source after them. A
 * single definite word that starts the name of an actor named earlier (المرصد، الائتلاف) is that actor.
 */
function sourceOf(
  tokens: readonly PlacedToken[],
  t: number,
  tTo: number,
  original: string,
  lemma: string | null,
  attribution: string[] | null,
  inSentence: readonly Mention[],
  all: readonly Mention[],
  sentenceStart: number,
): Source {
  const none: Source = { speaker: undefined, phrase: null, unnamed: false, descriptive: false };
  if (/^[a-z]/u.test(tokens[t]!.text)) return none; // English keeps its own rules
  let from = t + (attribution ? attribution.length : 1);
  const starts = new Set(inSentence.map((m) => m.start));
  if (DEMONSTRATIVES.has(tokens[from]?.text ?? '')) from++; // نقل ذلك مصدر: the object comes first
  // وفق ما نقل موقع …، حسب ما ذكرت: the verb after ما belongs to the attribution.
  if (attribution && tokens[from - 1]?.text === 'ما' && tokens[from] && verbLemma(tokens[from]!.text)) from++;
  if (lemma && isRelay(lemma)) {
    // نقلت وكالة … عن مسؤول قوله إن: the words are the source's after عن; نقل ذلك مصدر عن فلان، وقال
    // إن الأخير …: without قوله, the subject who relays is the source.
    const window = tokens.slice(t + 1, Math.min(tTo, t + 16));
    const particle = window.findIndex((x) => x.text === 'عن' || x.text === 'الي');
    if (particle >= 0 && window.slice(particle).some((x) => /^قول(?:ه|ها|هم|هما)$/u.test(x.text))) from = t + 2 + particle;
  }
  const prev = tokens[t - 1];
  if (lemma && prev && RELATIVE_WORDS.has(prev.text) && RESUMPTIVE.has(tokens[t + 1]?.text ?? '')) return { ...none, descriptive: true };
  if (lemma && prev && RELATIVE_WORDS.has(prev.text)) {
    // السنيورة الذي شدد: the subject is the noun before the relative pronoun.
    let a = t - 1;
    while (a > 0 && t - 1 - a < 4 && !/[.،,:;؛"“”«»()]/u.test(original.slice(tokens[a - 1]!.end, tokens[a]!.start))) {
      const w = tokens[a - 1]!.text;
      if (prepositions().has(w) || PHRASE_STOPS.has(w) || verbLemma(w)) break;
      a--;
    }
    if (a === t - 1) return none;
    return named(tokens, a, t - 1, original, inSentence, all, sentenceStart);
  }
  // وكان الشرع قد وصف: the subject stands between كان and قد.
  if (lemma && prev?.text === 'قد') {
    const was = tokens.slice(Math.max(0, t - 6), t - 1).findLastIndex((x) => /^[وف]?كان(?:ت)?$/u.test(x.text));
    if (was >= 0) {
      const a = Math.max(0, t - 6) + was + 1;
      if (a < t - 1) return named(tokens, a, t - 1, original, inSentence, all, sentenceStart);
    }
  }
  // وأفاد بيان صادر عن الرئاسة: the statement's author is the source.
  if (DOCUMENTS.has(tokens[from]?.text ?? '')) {
    const by = tokens.slice(from + 1, Math.min(tTo, from + 4)).findIndex((x) => x.text === 'عن');
    if (by >= 0) from = from + 2 + by;
  }
  const span = tokens[from] ? phraseAt(tokens, from, tTo, original, starts) : null;
  const verbTok = tokens[t]!;
  if (
    !span &&
    lemma &&
    !attribution &&
    verbForm(verbTok.text) === verbTok.text &&
    /^\s*[،,]/u.test(original.slice(verbTok.end, verbTok.end + 3))
  ) {
    // حيث اتهم، بالبحث عن …: a verb alone before a comma is passive (he was accused): nobody named says it.
    return { ...none, unnamed: true, phrase: null, speaker: undefined, descriptive: false, passive: true };
  }
  // فصائل، بينها كتائب حزب الله، تطالب برحيل القوات; أصوات تحذر من: an imperfect verb after a noun,
  // with no conjunction and no subject of its own, describes that noun; it reports no statement.
  const form = verbForm(verbTok.text);
  const imperfect = lemma !== null && form === verbTok.text && /^[يت]/u.test(form) && !attribution;
  if (imperfect && prev && original.slice(prev.end, verbTok.start).trim() !== '.') {
    const adjacent = inSentence.some((m) => m.end === prev.end) && /^\s+$/u.test(original.slice(prev.end, verbTok.start));
    const next = tokens[t + 1];
    const says = next !== undefined && contentMarkers().has(next.text); // خبراء يرون أن: a statement
    const objectFirst = !says && (!span || /^[بل]/u.test(tokens[from]!.text) || /[،,]/u.test(original.slice(prev.end, verbTok.start)));
    if (!adjacent && objectFirst && !/^(?:هو|هي|هم|انه|انها)$/u.test(prev.text)) return { ...none, descriptive: true };
  }
  if (!span) return none;
  return named(tokens, span[0], span[1], original, inSentence, all, sentenceStart);
}

function named(
  tokens: readonly PlacedToken[],
  a: number,
  b: number,
  original: string,
  inSentence: readonly Mention[],
  all: readonly Mention[],
  sentenceStart: number,
): Source {
  const start = tokens[a]!.start;
  const end = tokens[b - 1]!.end;
  const phrase = original.slice(start, end);
  const inside = inSentence.filter((m) => m.start >= start && m.end <= end && canSpeak(m));
  if (isUnnamedPhrase(tokens, a)) {
    // مراسل الجزيرة، متحدث باسم الوزارة: an unnamed person speaking for a named outlet or body.
    const body = inside.find((m) => m.type !== 'person');
    const speaksFor = body && (body.type === 'media' || /باسم|عن/u.test(original.slice(start, body.start)));
    return speaksFor
      ? { speaker: body, phrase, unnamed: false, descriptive: false }
      : { speaker: undefined, phrase, unnamed: true, descriptive: false };
  }
  let speaker = inside.find((m) => m.type === 'person') ?? inside[0];
  if (!speaker && b - a === 1 && tokens[a]!.text.startsWith('ال')) {
    const word = tokens[a]!.text;
    const earlier = all.slice(0, firstStartingAt(all, sentenceStart));
    for (let k = earlier.length - 1; k >= 0; k--) {
      const m = earlier[k]!;
      if (canSpeak(m) && m.text.split(/\s+/u)[0] === original.slice(start, end)) {
        speaker = m;
        break;
      }
      if (canSpeak(m) && normalizeWord(m.text.split(/\s+/u)[0]!) === word) {
        speaker = m;
        break;
      }
    }
  }
  return { speaker, phrase, unnamed: false, descriptive: false };
}

/** The normalised form of a written word, to compare with tokens (ة→ه, أ→ا …). */
function normalizeWord(word: string): string {
  return normalizeKey(word);
}
