import { describe, expect, it } from 'vitest';
import { type GoldUnit, metrics, type PredictedClaim, type PredictedFigure, sameName, scoreDocument } from '../../scripts/lib/claims-score';
import { readGold, resolveDocument } from '../../scripts/lib/gold';
import { detokenize, fingerprint, goldUnits, sharedPresent } from '../../scripts/lib/gold-text';

// Test text written for these tests (not from a corpus): two sentences, offsets computed below.
const text = 'وقال المرصد إن 30 مدنيا قتلوا خلال ثلاثة أيام. وأفادت مصادر مطلعة بمقتل 5 جنود.';
const at = (s: string, from = 0) => {
  const i = text.indexOf(s, from);
  return { start: i, end: i + s.length };
};
const [s1, s2] = goldUnits(text);

function gold(): GoldUnit[] {
  return [
    {
      ...s1!,
      skip: false,
      figures: [
        { ...at('30 مدنيا'), value: 30, unit: 'civilian', kind: 'count' },
        { ...at('ثلاثة أيام'), value: 3, unit: 'day', kind: 'duration' },
      ],
      speakers: [{ kind: 'id', id: 'syrian-observatory-for-human-rights' }],
      ignore: [],
    },
    {
      ...s2!,
      skip: false,
      figures: [{ ...at('5 جنود'), value: 5, unit: 'soldier', kind: 'count' }],
      speakers: [{ kind: 'unnamed' }],
      ignore: [],
    },
  ];
}

const fig = (s: string, value: number, unit: string): PredictedFigure => ({ ...at(s), value, unit, text: s });
const claim = (u: { start: number; end: number }, speakerId: string | null, extra: Partial<PredictedClaim> = {}): PredictedClaim => ({
  start: u.start,
  end: u.end,
  speakerId,
  ...extra,
});

describe('scoreDocument', () => {
  it('counts a perfect analysis as perfect, and a duration left unhighlighted as no error', () => {
    const { counts, errors } = scoreDocument(
      text,
      gold(),
      [fig('30 مدنيا', 30, 'civilian'), fig('5 جنود', 5, 'soldier')],
      [claim(s1!, 'syrian-observatory-for-human-rights'), claim(s2!, null, { unnamedSource: true, speakerName: 'مصادر مطلعة' })],
    );
    expect(errors).toEqual([]);
    const m = metrics(counts);
    expect([m.figuresPrecision, m.figuresRecall, m.unitAgreement, m.claimsPrecision, m.claimsRecall, m.knownSpeakerAccuracy]).toEqual([
      1, 1, 1, 1, 1, 1,
    ]);
    expect(counts.unnamedKept).toBe(1);
  });

  it('lists a highlighted duration, a wrong value, a wrong unit and a missed figure', () => {
    const { counts, errors } = scoreDocument(
      text,
      gold(),
      [fig('30 مدنيا', 30, 'person'), fig('ثلاثة أيام', 3, 'day'), fig('5', 50, '')],
      [],
    );
    expect(errors.map((e) => e.kind).sort()).toEqual(
      ['claim-fn', 'claim-fn', 'figure-fn', 'figure-fp', 'figure-unit', 'figure-value'].sort(),
    );
    expect(counts).toMatchObject({ figTp: 1, figFp: 2, figFn: 1, unitAgree: 0 });
  });

  it('counts an unnamed source credited to a named actor, and a wrong known speaker', () => {
    const { counts, errors } = scoreDocument(text, gold(), [], [claim(s1!, 'hezbollah'), claim(s2!, 'syria')]);
    expect(counts).toMatchObject({ claimTp: 2, knownSpeakers: 1, knownRight: 0, unnamedSources: 1, unnamedCredited: 1 });
    expect(errors.filter((e) => e.kind === 'unnamed-credited')).toHaveLength(1);
    expect(errors.filter((e) => e.kind === 'speaker-wrong')).toHaveLength(1);
  });

  it('takes a speaker outside the base as named when the name as written holds the gold name', () => {
    const units = gold();
    units[0]!.speakers = [{ kind: 'out', text: 'غوستاف فوشيه' }];
    const right = scoreDocument(text, units, [], [claim(s1!, null, { speakerName: 'فوشيه' })]);
    expect(right.counts).toMatchObject({ outsideSpeakers: 1, outsideNamed: 1 });
    const credited = scoreDocument(text, units, [], [claim(s1!, 'donald-trump')]);
    expect(credited.errors.map((e) => e.kind)).toContain('outside-credited');
  });

  it('scores nothing in a skipped unit or an ignored span', () => {
    const units = gold();
    units[0]!.skip = true;
    units[1]!.ignore = [at('بمقتل')];
    const { counts } = scoreDocument(text, units, [fig('30 مدنيا', 30, 'civilian'), fig('بمقتل', 1, '')], []);
    expect(counts).toMatchObject({ figTp: 0, figFp: 0, figFn: 1 });
  });
});

describe('gold text helpers', () => {
  it('joins corpus tokens back into text, a comma between digits as a decimal mark', () => {
    expect(detokenize(['قال', '(', 'د', 'ب', 'أ', ')', 'إن', '9', ',', '4', 'مليار', '.'])).toBe('قال (د ب أ) إن 9,4 مليار.');
    expect(detokenize(['قال', '"', 'نعم', '"', '،', 'ثم', '.'])).toBe('قال "نعم"، ثم.');
  });

  it('splits units at sentence ends and paragraphs, and fingerprints them', () => {
    expect(goldUnits('أ ب. ج د؟ هـ\n\nو').map((u) => u.end - u.start)).toEqual([4, 4, 2, 1]);
    expect(fingerprint('abc')).not.toBe(fingerprint('abd'));
  });

  it('matches names across the article and a longer form', () => {
    expect(sameName('فوشيه', 'غوستاف فوشيه')).toBe(true);
    expect(sameName('الوزير', 'وزير')).toBe(true);
    expect(sameName('بلير', 'بوش')).toBe(false);
  });
});

describe.skipIf(!sharedPresent())('the gold in tests/fixtures/gold (needs ../shared)', () => {
  it('resolves every document against its source text, with dev and held-out parts', () => {
    const docs = readGold().documents;
    expect(new Set(docs.map((d) => d.split))).toEqual(new Set(['dev', 'held-out']));
    let figures = 0;
    for (const d of docs) {
      const { text, units } = resolveDocument(d);
      for (const u of units) for (const f of u.figures) expect(text.slice(f.start, f.end)).toMatch(/\S/u);
      figures += units.reduce((n, u) => n + u.figures.length, 0);
    }
    expect(figures).toBeGreaterThan(50);
  }, 60_000);
});
