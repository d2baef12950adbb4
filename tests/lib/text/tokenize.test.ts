import { describe, expect, it } from 'vitest';
import { normalize } from '@/lib/text/normalize';
import { tokenize } from '@/lib/text/tokenize';
import { wordsBefore, wordsIn } from '@/lib/text/words';

describe('tokenize', () => {
  it('splits on Unicode letters and digits, not on ASCII \\w', () => {
    expect(tokenize('قال الكاظمي: 5000 جندي').map((t) => [t.text, t.kind])).toEqual([
      ['قال', 1],
      ['الكاظمي', 1],
      ['5000', 2],
      ['جندي', 1],
    ]);
  });

  it('separates a proclitic glued to a number once tatweel is gone', () => {
    expect(tokenize(normalize('بـ34 صاروخا').text).map((t) => t.text)).toEqual(['ب', '34', 'صاروخا']);
  });

  it('keeps offsets into the text', () => {
    const text = 'وصل اللواء';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('treats Latin, Arabic and Persian letters alike and punctuation as a boundary', () => {
    expect(tokenize("Trump's «خامنه‌ای»").map((t) => t.text)).toEqual(['Trump', 's', 'خامنه', 'ای']);
  });
});

describe('words around a position', () => {
  it('reads back across spaces and hyphens but not punctuation', () => {
    const text = 'قال الرئيس اللبناني عون';
    expect(wordsBefore(text, text.indexOf('عون'), 3).map((w) => w.text)).toEqual(['قال', 'الرئيس', 'اللبناني']);
    const cut = 'الرئيس، عون';
    expect(wordsBefore(cut, cut.indexOf('عون'), 3)).toEqual([]);
  });

  it('lists the words inside a span', () => {
    expect(wordsIn('al-Kadhimi said', 0, 10).map((w) => w.text)).toEqual(['al', 'Kadhimi']);
  });
});
