import { describe, expect, it } from 'vitest';
import { formatDate } from '@/lib/i18n/dates';

describe('formatDate', () => {
  it('writes a day in the interface language with Latin digits in both', () => {
    expect(formatDate('2020-08-24', 'en')).toBe('24 Aug 2020');
    const ar = formatDate('2020-08-24', 'ar');
    expect(ar).toContain('2020');
    expect(ar).toContain('24');
    expect(ar).not.toMatch(/[٠-٩]/);
  });

  it('keeps partial dates partial, whichever was formatted before', () => {
    expect(formatDate('2020-05', 'en')).toBe('May 2020');
    expect(formatDate('2020-05-07', 'en')).toBe('7 May 2020');
    expect(formatDate('2020-05', 'en')).toBe('May 2020');
    expect(formatDate('2016', 'ar')).toBe('2016');
  });

  it('takes timestamps (read dates) and gives nothing for nothing, the text itself for nonsense', () => {
    expect(formatDate(Date.UTC(2024, 0, 31, 23, 30), 'en')).toBe('31 Jan 2024');
    expect(formatDate(null, 'en')).toBe('');
    expect(formatDate('', 'ar')).toBe('');
    expect(formatDate('soon', 'en')).toBe('soon');
  });
});
