import { describe, expect, it } from 'vitest';
import { countWords, wordsBefore } from '@/lib/text/words';

describe('countWords', () => {
  it('counts runs of letters and digits in Arabic, Latin and mixed text', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('   ،.  ')).toBe(0);
    expect(countWords('قال رئيس الوزراء العراقي مصطفى الكاظمي')).toBe(6);
    expect(countWords('نشر 5000 جندي، و8 مليارات دولار')).toBe(6);
    expect(countWords('Iraq’s PM, Mustafa al-Kadhimi (2020)')).toBe(7);
  });

  it('keeps diacritics and Persian letters inside their word', () => {
    expect(countWords('قَالَ اسماعیل قاآنی')).toBe(3);
  });

  it('counts the same words as a Unicode letter-or-number pattern on ordinary news text', () => {
    const text = 'أعلن البنتاغون يوم الأحد أن 2,500 جندي سيبقون في العراق - وفق "رويترز" - حتى 2026.\nThe Pentagon said on Sunday.';
    expect(countWords(text)).toBe(text.match(/[\p{L}\p{N}]+/gu)?.length);
  });
});

describe('wordsBefore', () => {
  it('reads back over spaces and hyphens but stops at punctuation', () => {
    const text = 'الرئيس، اللبناني ميشال عون';
    expect(wordsBefore(text, text.length, 5).map((w) => w.text)).toEqual(['اللبناني', 'ميشال', 'عون']);
  });
});
