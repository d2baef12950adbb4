import { describe, expect, it } from 'vitest';
import { parseConll, toDocument, toDocuments } from '../../../scripts/lib/conll';
import { isCountryName } from '../../../scripts/lib/country-names';
import { emptyScore, goldTypeOf, parseReadings, scoreDocument, summaryTable } from '../../../scripts/lib/ner-score';

// A tiny CoNLL sample written for this test (not from any corpus): two sentences ended by ".",
// a third after a blank line, an I- tag that follows O, and a line without a tag.
const SAMPLE = [
  'قال B-X',
  'الوزير O',
  'خالد B-PERS',
  'مجاهد I-PERS',
  'في O',
  'القاهرة B-LOC',
  '. O',
  'وزارة B-ORG',
  'الصحة I-ORG',
  'المصرية I-ORG',
  'أعلنت O',
  'في O',
  'لمصر B-LOC',
  '. O',
  '',
  'زار O',
  'سمير I-PERS',
  'بلا',
].join('\n');

describe('CoNLL reading', () => {
  const sentences = parseConll(SAMPLE);

  it('ends sentences at "." tokens and blank lines, keeping every word', () => {
    expect(sentences.map((s) => s.tokens.length)).toEqual([7, 7, 3]);
    expect(sentences.map((s) => s.index)).toEqual([0, 1, 2]);
    // An unknown tag and a missing tag are read as O.
    expect(sentences[0]!.tokens[0]).toEqual({ word: 'قال', tag: 'O' });
    expect(sentences[2]!.tokens[2]).toEqual({ word: 'بلا', tag: 'O' });
  });

  it('rebuilds the text with offsets that point at the gold words', () => {
    const doc = toDocument(sentences);
    expect(doc.text).toBe('قال الوزير خالد مجاهد في القاهرة .\nوزارة الصحة المصرية أعلنت في لمصر .\nزار سمير بلا');
    expect(doc.gold.map((g) => [g.type, g.text])).toEqual([
      ['PERS', 'خالد مجاهد'],
      ['LOC', 'القاهرة'],
      ['ORG', 'وزارة الصحة المصرية'],
      ['LOC', 'لمصر'],
      ['PERS', 'سمير'],
    ]);
    for (const g of doc.gold) expect(doc.text.slice(g.start, g.end)).toBe(g.text);
  });

  it('cuts documents of a fixed number of sentences and says where each starts', () => {
    expect(toDocuments(sentences, 2).map((d) => d.first)).toEqual([0, 2]);
  });
});

describe('NER scoring', () => {
  const doc = toDocument(parseConll(SAMPLE));
  const at = (text: string, type: string | null, label = text) => {
    const start = doc.text.indexOf(text);
    return { start, end: start + text.length, text, type: type === null ? null : goldTypeOf(type), label };
  };

  it('counts a link on part of a gold entity as right, lists the rest in context, and checks the type', () => {
    const score = emptyScore();
    scoreDocument(
      score,
      doc,
      {
        links: [at('القاهرة', 'place', 'cairo'), at('الصحة', 'person', 'x'), at('الوزير', 'person', 'minister')],
        names: [at('خالد مجاهد', 'person')],
      },
      (g) => isCountryName(g.text),
    );
    expect(score.links).toMatchObject({ total: 3, matched: 2, wrongType: 1, readRight: 0, unread: 1 });
    expect(score.links.unmatched).toEqual([
      {
        key: '0+4:minister',
        first: 0,
        text: 'الوزير',
        label: 'minister',
        context: 'قال [الوزير] خالد مجاهد في القاهرة . وزارة الصحة المصرية ',
      },
    ]);
    expect(score.names).toMatchObject({ total: 1, matched: 1, wrongType: 0 });
    // Recall: the person only through a name, the ministry through a (wrongly typed) link.
    expect(score.recall.PERS).toEqual({ gold: 2, known: 0, knownOrName: 1 });
    expect(score.recall.ORG).toEqual({ gold: 1, known: 1, knownOrName: 1 });
    expect(score.recall.LOC).toEqual({ gold: 2, known: 1, knownOrName: 1 });
    // لمصر is a country behind a proclitic, القاهرة is not a country.
    expect(score.countries).toEqual({ gold: 1, known: 0, knownOrName: 0 });
    expect([...score.missed.PERS]).toEqual([['سمير', 1]]);
    expect(summaryTable([['sample', score]])).toContain('| recall PERS: known actors + names | 50.0% (1/2) |');
  });

  it('counts a prediction read as a gold omission as right, and one read as an error as wrong', () => {
    const readings = parseReadings('# comment\n0+4:minister\tomission\twhy\n0+0:x\terror\nbad line\n');
    expect([...readings]).toEqual([
      ['0+4:minister', 'omission'],
      ['0+0:x', 'error'],
    ]);
    const score = emptyScore();
    scoreDocument(score, doc, { links: [at('الوزير', 'person', 'minister'), at('قال', null, 'x')], names: [] }, () => false, readings);
    expect(score.links).toMatchObject({ total: 2, matched: 0, readRight: 1, unread: 0 });
    expect(summaryTable([['sample', score]])).toContain('| … after reading the rest (unread count as wrong) | 50.0% (1/2) |');
  });

  it('tells country names from other places, with and without proclitics', () => {
    expect(isCountryName('الولايات المتحدة')).toBe(true);
    expect(isCountryName('وللعراق')).toBe(true);
    expect(isCountryName('للعراق')).toBe(true);
    expect(isCountryName('والسودان')).toBe(true);
    expect(isCountryName('فرنسا')).toBe(true);
    expect(isCountryName('جنوب')).toBe(false);
    expect(isCountryName('الخرطوم')).toBe(false);
  });
});
