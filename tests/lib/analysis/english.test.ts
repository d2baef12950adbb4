import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/analysis/analyze';
import { analyzeEnglish } from '@/lib/analysis/english';
import { BUNDLED } from '../../helpers/kb';

const TEXT =
  'Iraqi Prime Minister Mohammed Shia al-Sudani said on Tuesday that "the 2,500 US troops will leave by 2026." ' +
  'The deal is worth $8 billion. Hope remains, Jane Doe of the Basra Oil Workers Union told us. ' +
  "Trump's envoy met the US ambassador. About five thousand troops are in Syria.";

describe('English text', () => {
  const a = analyzeText(TEXT, BUNDLED, { english: analyzeEnglish, publishedAt: '2024-04-15' });

  it('is detected as English', () => {
    expect(a.lang).toBe('en');
  });

  it('splits sentences with compromise, ending one at a closing quote', () => {
    expect(a.sentences.map((s) => TEXT.slice(s.start, s.end).slice(0, 20))).toEqual([
      'Iraqi Prime Minister',
      'The deal is worth $8',
      'Hope remains, Jane D',
      "Trump's envoy met th",
      'About five thousand ',
    ]);
  });

  it('finds known actors from the English aliases, not the pronoun or the common noun', () => {
    const found = a.mentions.map((m) => [m.text, m.actorId]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['Mohammed Shia al-Sudani', 'mohammed-shia-al-sudani'],
        ['US', 'united-states'],
        ['Trump', 'donald-trump'],
        ['Syria', 'syria'],
      ]),
    );
    expect(found.map(([t]) => t)).not.toContain('us');
    expect(found.map(([t]) => t)).not.toContain('Hope');
  });

  it('reads figures in digits and words', () => {
    expect(a.figures.map((f) => [f.text, f.value, f.unit])).toEqual(
      expect.arrayContaining([
        ['2,500 US troops', 2500, 'soldier'],
        ['$8 billion', 8e9, 'usd'],
        ['five thousand troops', 5000, 'soldier'],
      ]),
    );
  });

  it('takes the quotation as the content of a claim', () => {
    const c = a.claims.find((x) => x.speakerId === 'mohammed-shia-al-sudani');
    expect(c?.verb).toBe('said');
    expect(c?.content).toBe('the 2,500 US troops will leave by 2026.');
  });

  it('proposes people and organisations the knowledge base does not know, once each', () => {
    expect(a.proposals.map((p) => [p.text, p.kind])).toEqual(expect.arrayContaining([['Jane Doe', 'person']]));
    expect(a.proposals.map((p) => p.text)).not.toContain('Mohammed Shia al-Sudani');
  });

  it('does not load for Arabic text', () => {
    let called = false;
    analyzeText('قال الكاظمي إن الاجتماع ناجح.', BUNDLED, {
      english: (t) => {
        called = true;
        return analyzeEnglish(t);
      },
    });
    expect(called).toBe(false);
  });
});
