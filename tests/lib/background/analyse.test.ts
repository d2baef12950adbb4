// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { analyzeEnglish } from '@/lib/analysis/english';
import { analyzeDocument } from '@/lib/article/analyze-document';
import { analysePage } from '@/lib/background/analyse';
import { readPage } from '@/lib/page/read';
import { buildReport } from '@/lib/report';
import { BUNDLED } from '../../helpers/kb';
import { loadDocument } from '../../../harness/document';
import { pageCases } from '../../../harness/page-cases';

/**
 * The page's text goes to the background and marks come back: on every fixture page (and the
 * real saved pages when ../shared is there) the background's answer is the analysis the page used
 * to make itself, and what it stores is the report the page used to send.
 */
const cases = pageCases().cases;

describe.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  it('is analysed in the background as it was in the page', async () => {
    const { doc, close } = loadDocument(c.html, c.url);
    try {
      const { detection, request } = readPage(doc, c.url);
      const { report, marks } = await analysePage(structuredClone(request), BUNDLED, { english: analyzeEnglish });
      const { analysis } = analyzeDocument(doc, c.url, BUNDLED, { english: analyzeEnglish });
      expect(request.isArticle).toBe(detection.isArticle);
      expect(marks.mentions).toEqual(analysis?.mentions ?? []);
      expect(marks.figures).toEqual(analysis?.figures ?? []);
      expect(marks.claims).toEqual((analysis?.claims ?? []).map((cl) => ({ start: cl.start, end: cl.end })));
      const { text: _text, ...meta } = request;
      expect(report).toEqual(buildReport(meta, analysis));
    } finally {
      close();
    }
  });
});
