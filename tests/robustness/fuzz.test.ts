import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AnalyzeOptions, analyzeText } from '@/lib/analysis/analyze';
import { findFigures } from '@/lib/analysis/figures';
import { numberWords } from '@/lib/analysis/number-lexicon';
import { splitSentences } from '@/lib/analysis/sentences';
import type { ArticleAnalysis, Span } from '@/lib/analysis/types';
import { ARABIC as UNIT_FORMS } from '@/lib/analysis/unit-lexicon';
import { reportingVerbs } from '@/lib/analysis/verbs';
import { BUNDLED_ACTORS } from '@/lib/kb/bundled';
import type { MatcherData } from '@/lib/kb/compile';
import { type Normalized, normalize, toOriginal } from '@/lib/text/normalize';
import { tokenize } from '@/lib/text/tokenize';
import { BUNDLED, testKb } from '../helpers/kb';

/*
 * Fuzzing the text pipeline with adversarial Unicode. Every stage must accept any string: no
 * exception, every offset inside the text and consistent with the text it reports, mentions and
 * figures in order and apart, normalisation maps monotone. Big inputs run once each; they only
 * have to finish within the test's timeout (a quadratic step does not, at 1 MB).
 */

// ---------------------------------------------------------------------------------------------
// Invariants

const WHITE = /\s/u;

function checkNormalized(original: string, n: Normalized): void {
  const len = n.text.length;
  expect(n.starts.length).toBe(len);
  expect(n.ends.length).toBe(len);
  for (let i = 0; i < len; i++) {
    const s = n.starts[i]!;
    const e = n.ends[i]!;
    if (!(s < e && e <= original.length)) throw new Error(`normalised unit ${i} maps to [${s}, ${e}) of ${original.length}`);
    if (i > 0 && (s < n.starts[i - 1]! || e < n.ends[i - 1]!)) throw new Error(`offset map not monotone at ${i}`);
  }
}

function checkTokens(text: string, tokens: ReturnType<typeof tokenize>): void {
  let last = 0;
  for (const t of tokens) {
    if (!(t.start >= last && t.start < t.end && t.end <= text.length)) throw new Error(`token [${t.start}, ${t.end}) after ${last}`);
    if (text.slice(t.start, t.end) !== t.text) throw new Error(`token text at ${t.start} differs from the text`);
    if (t.kind !== 1 && t.kind !== 2) throw new Error(`token kind ${t.kind}`);
    last = t.end;
  }
}

/** Spans inside the text, start <= end, and `text` (when given) the slice they cover. */
function checkSpans(label: string, text: string, spans: readonly (Span & { text?: string })[], ordered: boolean): void {
  let last = 0;
  spans.forEach((s, i) => {
    const where = `${label} ${i} [${s.start}, ${s.end})`;
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end))) throw new Error(`${where}: offsets are not integers`);
    if (!(s.start >= 0 && s.start <= s.end && s.end <= text.length)) throw new Error(`${where}: outside [0, ${text.length}]`);
    if (s.text !== undefined && text.slice(s.start, s.end) !== s.text) throw new Error(`${where}: text differs from its slice`);
    if (ordered) {
      if (s.start < last) throw new Error(`${where}: overlaps or precedes the one before (ends at ${last})`);
      last = s.end;
    }
  });
}

function checkAnalysis(text: string, a: ArticleAnalysis): void {
  expect(a.text).toBe(text);
  checkSpans('mention', text, a.mentions, true);
  for (const m of a.mentions) {
    if (m.start === m.end) throw new Error(`empty mention at ${m.start}`);
    if (m.prefix !== undefined && text.slice(m.start - m.prefix.length, m.start) !== m.prefix) {
      throw new Error(`mention at ${m.start}: prefix is not the text before it`);
    }
  }
  checkSpans('figure', text, a.figures, true);
  for (const f of a.figures) {
    if (f.start === f.end) throw new Error(`empty figure at ${f.start}`);
    if (typeof f.value !== 'number' || Number.isNaN(f.value)) throw new Error(`figure at ${f.start} has value ${f.value}`);
  }
  checkSpans('sentence', text, a.sentences, true);
  for (const s of a.sentences) {
    if (s.start === s.end) throw new Error(`empty sentence at ${s.start}`);
    if (WHITE.test(text[s.start]!) || WHITE.test(text[s.end - 1]!)) throw new Error(`sentence [${s.start}, ${s.end}) is not trimmed`);
  }
  checkSpans('claim', text, a.claims, true);
  const actorIds = new Set(a.mentions.map((m) => m.actorId));
  const speakers = new Set(a.mentions.flatMap((m) => (m.speaksFor ? [m.speaksFor] : [])));
  const sentenceAt = new Map(a.sentences.map((s) => [s.start, s.end]));
  for (const c of a.claims) {
    if (sentenceAt.get(c.start) !== c.end) throw new Error(`claim [${c.start}, ${c.end}) is not a sentence`);
    if (c.verb !== null && !c.text.includes(c.verb)) throw new Error(`claim at ${c.start}: verb not in its text`);
    if (c.content !== null && !c.text.includes(c.content)) throw new Error(`claim at ${c.start}: content not in its text`);
    // A capital speaks for its state (قالت بغداد): the state need not be named itself.
    if (c.speakerId !== null && !actorIds.has(c.speakerId) && !speakers.has(c.speakerId)) {
      throw new Error(`claim at ${c.start}: speaker ${c.speakerId} never mentioned`);
    }
    for (const id of c.actorIds) if (!actorIds.has(id)) throw new Error(`claim at ${c.start}: actor ${id} never mentioned`);
    expect(c.figureActors.length).toBe(c.figures.length);
    for (const f of c.figures) {
      const fig = a.figures[f];
      if (!fig || fig.start < c.start || fig.start >= c.end) throw new Error(`claim at ${c.start}: figure ${f} is not in it`);
    }
  }
}

/**
 * Every stage on its own, then the whole analysis, each checked. Big inputs skip the separate
 * figure and sentence passes: the analysis runs and checks them anyway.
 */
function fuzzAll(text: string, data: MatcherData, options: AnalyzeOptions = {}, stages = true): ArticleAnalysis {
  const n = normalize(text);
  checkNormalized(text, n);
  const tokens = tokenize(n.text);
  checkTokens(n.text, tokens);
  if (stages) {
    checkSpans('figure', text, findFigures(text, n, tokens), true);
    checkSpans('sentence', text, splitSentences(text), true);
  }
  const a = analyzeText(text, data, options);
  checkAnalysis(text, a);
  return a;
}

// ---------------------------------------------------------------------------------------------
// A small knowledge base with the shapes that stress the matcher.

const SMALL_ACTORS: Parameters<typeof testKb>[0] = [
  { id: 'ab', names: { ar: 'اب', en: 'Ab' }, aliases: { ar: ['جد'] }, ambiguous: ['جد'] },
  { id: 'abu-ali', names: { ar: 'أبو علي', en: 'Abu Ali' }, aliases: { ar: ['علي'], en: ['A.'] }, ambiguous: ['علي', 'A.'] },
  { id: 'g20', type: 'international_body', names: { ar: 'مجموعة العشرين', en: 'G20' }, aliases: { en: ['G-20', 'G 20'] } },
  { id: 'us', type: 'state', names: { ar: 'الولايات المتحدة', en: 'United States' }, aliases: { en: ['U.S.', 'US'] } },
  { id: 'latakia', type: 'place', names: { ar: 'اللاذقية', en: 'Latakia' }, aliases: { ar: ['لاذقية'] } },
  { id: 'wow', type: 'organisation', names: { ar: 'ولو', en: 'Wow' }, aliases: { ar: ['وو', 'بب', 'كك'] } },
  { id: 'vowelled', names: { ar: 'مُصْطَفَى الكـــاظمي', en: 'Erdoğan ÇAVUŞOĞLU' }, aliases: { ar: ['اسماعیل قاآنی'] } },
  { id: 'numbers', type: 'organisation', names: { ar: 'ثلاثة آلاف', en: 'Five Thousand' }, aliases: { ar: ['الف', '5000'] } },
  { id: 'hyphen', type: 'party', names: { ar: 'حزب-الله', en: 'Hez-bollah' }, aliases: { ar: ['ا ب ت ث ج ح خ'] } },
  { id: 'emoji', type: 'media', names: { ar: 'قناة 🇮🇶', en: 'Channel 📺' } },
  // ﷺ is one character that normalises to four words: names inside it share its one offset.
  { id: 'salla', names: { ar: 'صلى', en: 'Salla' } },
  { id: 'alayhi', type: 'organisation', names: { ar: 'عليه وسلم', en: 'Alayhi' } },
  {
    id: 'long',
    names: { ar: 'ا'.repeat(50), en: 'a'.repeat(50) },
    aliases: { ar: ['ا ا ا ا ا ا ا ا ا ا'] },
    ambiguous: ['ا ا ا ا ا ا ا ا ا ا'],
  },
];
const SMALL = testKb(SMALL_ACTORS);

// ---------------------------------------------------------------------------------------------
// Material

const chars = (s: string) => [...s];
const ARABIC_LETTERS = chars('ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإئؤةىٱ');
const PERSIAN_URDU = chars('پچژگکیۀہھےۓڈڑںۃٹی');
const NEWS_WORDS = [
  'في من على إلى أن إن عن مع بين قبل بعد حول هذا التي الذي وزير رئيس الحكومة الوزراء قوات جيش مقتل',
  'الأمم المتحدة واشنطن لبنان للكاظمي والعراق بالعراق العراقي الولايات ترامب بحسب وفقا نقلا المتحدث باسم',
  'الـ بـ34 الساعة عام 2020 ٢٠٢٠ م هـ الماضي يومين عامين السنوات الثلاث',
]
  .join(' ')
  .split(' ');
const VERBS = [...reportingVerbs().keys()];
const NUMBERS = [...numberWords().keys()];
const UNITS = UNIT_FORMS.flatMap(([, sg, pl, du]) => [sg, pl, du ?? ''].flatMap((f) => f.split(' ')).filter(Boolean)).map((f) =>
  f.replace(/_/g, ' '),
);
const ALIASES = [...BUNDLED_ACTORS, ...SMALL_ACTORS].flatMap((a) => [
  a.names.ar,
  a.names.en,
  ...(a.aliases?.ar ?? []),
  ...(a.aliases?.en ?? []),
]);

const MARKS = [
  [0x0610, 0x061a],
  [0x064b, 0x065f], // harakat, with the composing madda and hamzas U+0653–U+0655
  [0x0670, 0x0670],
  [0x06d6, 0x06ed],
  [0x0300, 0x036f],
  [0x0591, 0x05c7],
  [0x0e31, 0x0e3a],
  [0x093c, 0x094d],
  [0x20d0, 0x20f0],
  [0xfe00, 0xfe0f],
  [0xfe20, 0xfe2f],
  [0x1d165, 0x1d169], // astral marks: a surrogate pair the mark scanner does not know
  [0xe0100, 0xe01ef],
] as const;

const cp = (min: number, max: number) => fc.integer({ min, max }).map((c) => String.fromCodePoint(c));
/** One UTF-16 unit, surrogate halves included. */
const unit16 = (min: number, max: number) => fc.integer({ min, max }).map((c) => String.fromCharCode(c));
const oneOf = (list: readonly string[]) => fc.constantFrom(...list);

const mark = fc.oneof(...MARKS.map(([a, b]) => cp(a, b)));
const base = fc.oneof(
  oneOf(ARABIC_LETTERS),
  oneOf(PERSIAN_URDU),
  cp(0x0600, 0x06ff),
  cp(0x0750, 0x077f),
  cp(0x08a0, 0x08ff),
  cp(0xfb50, 0xfdff), // presentation forms, ligatures: ﷺ becomes 18 units
  cp(0xfe70, 0xfefc),
  cp(0x05d0, 0x05ea),
  cp(0x41, 0x7a),
  cp(0xa0, 0x24f),
  oneOf(chars('İıßẞﬁﬀŉǰΐﬓ')), // lower-casing or NFKC makes several units of one
  cp(0x4e00, 0x9fff),
  cp(0x3300, 0x33ff), // squared words: NFKC expands
  cp(0x2460, 0x24ff), // circled and parenthesised digits and letters
  cp(0xac00, 0xd7a3),
);
const stacked = fc.tuple(base, fc.array(mark, { minLength: 1, maxLength: 60 })).map(([b, ms]) => b + ms.join(''));
const emoji = fc.oneof(cp(0x1f300, 0x1faff), oneOf(['👨\u200d👩\u200d👧\u200d👦', '🏳️\u200d🌈', '👍🏽', '🇮🇶', '🇵🇸', '#️⃣', '🧑🏿\u200d🚀']));
const surrogate = fc.oneof(
  unit16(0xd800, 0xdbff),
  unit16(0xdc00, 0xdfff),
  fc.tuple(unit16(0xd800, 0xdbff), unit16(0xdc00, 0xdfff)).map(([h, l]) => h + l),
  fc.tuple(unit16(0xdc00, 0xdfff), unit16(0xd800, 0xdbff)).map(([l, h]) => l + h), // reversed pair
);
const control = oneOf(
  chars('\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u200c\u200d\u200b\u2060\ufeff\u00ad'),
);
const tatweel = fc.integer({ min: 1, max: 40 }).map((n) => 'ـ'.repeat(n));
const digitChar = fc.oneof(cp(0x30, 0x39), cp(0x0660, 0x0669), cp(0x06f0, 0x06f9));
const separator = oneOf(chars(",.٬٫٪%/:-–+# \u00a0\u2009\u202f'’$€£"));
const number = fc
  .array(fc.oneof({ weight: 4, arbitrary: digitChar }, { weight: 1, arbitrary: separator }), { minLength: 1, maxLength: 14 })
  .map((a) => a.join(''));
const punctuation = oneOf(chars('"“”«»„‟‹›\'‘’()[]{}﴾﴿<>.!?؟…。:;؛،,-—–/\\*'));
const space = oneOf(chars(' \u00a0\t\n\r\u2028\u2029\u0085\u3000\u2009\u202f'));
/** Single characters that normalise to several words or numbers. */
const EXPANDING = chars('ﷺﷻﷲ¼½¾⅓⑴⑽⒜⒇㏂㍱㋿ﬃ');
const word = fc.oneof(oneOf(NEWS_WORDS), oneOf(VERBS), oneOf(NUMBERS), oneOf(UNITS), oneOf(ALIASES), oneOf(EXPANDING));

/** Mixed scripts and every kind of trouble, word-ish units between separators. */
const adversarial = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: word },
      { weight: 3, arbitrary: space },
      { weight: 3, arbitrary: base },
      { weight: 2, arbitrary: number },
      { weight: 2, arbitrary: punctuation },
      { weight: 1, arbitrary: stacked },
      { weight: 1, arbitrary: emoji },
      { weight: 1, arbitrary: surrogate },
      { weight: 1, arbitrary: control },
      { weight: 1, arbitrary: tatweel },
      { weight: 1, arbitrary: unit16(0, 0xffff) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
    ),
    { maxLength: 120 },
  )
  .map((parts) => parts.join(''));

/** Knowledge-base names glued together, with and without the clitics and joiners between them. */
const glued = fc
  .array(fc.tuple(oneOf(ALIASES), oneOf(['', '', ' ', 'و', 'ل', 'لل', 'ب', 'وب', '-', '.', '،', ' و', '\u200c', 'ـ', '\n'])), {
    minLength: 1,
    maxLength: 40,
  })
  .map((parts) => parts.map(([a, sep]) => sep + a).join(''));

/** Number words, units and digits, as figures are written and as they are not. */
const numeric = fc
  .array(fc.oneof(oneOf(NUMBERS), oneOf(UNITS), number, oneOf(['و', 'من', 'ال', 'الـ', ' ', ' ', ' ', '،', '.'])), { maxLength: 40 })
  .map((parts) => parts.join(' '));

/** Quotes, brackets and sentence ends, unbalanced, around news words. */
const quoted = fc
  .array(fc.oneof(word, punctuation, space, oneOf(['\n', '. ', '؟ ', '…', '"', '«', '“'])), { maxLength: 80 })
  .map((parts) => parts.join(''));

/** The reader's own actors: one extends a bundled actor, one overlaps bundled names. */
const EXTRA = testKb([
  { id: 'iraq', type: 'state', names: { ar: 'بلاد الرافدين', en: 'Mesopotamia' }, aliases: { ar: ['العراق العظيم'] } },
  { id: 'reader-un', type: 'organisation', names: { ar: 'الأمم', en: 'Nations' }, aliases: { ar: ['المتحدة الأمم'] } },
]);

const KBS: [string, MatcherData, AnalyzeOptions][] = [
  ['the bundled base', BUNDLED, {}],
  ['the bundled base, dated (role mentions)', BUNDLED, { publishedAt: '2021-06-01' }],
  ['the bundled base with reader actors', BUNDLED, { publishedAt: '2020-08-24', extra: EXTRA }],
  ['a small base', SMALL, {}],
];

/** Runs per property; FUZZ_RUNS=5000 for a longer hunt. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

// ---------------------------------------------------------------------------------------------
// Properties over random input

describe('normalize and tokenize on arbitrary input (property)', () => {
  const anything = fc.oneof(
    adversarial,
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.array(unit16(0, 0xffff), { maxLength: 200 }).map((a) => a.join('')),
  );

  it('maps every normalised unit back inside the text, monotonically, and tokens cover their text', () => {
    fc.assert(
      fc.property(anything, (text) => {
        const n = normalize(text);
        checkNormalized(text, n);
        checkTokens(n.text, tokenize(n.text));
      }),
      { numRuns: 1000 },
    );
  });

  it('toOriginal maps any normalised span, empty or not, to an ordered span inside the text', () => {
    fc.assert(
      fc.property(anything, fc.nat(), fc.nat(), (text, a, b) => {
        const n = normalize(text);
        const len = n.text.length;
        const from = len ? a % (len + 1) : 0;
        const to = len ? from + (b % (len - from + 1)) : 0;
        const [s, e] = toOriginal(n, from, to);
        if (!(s >= 0 && s <= e && e <= text.length)) throw new Error(`[${from}, ${to}) maps to [${s}, ${e}) of ${text.length}`);
      }),
      { numRuns: 500 },
    );
  });

  it('stacks of dozens of combining marks stay with their base', () => {
    fc.assert(
      fc.property(fc.array(stacked, { minLength: 1, maxLength: 8 }), (clusters) => {
        const text = clusters.join(' ');
        const n = normalize(text);
        checkNormalized(text, n);
        checkTokens(n.text, tokenize(n.text));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the whole analysis on arbitrary input (property)', () => {
  const inputs: [string, fc.Arbitrary<string>][] = [
    ['mixed scripts, marks, surrogates, controls', adversarial],
    ['knowledge-base names glued together', glued],
    ['number words, units and digits', numeric],
    ['unbalanced quotes, brackets and sentence ends', quoted],
  ];
  for (const [label, arb] of inputs) {
    for (const [kbLabel, data, options] of KBS) {
      it(`${label}, with ${kbLabel}`, () => {
        fc.assert(
          fc.property(arb, (text) => {
            fuzzAll(text, data, options);
          }),
          { numRuns: RUNS },
        );
      });
    }
  }

  it('any prefix or suffix of a valid text, cut anywhere (even inside a surrogate pair or a cluster)', () => {
    fc.assert(
      fc.property(fc.oneof(glued, numeric, adversarial), fc.nat(), (text, at) => {
        const cut = text.length ? at % (text.length + 1) : 0;
        fuzzAll(text.slice(0, cut), BUNDLED, { publishedAt: '2021-06-01' });
        fuzzAll(text.slice(cut), BUNDLED, { publishedAt: '2021-06-01' });
      }),
      { numRuns: RUNS },
    );
  });
});

describe('inputs that once broke an invariant', () => {
  it.each([
    ['a vulgar fraction is one character holding two numbers', '¼ و½ جندي'],
    ['digits of another script are digits to the tokenizer but not to Number()', '০ و ৫০০০ جندي و ൦'],
    ['a count too big for a double', `${'9'.repeat(400)} جندي و السنوات الـ${'9'.repeat(400)} و${'9,999'.repeat(100)} مليار دولار`],
    ['a ligature of four words holding two names', 'قال ﷺ إن ﷺﷺ'],
  ])('%s', (_label, text) => {
    for (const [, data, options] of KBS) fuzzAll(text, data, options);
    const a = analyzeText(text, BUNDLED);
    for (const f of a.figures) expect(Number.isFinite(f.value)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Big inputs, once each: they must finish (a quadratic step does not, at this size).

const MB = 1 << 20;
/** Enough for a quadratic step to take minutes, small enough to keep the suite quick. */
const QUARTER = MB / 4;
const BIG_TIMEOUT = 60_000;

/** A deterministic stream of choices (no seed from the clock: a failure must reproduce). */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function fill(size: number, next: (i: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const p = next(i);
    parts.push(p);
    length += p.length;
  }
  return parts.join('');
}

function from(list: readonly string[], seed: number): () => string {
  const r = prng(seed);
  return () => list[Math.floor(r() * list.length)]!;
}

describe('big inputs', () => {
  const big = (label: string, make: () => string, data: MatcherData = BUNDLED, options: AnalyzeOptions = { publishedAt: '2021-06-01' }) =>
    it(
      label,
      () => {
        const text = make();
        fuzzAll(text, data, options, false);
      },
      BIG_TIMEOUT,
    );

  big('100,000 × ا', () => 'ا'.repeat(100_000));
  big('100,000 × ل and 100,000 × و (proclitics all the way)', () => `${'ل'.repeat(100_000)} ${'و'.repeat(100_000)}`);
  big('one base with 100,000 combining marks, composing ones among them', () => {
    const r = prng(1);
    const ms = [0x064e, 0x0654, 0x0301, 0x0653, 0x05b4, 0x0e31, 0x20d7];
    return `ا${fill(100_000, () => String.fromCharCode(ms[Math.floor(r() * ms.length)]!))} e${'\u0301'.repeat(50_000)}`;
  });
  big('200,000 tatweels, bidi controls and joiners (all dropped)', () => fill(200_000, from(chars('ـ\u200c\u200d\u202e\u2067\u200f'), 2)));
  big('1 MB without a space: random Arabic letters', () => fill(MB, from(ARABIC_LETTERS, 3)));
  big('1 MB of knowledge-base names glued together', () => fill(MB, from(ALIASES, 4)));
  big('256 KB of knowledge-base names with clitics and spaces', () => {
    const sep = from(['و', 'ل', 'لل', 'ب', ' ', ' و', '، '], 5);
    const name = from(ALIASES, 6);
    return fill(QUARTER, () => `${sep()}${name()} `);
  });
  big('1 MB of short Arabic words (one sentence: verbs, names, numbers, units)', () => {
    const words = from([...NEWS_WORDS, ...VERBS.slice(0, 60), 'العراق', 'بغداد', 'ترامب', '5000', 'جندي', 'دولار', 'ثلاثة', 'آلاف'], 7);
    return fill(MB, () => `${words()} `);
  });
  big('256 KB of short Arabic words with sentence ends', () => {
    const words = from([...NEWS_WORDS, ...VERBS.slice(0, 60), 'العراق', '، ', '. ', '؟ ', '\n', '«', '»'], 8);
    return fill(QUARTER, () => `${words()} `);
  });
  big('256 KB of number words and units', () => {
    const w = from([...NUMBERS, ...UNITS, 'و', 'من'], 9);
    return fill(QUARTER, () => `${w()} `);
  });
  big('256 KB of digits in three scripts with separators in odd places', () => {
    const r = prng(10);
    const digits = ['0123456789', '٠١٢٣٤٥٦٧٨٩', '۰۱۲۳۴۵۶۷۸۹'];
    const seps = [',', '.', '٬', '٫', '\u00a0', ' ', '/', ':', '-', '%', '٪', ''];
    return fill(QUARTER, () => digits[Math.floor(r() * 3)]![Math.floor(r() * 10)]! + seps[Math.floor(r() * seps.length)]!);
  });
  big('256 KB of one chain of digit groups (1,2,3,…)', () => fill(QUARTER, (i) => `${i % 10},`));
  big('256 KB of one chain of Arabic digit groups (١٫٢٫٣…)', () => fill(QUARTER, (i) => `${'٠١٢٣٤٥٦٧٨٩'[i % 10]}٫`));
  big('256 KB of reporting verbs with no one to say them', () => fill(QUARTER, () => 'قال '));
  big('256 KB of reporting verbs next to places and capitals', () => fill(QUARTER, (i) => (i % 2 ? 'قالت بغداد ' : 'وقال "لا" ')));
  big('256 KB of figures and actors in one clause', () => fill(QUARTER, (i) => `العراق ${(i % 9) + 1}000 جندي `));
  big('256 KB of titles of a state (role mentions)', () => fill(QUARTER, () => 'رئيس العراق '));
  big('256 KB of an ambiguous alias beside the full name (coreference)', () => fill(QUARTER, (i) => (i % 2 ? 'سلامة ' : 'غسان سلامة ')));
  // Every full name is evidence for the bare alias before them all: once spread into Math.min.
  big('1 MB of an ambiguous alias before every full name', () => `جد ${'اب '.repeat(MB / 3)}`, SMALL, {});
  big('256 KB of unbalanced quotes and brackets', () =>
    fill(QUARTER, from(['“', '«', '"', '(', '[', '﴾', 'قال', ' ', 'العراق', '.', '»'], 11)),
  );
  big('256 KB of emoji, lone surrogates and astral letters', () => {
    const r = prng(12);
    return fill(QUARTER, () => String.fromCharCode(0xd800 + Math.floor(r() * 0x800)) + (r() < 0.3 ? ' ' : ''));
  });
  big('256 KB of line breaks and full stops', () => fill(QUARTER, from(['\n', '.', '\r\n', '. ', '…', '؟'], 13)));
});
