/**
 * The MUSTs of the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) and
 * Vocabulary for the parts Siyaq writes, as a checker the export tests run: written from the
 * recommendation, not from Siyaq's code, so a field the exporter forgets or misnames fails here.
 * Returns the problems found, each with its JSON path; an empty list is a valid collection.
 */
const MOTIVATIONS = new Set([
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
]);
// xsd:dateTime with a timezone, which the model requires for created, modified and generated.
const DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIri = (v: unknown) => {
  if (typeof v !== 'string') return false;
  try {
    return new URL(v).protocol.length > 1;
  } catch {
    return false;
  }
};
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const natural = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;

export function checkCollection(c: unknown): string[] {
  const p: string[] = [];
  if (!isObj(c)) return ['collection: not an object'];
  if (!list(c['@context']).includes('http://www.w3.org/ns/anno.jsonld')) p.push('@context: must include the anno.jsonld context');
  if (!isIri(c.id)) p.push('id: must be an IRI');
  if (!list(c.type).includes('AnnotationCollection')) p.push('type: must be AnnotationCollection');
  if (c.total !== undefined && !natural(c.total)) p.push('total: must be a non-negative integer');
  if (c.first === undefined) {
    if (c.total !== 0) p.push('first: missing although total is not 0');
    return p;
  }
  const page = c.first;
  if (!isObj(page)) return [...p, 'first: must be an AnnotationPage object'];
  if (!list(page.type).includes('AnnotationPage')) p.push('first.type: must be AnnotationPage');
  if (!Array.isArray(page.items)) return [...p, 'first.items: must be a list'];
  if (c.total !== undefined && c.total !== page.items.length) p.push('total: differs from the items of its one page');
  page.items.forEach((a, i) => {
    p.push(...checkAnnotation(a, `first.items[${i}]`, false));
  });
  return p;
}

export function checkAnnotation(a: unknown, at = 'annotation', standalone = true): string[] {
  const p: string[] = [];
  if (!isObj(a)) return [`${at}: not an object`];
  if (standalone && !list(a['@context']).includes('http://www.w3.org/ns/anno.jsonld')) p.push(`${at}.@context: missing`);
  if (!isIri(a.id)) p.push(`${at}.id: must be an IRI`);
  if (!list(a.type).includes('Annotation')) p.push(`${at}.type: must include Annotation`);
  for (const m of list(a.motivation))
    if (typeof m !== 'string' || !MOTIVATIONS.has(m)) p.push(`${at}.motivation: ${String(m)} is not a motivation`);
  for (const k of ['created', 'modified'])
    if (a[k] !== undefined && !(typeof a[k] === 'string' && DATE_TIME.test(a[k]))) p.push(`${at}.${k}: not an xsd:dateTime with timezone`);
  for (const [i, b] of list(a.body).entries()) {
    const bt = `${at}.body[${i}]`;
    if (!isObj(b)) {
      p.push(`${bt}: not an object`);
      continue;
    }
    if (list(b.type).includes('TextualBody')) {
      if (typeof b.value !== 'string') p.push(`${bt}.value: a TextualBody must have a string value`);
    } else if (!isIri(b.id)) p.push(`${bt}: neither a TextualBody nor a resource with an id`);
    if (b.format !== undefined && !(typeof b.format === 'string' && /^[a-z]+\/[a-z0-9.+-]+$/.test(b.format)))
      p.push(`${bt}.format: not a media type`);
    if (b.language !== undefined && !(typeof b.language === 'string' && /^[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8})*$/.test(b.language)))
      p.push(`${bt}.language: not a BCP47 tag`);
    if (b.purpose !== undefined && !(typeof b.purpose === 'string' && MOTIVATIONS.has(b.purpose)))
      p.push(`${bt}.purpose: not a motivation`);
  }
  const targets = list(a.target);
  if (targets.length === 0) p.push(`${at}.target: an annotation must have at least one target`);
  for (const [i, t] of targets.entries()) {
    const tt = `${at}.target[${i}]`;
    if (typeof t === 'string') {
      if (!isIri(t)) p.push(`${tt}: not an IRI`);
      continue;
    }
    if (!isObj(t)) {
      p.push(`${tt}: not an object`);
      continue;
    }
    if (!isIri(t.source)) p.push(`${tt}.source: a specific resource must have a source IRI`);
    list(t.selector).forEach((s, j) => {
      p.push(...checkSelector(s, `${tt}.selector[${j}]`));
    });
  }
  return p;
}

function checkSelector(s: unknown, at: string): string[] {
  if (!isObj(s)) return [`${at}: not an object`];
  switch (s.type) {
    case 'TextQuoteSelector':
      return [
        ...(typeof s.exact === 'string' && s.exact !== '' ? [] : [`${at}.exact: required, a non-empty string`]),
        ...(['prefix', 'suffix'] as const).flatMap((k) =>
          s[k] === undefined || typeof s[k] === 'string' ? [] : [`${at}.${k}: must be a string`],
        ),
      ];
    case 'TextPositionSelector':
      return [
        ...(natural(s.start) ? [] : [`${at}.start: required, a non-negative integer`]),
        ...(natural(s.end) ? [] : [`${at}.end: required, a non-negative integer`]),
        ...(natural(s.start) && natural(s.end) && (s.end as number) < (s.start as number) ? [`${at}: end before start`] : []),
      ];
    default:
      return [`${at}.type: ${String(s.type)} is not a selector Siyaq writes`];
  }
}
