import { describe, expect, it } from 'vitest';
import { type AnnotationCollection, annotatable, exportAnnotations, type TextualBody, type WebAnnotation } from '@/lib/export/annotation';
import { uuidV5 } from '@/lib/export/uuid';
import { ARTICLE_AR, ARTICLE_EMOJI, ARTICLE_EN, fixture } from './fixture';
import { checkAnnotation, checkCollection } from './web-annotation-model';

const NOW = Date.UTC(2024, 4, 5);
const URN_UUID = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

function collection(): AnnotationCollection {
  return JSON.parse(exportAnnotations(fixture(), { now: NOW }));
}
const items = (): WebAnnotation[] => collection().first?.items ?? [];
/** The note's own body: the first of a list (tags follow), or the one body. */
const comment = (a: WebAnnotation): TextualBody => (Array.isArray(a.body) ? a.body[0]! : a.body);

describe('exportAnnotations', () => {
  it('is a W3C AnnotationCollection with the required fields and the export version in its generator', () => {
    const c = collection();
    expect(c['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(c.type).toBe('AnnotationCollection');
    expect(c.id).toMatch(URN_UUID);
    expect(c.total).toBe(c.first?.items.length);
    expect(c.generator).toMatchObject({ type: 'Software', name: 'Siyaq', schemaVersion: 'siyaq-annotations/1' });
    expect(c.first).toMatchObject({ type: 'AnnotationPage', startIndex: 0 });
    expect(c.first?.id).toMatch(URN_UUID);
  });

  it('every annotation has id, type, a TextualBody in Markdown with a language, a target, and times', () => {
    for (const a of items()) {
      expect(a.id).toMatch(URN_UUID);
      expect(a.type).toBe('Annotation');
      expect(a.motivation).toBe('commenting');
      expect(a.created).toMatch(ISO);
      expect(a.modified).toMatch(ISO);
      expect(comment(a).type).toBe('TextualBody');
      expect(comment(a).format).toBe('text/markdown');
      expect(['ar', 'en', 'und']).toContain(comment(a).language);
      expect(() => new URL(a.target.source)).not.toThrow();
    }
  });

  it('targets the passage with a TextQuoteSelector: exact, prefix and suffix as stored', () => {
    const data = fixture();
    const byBody = new Map(items().map((a) => [comment(a).value, a]));
    const passage = byBody.get(data.notes.find((n) => n.id === 'n-passage')!.body)!;
    expect(passage.target).toEqual({
      source: ARTICLE_EMOJI,
      selector: [
        { type: 'TextQuoteSelector', exact: 'نص \u200cالمقطع 👨‍👩‍👧', prefix: 'قبل ', suffix: ' بعد' },
        { type: 'TextPositionSelector', start: 4, end: 18 },
      ],
    });
    // A claim note quotes the claim's sentence.
    const claimNote = data.notes.find((n) => n.id === 'n-claim')!;
    const claim = data.claims.find((c) => c.id === claimNote.claimId)!;
    expect(byBody.get(claimNote.body)!.target).toEqual({
      source: ARTICLE_AR,
      selector: [{ type: 'TextQuoteSelector', ...claim.anchor }],
    });
    expect(comment(byBody.get(claimNote.body)!).language).toBe('ar');
    // Empty context is left out, not given as "".
    const controls = byBody.get(data.notes.find((n) => n.id === 'n-controls')!.body)!;
    expect(controls.target.selector).toEqual([{ type: 'TextQuoteSelector', exact: 'الاجتماع' }]);
    // An article note targets the page.
    const article = byBody.get(data.notes.find((n) => n.id === 'n-article')!.body)!;
    expect(article.target).toEqual({ source: ARTICLE_EN });
    expect(comment(article).language).toBe('en');
  });

  it('leaves out actor notes, which have no page, and notes on addresses that are not web pages', () => {
    const data = fixture();
    data.notes.push({ ...data.notes[0]!, id: 'js', kind: 'article', actorId: null, articleUrl: 'javascript:alert(1)', body: 'x' });
    const c: AnnotationCollection = JSON.parse(exportAnnotations(data, { now: NOW }));
    const expected = fixture().notes.filter((n) => n.kind !== 'actor').length;
    expect(c.total).toBe(expected);
    expect(c.first?.items.map((a) => a.target.source)).not.toContain('javascript:alert(1)');
  });

  it('gives a note the same id on every export', () => {
    const a = items().map((x) => x.id);
    const b = (JSON.parse(exportAnnotations(fixture(), { now: NOW + 1 })) as AnnotationCollection).first!.items.map((x) => x.id);
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(a.length);
  });

  it('is valid against the Web Annotation data model, and the checker catches what the model forbids', () => {
    expect(checkCollection(collection())).toEqual([]);
    const a = items()[0]!;
    // The checker is not a rubber stamp: each of these breaks a MUST of the model.
    expect(checkAnnotation({ ...a, target: undefined }, 'a', false)).toContain('a.target: an annotation must have at least one target');
    expect(checkAnnotation({ ...a, target: { selector: [] } }, 'a', false)).toContain(
      'a.target[0].source: a specific resource must have a source IRI',
    );
    expect(
      checkAnnotation(
        { ...a, target: { source: ARTICLE_AR, selector: [{ type: 'TextPositionSelector', start: -1, end: 2 }] } },
        'a',
        false,
      ),
    ).toHaveLength(1);
    expect(
      checkAnnotation({ ...a, target: { source: ARTICLE_AR, selector: [{ type: 'TextQuoteSelector', prefix: 'x' }] } }, 'a', false),
    ).toHaveLength(1);
    expect(checkAnnotation({ ...a, created: '2024-05-05 10:00' }, 'a', false)).toHaveLength(1);
    expect(checkCollection({ ...collection(), total: 99 })).toContain('total: differs from the items of its one page');
  });

  it('a passage note with a position targets it with both selectors: the quote and the position', () => {
    const data = fixture();
    const n = data.notes.find((x) => x.id === 'n-passage')!;
    n.position = { start: 120, end: 134 };
    const c: AnnotationCollection = JSON.parse(exportAnnotations(data, { now: NOW }));
    const a = c.first!.items.find((x) => comment(x).value === n.body)!;
    expect(a.target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: n.anchor!.exact, prefix: n.anchor!.prefix, suffix: n.anchor!.suffix },
      { type: 'TextPositionSelector', start: 120, end: 134 },
    ]);
    expect(checkCollection(c)).toEqual([]);
  });

  it("the reader's tags travel as tagging bodies after the note", () => {
    const data = fixture();
    const n = data.notes.find((x) => x.id === 'n-article')!;
    n.tags = ['تحقق', 'Iraq troops'];
    expect(fixture().notes.find((x) => x.id === 'n-article')!.tags).toHaveLength(2);
    const c: AnnotationCollection = JSON.parse(exportAnnotations(data, { now: NOW }));
    const a = c.first!.items.find((x) => comment(x).value === n.body)!;
    expect(a.body).toEqual([
      { type: 'TextualBody', value: n.body, format: 'text/markdown', language: 'en', purpose: 'commenting' },
      { type: 'TextualBody', value: 'تحقق', format: 'text/plain', language: 'ar', purpose: 'tagging' },
      { type: 'TextualBody', value: 'Iraq troops', format: 'text/plain', language: 'en', purpose: 'tagging' },
    ]);
    expect(checkCollection(c)).toEqual([]);
  });

  it('says how many notes it could not hold: a store with only actor notes exports none, and the caller can tell why', () => {
    const data = fixture();
    const onlyActors = { ...data, notes: data.notes.filter((n) => n.kind === 'actor') };
    expect(annotatable(onlyActors)).toEqual({ notes: [], left: onlyActors.notes.length });
    expect(
      annotatable(data)
        .notes.map((n) => n.id)
        .sort(),
    ).toEqual(
      data.notes
        .filter((n) => n.kind !== 'actor')
        .map((n) => n.id)
        .sort(),
    );
  });

  it('an empty collection has no first page', () => {
    const c: AnnotationCollection = JSON.parse(exportAnnotations({ ...fixture(), notes: [] }, { now: NOW }));
    expect(c.total).toBe(0);
    expect(c.first).toBeUndefined();
  });
});

describe('uuidV5', () => {
  it('matches RFC 9562’s name-based UUIDs (Python: uuid5(NAMESPACE_DNS, "www.example.com"))', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    expect(uuidV5(`${'x'.repeat(1000)}عربي😀`, '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('3f1fa242-81fd-5c26-82fc-3d60a87c1142');
  });
});
