import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Actor, KnowledgePack } from '@/lib/kb/schema';
import { actorKeys, validateActors } from '@/lib/kb/validate';
import {
  convertWikidata,
  createJsonArraySplitter,
  detectFormat,
  entitiesOfDocument,
  formatWarning,
  type WikidataOptions,
  type WikidataResult,
} from '@/lib/kb/wikidata';
import { snakDate } from '@/lib/kb/wikidata-entity';
// The bundled base as `npm run kb:build` validated it (the same files, in the same order).
import bundledActors from '@/generated/actors.json';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'wikidata');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

// ---- entity builders: the real JSON shape, minus what the converter does not read

type Snak = { snaktype: string; property?: string; datavalue?: { type: string; value: unknown } };
type Statement = { mainsnak: Snak; rank: string; qualifiers?: Record<string, Snak[]> };

const item = (id: string): Snak => ({ snaktype: 'value', datavalue: { type: 'wikibase-entityid', value: { 'entity-type': 'item', id } } });
const time = (t: string, precision: number): Snak => ({ snaktype: 'value', datavalue: { type: 'time', value: { time: t, precision } } });

function claim(target: string, opts: { rank?: string; q?: Record<string, Snak[]> } = {}): Statement {
  return { mainsnak: item(target), rank: opts.rank ?? 'normal', ...(opts.q ? { qualifiers: opts.q } : {}) };
}

interface Spec {
  labels?: Record<string, string>;
  aliases?: Record<string, string[]>;
  descriptions?: Record<string, string>;
  claims?: Record<string, Statement[]>;
  sitelinks?: Record<string, string>;
}

function entity(id: string, spec: Spec) {
  const texts = (m: Record<string, string> = {}) =>
    Object.fromEntries(Object.entries(m).map(([language, value]) => [language, { language, value }]));
  return {
    id,
    type: 'item',
    labels: texts(spec.labels),
    descriptions: texts(spec.descriptions),
    aliases: Object.fromEntries(Object.entries(spec.aliases ?? {}).map(([l, vs]) => [l, vs.map((value) => ({ language: l, value }))])),
    claims: spec.claims ?? {},
    sitelinks: Object.fromEntries(Object.entries(spec.sitelinks ?? {}).map(([site, title]) => [site, { site, title }])),
  };
}

/** A person with both names, so that one rule at a time can be varied. */
function person(id: string, spec: Spec = {}) {
  return entity(id, {
    ...spec,
    labels: { ar: 'سليم ورد', en: 'Salim Ward', ...spec.labels },
    claims: { P31: [claim('Q5')], ...spec.claims },
  });
}

function one(result: WikidataResult, id: string): Actor {
  const a = result.pack.actors.find((x) => x.id === id);
  if (!a) throw new Error(`${id} not converted: ${result.warnings.map(formatWarning).join('; ')}`);
  return a;
}

const warned = (result: WikidataResult, qid: string, text: string | RegExp) =>
  result.warnings.some((w) => w.qid === qid && (typeof text === 'string' ? w.message.includes(text) : text.test(w.message)));

/** The bundled base as the script sees it: QID → id, and its names for the collision check. */
function bundled(): Required<Pick<WikidataOptions, 'knownIds' | 'knownAliases'>> & { ids: Set<string> } {
  const knownIds = new Map<string, string>();
  const knownAliases = new Map<string, { actorId: string; ambiguous: boolean }>();
  const ids = new Set<string>();
  for (const a of bundledActors as Actor[]) {
    ids.add(a.id);
    if (a.links?.wikidata) knownIds.set(a.links.wikidata, a.id);
    for (const k of actorKeys(a)) if (!knownAliases.has(k.key)) knownAliases.set(k.key, { actorId: a.id, ambiguous: k.ambiguous });
  }
  return { knownIds, knownAliases, ids };
}

/** The dump's own layout: `[`, one entity per line ending with a comma, `]`. */
const dumpLayout = (entities: unknown[]) => `[\n${entities.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`;

function dumpEntities(text: string): unknown[] {
  const splitter = createJsonArraySplitter();
  const out: unknown[] = [];
  for (const line of text.split('\n')) for (const el of splitter.push(`${line}\n`)) out.push(JSON.parse(el));
  expect(splitter.closed).toBe(true);
  return out;
}

describe('input formats', () => {
  it('reads Special:EntityData documents, plain arrays and single entities', () => {
    const doc = JSON.parse(fixture('entitydata.json'));
    expect(entitiesOfDocument(doc).map((e) => (e as { id: string }).id)).toEqual(['Q900000001', 'Q900000002', 'Q796']);
    expect(entitiesOfDocument([{ id: 'Q1' }, { id: 'Q2' }])).toHaveLength(2);
    expect(entitiesOfDocument({ id: 'Q1', type: 'item' })).toHaveLength(1);
    expect(entitiesOfDocument('nope')).toEqual([]);
  });

  it('tells the layouts apart from the first line', () => {
    expect(detectFormat('[')).toBe('array');
    expect(detectFormat('\uFEFF[{"id":"Q1"},')).toBe('array');
    expect(detectFormat('{"id":"Q1","type":"item"}')).toBe('lines');
    expect(detectFormat('{"entities":{"Q1":{"id":"Q1"}}}')).toBe('document');
    expect(detectFormat('{')).toBe('document');
    expect(detectFormat('Q1,Q2')).toBeUndefined();
  });

  it('cuts the dump line format into entities', () => {
    const entities = dumpEntities(fixture('dump.json'));
    expect(entities).toHaveLength(10);
    expect((entities[0] as { id: string }).id).toBe('Q900000010');
    // The sample is pretty-printed by the repository formatter; the dump writes one entity a line.
    expect(dumpEntities(dumpLayout(entities))).toEqual(entities);
  });

  it('cuts a pretty-printed array, and several objects on one line, the same way', () => {
    const entities = dumpEntities(fixture('dump.json'));
    expect(dumpEntities(JSON.stringify(entities, null, 2))).toEqual(entities);
    expect(dumpEntities(JSON.stringify(entities))).toEqual(entities);
  });

  it('is not fooled by brackets and quotes inside strings', () => {
    const tricky = [{ id: 'Q1', note: 'a } ] { [ "quoted" \\ end' }, { id: 'Q2' }];
    const splitter = createJsonArraySplitter();
    const text = JSON.stringify(tricky);
    const parts = [text.slice(0, 9), text.slice(9, 20), text.slice(20)].flatMap((c) => splitter.push(c));
    expect(parts.map((p) => JSON.parse(p))).toEqual(tricky);
  });

  it('keeps track of escapes that straddle two chunks', () => {
    const tricky = [{ id: 'Q1', note: 'ends with a backslash \\', q: '\\"}' }, { id: 'Q2' }];
    const text = JSON.stringify(tricky);
    for (let cut = 1; cut < text.length; cut++) {
      const splitter = createJsonArraySplitter();
      const parts = [...splitter.push(text.slice(0, cut)), ...splitter.push(text.slice(cut))];
      expect(parts.map((p) => JSON.parse(p))).toEqual(tricky);
    }
  });

  it('notices a truncated array', () => {
    const splitter = createJsonArraySplitter();
    splitter.push('[\n{"id":"Q1"},\n{"id":"Q2", "labels": {');
    expect(splitter.closed).toBe(false);
    expect(splitter.pending).toBe(true);
  });

  it('skips entries that are not items, and repeated items, with a warning', () => {
    const r = convertWikidata([{ id: 'P31', type: 'property' }, 'junk', person('Q10'), person('Q10')]);
    expect(r.pack.actors.map((a) => a.id)).toEqual(['Q10']);
    expect(r.warnings.map(formatWarning)).toEqual(
      expect.arrayContaining(['entry #1 is not a Wikidata item: skipped', 'Q10: appears twice: the first copy is kept']),
    );
    expect(r.stats).toMatchObject({ entities: 4, actors: 1, skipped: 3 });
  });
});

describe('names', () => {
  it('takes the ar and en labels', () => {
    expect(one(convertWikidata([person('Q10')]), 'Q10').names).toEqual({ ar: 'سليم ورد', en: 'Salim Ward' });
  });

  it('falls back to the first Arabic alias, then to an Arabic dialect label', () => {
    const fromAlias = entity('Q10', {
      labels: { en: 'Salim Ward' },
      aliases: { ar: ['Salim', 'سليم ورد'] },
      claims: { P31: [claim('Q5')] },
    });
    const fromDialect = entity('Q11', { labels: { en: 'Nabil Haddad', arz: 'نبيل حداد' }, claims: { P31: [claim('Q5')] } });
    const r = convertWikidata([fromAlias, fromDialect]);
    expect(one(r, 'Q10').names.ar).toBe('سليم ورد');
    expect(one(r, 'Q10').aliases?.ar).toBeUndefined();
    expect(one(r, 'Q11').names.ar).toBe('نبيل حداد');
  });

  it('ignores an "Arabic" label without Arabic letters', () => {
    const e = entity('Q10', { labels: { ar: 'Salim Ward', en: 'Salim Ward', arq: 'سليم ورد' }, claims: { P31: [claim('Q5')] } });
    expect(one(convertWikidata([e]), 'Q10').names.ar).toBe('سليم ورد');
  });

  it('falls back to en-gb, en-us, then mul for English, Latin script only', () => {
    const gb = entity('Q10', { labels: { ar: 'سليم ورد', 'en-gb': 'Salim Ward' }, claims: { P31: [claim('Q5')] } });
    const mul = entity('Q11', { labels: { ar: 'نبيل حداد', mul: 'Nabil Haddad' }, claims: { P31: [claim('Q5')] } });
    const arabicMul = entity('Q12', { labels: { ar: 'سامي عون', mul: 'سامي عون' }, claims: { P31: [claim('Q5')] } });
    const r = convertWikidata([gb, mul, arabicMul]);
    expect(one(r, 'Q10').names.en).toBe('Salim Ward');
    expect(one(r, 'Q11').names.en).toBe('Nabil Haddad');
    expect(r.pack.actors.find((a) => a.id === 'Q12')).toBeUndefined();
  });

  it('skips an entity without an Arabic or an English name, naming its QID', () => {
    const noAr = entity('Q10', { labels: { en: 'Salim Ward', fr: 'Salim Ward' }, claims: { P31: [claim('Q5')] } });
    const noEn = entity('Q11', { labels: { ar: 'سليم ورد' }, claims: { P31: [claim('Q5')] } });
    const r = convertWikidata([noAr, noEn]);
    expect(r.pack.actors).toEqual([]);
    expect(r.warnings.map(formatWarning)).toEqual(['Q10: no Arabic name: skipped', 'Q11: no English name: skipped']);
  });
});

describe('aliases', () => {
  it('adds Persian and Sorani spellings in Arabic script, not Latin ones', () => {
    const e = person('Q10', {
      labels: { fa: 'سلیم ورد', ckb: 'سەلیم وەرد' },
      aliases: { ar: ['ورد'], fa: ['Salim W.', 'وردی'], en: ['Salim al-Ward'] },
    });
    const a = one(convertWikidata([e]), 'Q10');
    // سلیم ورد folds onto the Arabic name (Persian yeh), so it adds nothing.
    expect(a.aliases).toEqual({ ar: ['ورد', 'وردی', 'سەلیم وەرد'], en: ['Salim al-Ward'] });
  });

  it('drops spellings the matcher folds together, and repeats of a name', () => {
    const e = person('Q10', { aliases: { ar: ['أمريكا', 'امريكا', 'سليم ورد', 'سَلِيم وَرْد'], en: ['SALIM WARD', 'Ward'] } });
    expect(one(convertWikidata([e]), 'Q10').aliases).toEqual({ ar: ['أمريكا'], en: ['Ward'] });
  });
});

describe('type', () => {
  const typed = (...classes: string[]) => {
    const e = entity('Q10', { labels: { ar: 'اسم', en: 'Name' }, claims: { P31: classes.map((c) => claim(c)) } });
    return convertWikidata([e]);
  };

  it.each([
    ['Q5', 'person'],
    ['Q7278', 'party'],
    ['Q3624078', 'state'],
    ['Q6256', 'state'],
    ['Q515', 'place'],
    ['Q5119', 'place'],
    ['Q484652', 'international_body'],
    ['Q245065', 'international_body'],
    ['Q17149090', 'armed_group'],
    ['Q17127659', 'armed_group'],
    ['Q11032', 'media'],
    ['Q192283', 'media'],
    ['Q2001305', 'media'],
    ['Q192350', 'organisation'],
    ['Q327333', 'organisation'],
  ])('P31 %s → %s', (cls, type) => {
    expect(one(typed(cls), 'Q10').type).toBe(type);
  });

  it('prefers armed group to party when an entity is both (as the base types Hezbollah)', () => {
    expect(one(typed('Q7278', 'Q17149090'), 'Q10').type).toBe('armed_group');
    expect(one(typed('Q43229', 'Q11032'), 'Q10').type).toBe('media');
  });

  it('follows class entities in the export: superclasses, then their English label', () => {
    const militia = entity('Q20', { labels: { en: 'militia' }, claims: { P279: [claim('Q21')] } });
    const armedOrg = entity('Q21', { labels: { en: 'some armed thing' }, claims: { P279: [claim('Q17149090')] } });
    const station = entity('Q22', { labels: { en: 'news website' } });
    const a = entity('Q10', { labels: { ar: 'سرايا', en: 'Brigades' }, claims: { P31: [claim('Q20')] } });
    const b = entity('Q11', { labels: { ar: 'موقع', en: 'Site' }, claims: { P31: [claim('Q22')] } });
    const r = convertWikidata([a, b, militia, armedOrg, station]);
    expect(one(r, 'Q10').type).toBe('armed_group');
    expect(one(r, 'Q11').type).toBe('media');
    expect(r.stats.references).toBe(3);
  });

  it('types an unknown class organisation, with a warning, and does not crash', () => {
    const r = typed('Q123456789');
    expect(one(r, 'Q10').type).toBe('organisation');
    expect(warned(r, 'Q10', 'no known class among Q123456789')).toBe(true);
    expect(warned(typed(), 'Q10', 'no instance-of')).toBe(true);
  });
});

describe('roles', () => {
  const STATE = entity('Q30', { labels: { ar: 'دولة', en: 'Stateland' }, claims: { P31: [claim('Q3624078')] } });

  it('maps a known position with its dates at their precision', () => {
    const e = person('Q10', {
      claims: {
        P39: [
          claim('Q14212', {
            q: { P642: [item('Q30')], P580: [time('+2020-05-07T00:00:00Z', 11)], P582: [time('+2022-10-00T00:00:00Z', 10)] },
          }),
          claim('Q30461', { q: { P580: [time('+2001-00-00T00:00:00Z', 9)], P582: [time('+2010-00-00T00:00:00Z', 8)] } }),
        ],
      },
    });
    expect(one(convertWikidata([e, STATE]), 'Q10').roles).toEqual([
      { role: 'prime_minister', of: 'Q30', start: '2020-05-07', end: '2022-10' },
      { role: 'president', start: '2001' },
    ]);
  });

  it('reads dates by precision and leaves out what the schema cannot hold', () => {
    const d = (t: string, p: number) => snakDate(time(t, p));
    expect(d('+2020-05-07T00:00:00Z', 11)).toBe('2020-05-07');
    expect(d('+2020-05-07T00:00:00Z', 10)).toBe('2020-05');
    expect(d('+2020-05-07T00:00:00Z', 9)).toBe('2020');
    expect(d('+2020-00-00T00:00:00Z', 11)).toBe('2020');
    expect(d('+2000-00-00T00:00:00Z', 8)).toBeUndefined();
    expect(d('-0500-00-00T00:00:00Z', 9)).toBeUndefined();
    expect(snakDate({ snaktype: 'somevalue' })).toBeUndefined();
  });

  it('drops an end before the start, with a warning', () => {
    const e = person('Q10', {
      claims: { P39: [claim('Q83307', { q: { P580: [time('+2020-00-00T00:00:00Z', 9)], P582: [time('+2019-00-00T00:00:00Z', 9)] } })] },
    });
    const r = convertWikidata([e]);
    expect(one(r, 'Q10').roles).toEqual([{ role: 'minister', start: '2020' }]);
    expect(warned(r, 'Q10', 'end 2019 is before start 2020')).toBe(true);
  });

  it('skips deprecated statements', () => {
    const e = person('Q10', { claims: { P39: [claim('Q30461', { rank: 'deprecated' })], P27: [claim('Q30', { rank: 'deprecated' })] } });
    const a = one(convertWikidata([e, STATE]), 'Q10');
    expect(a.roles).toBeUndefined();
    expect(a.country).toBeUndefined();
  });

  it('resolves `of` from P642/P1001, the position entity, or the office table, through knownIds', () => {
    const office = entity('Q40', {
      labels: { ar: 'رئيس وزراء دولة', en: 'Prime Minister of Stateland' },
      claims: { P31: [claim('Q4164871')], P279: [claim('Q14212')], P1001: [claim('Q30')] },
    });
    const e = person('Q10', {
      claims: {
        P39: [
          claim('Q40'),
          claim('Q83307', { q: { P1001: [item('Q796')] } }),
          claim('Q11696'),
          claim('Q83307', { q: { P642: [item('Q99')] } }),
        ],
      },
    });
    const r = convertWikidata([e, office, STATE], { knownIds: new Map([['Q796', 'iraq']]) });
    expect(one(r, 'Q10').roles).toEqual([
      { role: 'prime_minister', of: 'Q30' },
      { role: 'minister', of: 'iraq' },
      { role: 'president', of: 'Q30' },
      { role: 'minister' },
    ]);
    expect(warned(r, 'Q10', 'role minister of Q99')).toBe(true);
    expect(r.stats.references).toBe(1);
  });

  it('reads an unmapped position from its label, with the labels as title when the key is vague', () => {
    const fm = entity('Q41', {
      labels: { ar: 'وزير خارجية دولة', en: 'Minister of Foreign Affairs of Stateland' },
      claims: { P1001: [claim('Q30')] },
    });
    const oil = entity('Q42', { labels: { ar: 'وزير الزراعة', en: 'Minister of Agriculture' }, claims: { P279: [claim('Q83307')] } });
    const board = entity('Q43', { labels: { en: 'Chair of the Water Board' } });
    const e = person('Q10', { claims: { P39: [claim('Q41'), claim('Q42'), claim('Q43'), claim('Q44')] } });
    const r = convertWikidata([e, fm, oil, board, STATE]);
    expect(one(r, 'Q10').roles).toEqual([
      { role: 'foreign_minister', of: 'Q30' },
      { role: 'minister', title: { ar: 'وزير الزراعة', en: 'Minister of Agriculture' } },
      { role: 'other', title: { ar: 'Chair of the Water Board', en: 'Chair of the Water Board' } },
    ]);
    expect(warned(r, 'Q10', 'position Q44 is neither in the position table nor in the export')).toBe(true);
  });
});

describe('affiliations and country', () => {
  const party = entity('Q20', { labels: { ar: 'حزب', en: 'Party' }, claims: { P31: [claim('Q7278')] } });
  const state = entity('Q30', { labels: { ar: 'دولة', en: 'Stateland' }, claims: { P31: [claim('Q3624078')], P17: [claim('Q30')] } });

  it('maps P102/P463 to member_of and P749/P361 to part_of, resolving targets or dropping them', () => {
    const e = person('Q10', {
      claims: {
        P102: [claim('Q20', { q: { P580: [time('+2005-00-00T00:00:00Z', 9)] } })],
        P463: [claim('Q1065'), claim('Q98')],
        P749: [claim('Q30')],
        P361: [claim('Q10')],
      },
    });
    const r = convertWikidata([e, party, state], { knownIds: new Map([['Q1065', 'united-nations']]) });
    expect(one(r, 'Q10').affiliations).toEqual([
      { kind: 'member_of', target: 'Q20', start: '2005' },
      { kind: 'member_of', target: 'united-nations' },
      { kind: 'part_of', target: 'Q30' },
    ]);
    expect(warned(r, 'Q10', 'P463 Q98: not in the export or the base')).toBe(true);
  });

  it('takes citizenship for people, P17 for others, none for a state or an international body', () => {
    const p = person('Q10', { claims: { P27: [claim('Q97'), claim('Q30')], P17: [claim('Q796')] } });
    const city = entity('Q11', { labels: { ar: 'مدينة', en: 'Town' }, claims: { P31: [claim('Q515')], P17: [claim('Q796')] } });
    const body = entity('Q12', { labels: { ar: 'هيئة', en: 'Body' }, claims: { P31: [claim('Q245065')], P17: [claim('Q30')] } });
    const r = convertWikidata([p, city, body, state], { knownIds: new Map([['Q796', 'iraq']]) });
    expect(one(r, 'Q10').country).toBe('Q30');
    expect(one(r, 'Q11').country).toBe('iraq');
    expect(one(r, 'Q12').country).toBeUndefined();
    expect(one(r, 'Q30').country).toBeUndefined();
  });
});

describe('note and links', () => {
  it('writes descriptions as sentences, and a neutral note where one is missing', () => {
    const e = person('Q10', { descriptions: { en: 'iraqi politician' } });
    expect(one(convertWikidata([e]), 'Q10').note).toEqual({ ar: 'عنصر من ويكي بيانات Q10: شخص.', en: 'Iraqi politician.' });
    const long = person('Q11', { descriptions: { ar: 'س'.repeat(2000), en: 'x'.repeat(2000) } });
    const note = one(convertWikidata([long]), 'Q11').note;
    expect(note.ar.length).toBeLessThanOrEqual(1500);
    expect(note.en.length).toBeLessThanOrEqual(1500);
  });

  it('links Wikidata and the Arabic and English Wikipedia articles', () => {
    const e = person('Q10', { sitelinks: { arwiki: 'سليم ورد', enwiki: 'Salim Ward', frwiki: 'Salim Ward' } });
    expect(one(convertWikidata([e]), 'Q10').links).toEqual({ wikipedia: { ar: 'سليم ورد', en: 'Salim Ward' }, wikidata: 'Q10' });
  });
});

describe('ambiguous', () => {
  it('flags a spelling shared by two actors of the pack in both, and aliases of three letters or fewer', () => {
    const a = person('Q10', { aliases: { ar: ['الوردي'], en: ['SW'] } });
    const b = person('Q11', { labels: { ar: 'نادر الوردي', en: 'Nader al-Wardi' }, aliases: { ar: ['الوردی', 'نادر'] } });
    const r = convertWikidata([a, b]);
    expect(one(r, 'Q10').ambiguous).toEqual(['الوردي', 'SW']);
    expect(one(r, 'Q11').ambiguous).toEqual(['الوردی']);
    expect(validateActors(r.pack.actors).errors).toEqual([]);
  });

  it('flags even a name shared by two actors', () => {
    const r = convertWikidata([person('Q10'), person('Q11')]);
    expect(one(r, 'Q11').ambiguous).toEqual(['سليم ورد', 'Salim Ward']);
  });

  it('against existing actors: drops a clashing alias, flags an ambiguous one, skips a clashing name', () => {
    const { knownIds, knownAliases } = bundled();
    const a = person('Q10', { aliases: { ar: ['بغداد', 'الحريري'] } });
    const dup = entity('Q11', { labels: { ar: 'مصطفى الكاظمي', en: 'Mustafa al-Kadhimi' }, claims: { P31: [claim('Q5')] } });
    const r = convertWikidata([a, dup], { knownIds, knownAliases });
    expect(one(r, 'Q10').aliases?.ar).toEqual(['الحريري']);
    expect(one(r, 'Q10').ambiguous).toEqual(['الحريري']);
    expect(warned(r, 'Q10', 'alias "بغداد" is already a name of "baghdad"')).toBe(true);
    expect(warned(r, 'Q11', 'is already a name of "mustafa-al-kadhimi": skipped')).toBe(true);
  });

  it('does not convert what the base already has, but points references there', () => {
    const iraq = entity('Q796', { labels: { ar: 'العراق', en: 'Iraq' }, claims: { P31: [claim('Q3624078')] } });
    const p = person('Q10', { claims: { P27: [claim('Q796')] } });
    const r = convertWikidata([iraq, p], { knownIds: new Map([['Q796', 'iraq']]) });
    expect(r.pack.actors.map((x) => x.id)).toEqual(['Q10']);
    expect(one(r, 'Q10').country).toBe('iraq');
    expect(warned(r, 'Q796', 'already in the base as "iraq"')).toBe(true);
  });

  it('leaves the validator the last word: a function-word alias is dropped, not the actor', () => {
    const r = convertWikidata([person('Q10', { aliases: { en: ['the', 'S. Ward'] } })]);
    expect(one(r, 'Q10').aliases).toEqual({ en: ['S. Ward'] });
    expect(warned(r, 'Q10', /alias dropped: .*function word/)).toBe(true);
  });
});

describe('sample files → pack → validateActors', () => {
  const { knownIds, knownAliases, ids } = bundled();

  it.each([
    ['entitydata.json', (t: string) => entitiesOfDocument(JSON.parse(t)), ['Q900000001', 'Q900000002']],
    ['dump.json', dumpEntities, ['Q900000010', 'Q900000011', 'Q900000012', 'Q900000013', 'Q900000015', 'Q900000019']],
  ])('%s', (file, read, expected) => {
    const r = convertWikidata(read(fixture(file)), { name: file, knownIds, knownAliases });
    expect(r.pack.actors.map((a) => a.id)).toEqual(expected);
    const { errors } = validateActors(r.pack.actors, { knownIds: ids, knownAliases });
    expect(errors).toEqual([]);
  });

  it('dump.json: every rule on one realistic person', () => {
    const r = convertWikidata(dumpEntities(fixture('dump.json')), { knownIds, knownAliases });
    const samer = one(r, 'Q900000010');
    expect(samer.aliases?.ar).toEqual(['الحديثي', 'سامر عبد الكريم الحديثي', 'سامر حدیثی', 'حدیثی']);
    expect(samer.ambiguous).toEqual(['الحديثي']);
    expect(samer.roles).toEqual([
      { role: 'prime_minister', of: 'Q900000013', start: '2020-05-07', end: '2022-10' },
      { role: 'minister', of: 'Q900000013', start: '2016', end: '2020' },
      {
        role: 'other',
        of: 'Q900000019',
        title: { ar: 'رئيس هيئة مياه الوادي', en: 'Chair of the Wadi Water Board' },
        start: '2023-01-15',
      },
    ]);
    expect(samer.affiliations).toEqual([{ kind: 'member_of', target: 'Q900000012', start: '2005' }]);
    expect(one(r, 'Q900000013').affiliations).toEqual([{ kind: 'member_of', target: 'united-nations', start: '1960' }]);
    expect(one(r, 'Q900000011').ambiguous).toEqual(['الحديثي', 'L.H.']);
    expect(one(r, 'Q900000015').type).toBe('armed_group');
    expect(warned(r, 'Q900000014', 'no Arabic name: skipped')).toBe(true);
    expect(warned(r, 'Q900000019', 'no known class')).toBe(true);
    expect(r.stats).toEqual({ entities: 10, actors: 6, references: 3, skipped: 1 });
  });
});

describe('kb:wikidata CLI', () => {
  it('prints the pack on stdout and the warnings on stderr; exits 1 when nothing converts', { timeout: 30_000 }, () => {
    const run = (args: string[], input?: string) =>
      spawnSync('npx', ['tsx', 'scripts/kb-wikidata.ts', ...args], { cwd: ROOT, encoding: 'utf8', input });
    // The sample is kept formatted like the rest of the repository; the run reads the dump's layout.
    const dir = mkdtempSync(join(tmpdir(), 'siyaq-wikidata-'));
    try {
      const file = join(dir, 'dump.json');
      writeFileSync(file, dumpLayout(dumpEntities(fixture('dump.json'))));
      const ok = run([file]);
      expect(ok.status).toBe(0);
      const pack = JSON.parse(ok.stdout) as KnowledgePack;
      expect(pack).toMatchObject({ schema: 'siyaq-kb', version: 1, name: 'Wikidata: dump.json' });
      expect(pack.actors).toHaveLength(6);
      expect(ok.stderr).toContain('Q900000014: no Arabic name: skipped');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    const none = run(['-'], '{"id":"Q1","type":"item","labels":{"en":{"language":"en","value":"Only English"}}}\n');
    expect(none.status).toBe(1);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('Q1: no Arabic name: skipped');
  });
});
