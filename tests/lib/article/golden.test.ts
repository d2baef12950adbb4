import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeEnglish } from '@/lib/analysis/english';
import { analyzeDocument } from '@/lib/article/analyze-document';
import { BUNDLED } from '../../helpers/kb';
import { loadDocument } from '../../../harness/document';
import { pageCases } from '../../../harness/page-cases';

/**
 * Golden output: what Siyaq makes of each of the project's fixture pages — detection, the body
 * text, every mention, figure and claim — kept beside the page as `<name>.analysis.json`. Any
 * change in behaviour shows up as a diff to review. After an intended change (a rule, the
 * knowledge base) regenerate them on purpose:
 *
 *   UPDATE_EXPECTED=1 npx vitest run tests/lib/article/golden.test.ts
 *
 * The hand-written `<name>.expected.json` files stay the criteria (tests/lib/article/detect.test.ts
 * and tests/lib/analysis/fixtures.test.ts); these only pin what the current code does.
 */
const UPDATE = process.env.UPDATE_EXPECTED === '1';
const own = pageCases().cases.filter((c) => c.group !== 'real');

function snapshot(html: string, url: string) {
  const { doc, close } = loadDocument(html, url);
  try {
    const { detection: d, analysis: a } = analyzeDocument(doc, url, BUNDLED, { english: analyzeEnglish });
    return {
      detection: { isArticle: d.isArticle, lang: d.lang, title: d.title, site: d.site, byline: d.byline, publishedAt: d.publishedAt },
      bodyText: a?.text ?? '',
      mentions: (a?.mentions ?? []).map((m) => `${m.start}-${m.end} ${m.actorId} ${m.via} ${m.text}`),
      figures: (a?.figures ?? []).map((f) => `${f.start}-${f.end} ${f.value} ${f.unit} ${f.text}`),
      claims: (a?.claims ?? []).map((c) => `${c.start} ${c.kind} ${c.speakerId ?? '-'} ${c.verb ?? '-'} [${c.actorIds.join(',')}]`),
      proposals: (a?.proposals ?? []).map((p) => `${p.kind} ${p.text}`),
      outlet: a?.outlet?.actorId ?? null,
      credits: (a?.credits ?? []).map((c) => `${c.start}-${c.end} ${c.actorId} ${c.scope}`),
      names: (a?.names ?? []).map((n) => `${n.start}-${n.end} ${n.type} ${n.via} ${n.text}${n.role ? ` (${n.role})` : ''}`),
    };
  } finally {
    close();
  }
}

describe.each(own.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  const path = c.detectedPath.replace(/\.detected\.json$/, '.analysis.json');
  it('analyses as recorded in its golden file', () => {
    const got = snapshot(c.html, c.url);
    if (UPDATE || !existsSync(path)) {
      writeFileSync(path, `${JSON.stringify(got, null, 2)}\n`);
      if (!UPDATE) throw new Error(`${path} was missing and has been written: review it and commit it`);
      return;
    }
    expect(got).toEqual(JSON.parse(readFileSync(path, 'utf8')));
  });
});
