import { describe, expect, it } from 'vitest';
import { normalizeUrl, siteOf } from '@/lib/url';

describe('normalizeUrl', () => {
  it.each([
    ['drops the fragment', 'https://www.aljazeera.net/news/2020/8/24/x#comments', 'https://www.aljazeera.net/news/2020/8/24/x'],
    [
      'drops tracking parameters and keeps the others, sorted',
      'https://example.com/a?utm_source=fb&id=7&fbclid=zz&page=2',
      'https://example.com/a?id=7&page=2',
    ],
    ['lower-cases the host and drops default ports', 'https://WWW.BBC.com:443/arabic/x', 'https://www.bbc.com/arabic/x'],
    ['drops a trailing slash on a path', 'https://example.com/news/story/', 'https://example.com/news/story'],
    ['keeps percent-encoded Arabic paths as the browser writes them', 'https://x.com/%D8%A7', 'https://x.com/%D8%A7'],
  ])('%s', (_label, input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });

  it('leaves a string that is not a URL as it is', () => {
    expect(normalizeUrl(' not a url ')).toBe('not a url');
  });
});

describe('siteOf', () => {
  it('names the site without www', () => {
    expect(siteOf('https://www.aljazeera.net/news')).toBe('aljazeera.net');
    expect(siteOf('http://arabic.cnn.com:8080/x')).toBe('arabic.cnn.com');
    expect(siteOf('nonsense')).toBe('');
  });
});
