/**
 * Compiles the world tables (kb/world/*.txt: compact, one actor a line, written by hand) into
 * actor files of the bundled base (kb/actors/world-*.json). The output is committed and reviewed
 * like any other actor file; `npm run kb:build` validates it with the rest of the base.
 *
 *   npx tsx scripts/kb-world.ts
 *
 * Tables are `|`-separated; lists inside a column are `;`-separated; a leading `~` marks a name
 * ambiguous. Lines starting with # are comments.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Actor, Affiliation, Role } from '../lib/kb/schema';
import { readKbFiles } from './lib/kb-files';

const ROOT = join(import.meta.dirname, '..');
const WORLD = join(ROOT, 'kb', 'world');
const OUT = join(ROOT, 'kb', 'actors');

/** Where a state lies, as the first words of its note: "دولة في …" / "A state in …". */
const REGIONS: Record<string, { ar: string; en: string }> = {
  seu: { ar: 'دولة في جنوب أوروبا', en: 'A state in Southern Europe' },
  weu: { ar: 'دولة في غرب أوروبا', en: 'A state in Western Europe' },
  ceu: { ar: 'دولة في وسط أوروبا', en: 'A state in Central Europe' },
  neu: { ar: 'دولة في شمال أوروبا', en: 'A state in Northern Europe' },
  bal: { ar: 'دولة في منطقة البلقان بجنوب شرق أوروبا', en: 'A state in the Balkans, in south-eastern Europe' },
  eeu: { ar: 'دولة في شرق أوروبا', en: 'A state in Eastern Europe' },
  cau: { ar: 'دولة في جنوب القوقاز', en: 'A state in the South Caucasus' },
  cas: { ar: 'دولة في آسيا الوسطى', en: 'A state in Central Asia' },
  eas: { ar: 'دولة في شرق آسيا', en: 'A state in East Asia' },
  sas: { ar: 'دولة في جنوب آسيا', en: 'A state in South Asia' },
  sea: { ar: 'دولة في جنوب شرق آسيا', en: 'A state in Southeast Asia' },
  waf: { ar: 'دولة في غرب أفريقيا', en: 'A state in West Africa' },
  caf: { ar: 'دولة في وسط أفريقيا', en: 'A state in Central Africa' },
  eaf: { ar: 'دولة في شرق أفريقيا', en: 'A state in East Africa' },
  ioc: {
    ar: 'دولة جزرية في المحيط الهندي قبالة الساحل الشرقي لأفريقيا',
    en: 'An island state in the Indian Ocean off the east coast of Africa',
  },
  saf: { ar: 'دولة في الجنوب الأفريقي', en: 'A state in Southern Africa' },
  nam: { ar: 'دولة في أمريكا الشمالية', en: 'A state in North America' },
  cam: { ar: 'دولة في أمريكا الوسطى', en: 'A state in Central America' },
  car: { ar: 'دولة جزرية في منطقة البحر الكاريبي', en: 'An island state in the Caribbean' },
  sam: { ar: 'دولة في أمريكا الجنوبية', en: 'A state in South America' },
  oce: { ar: 'دولة في أوقيانوسيا', en: 'A state in Oceania' },
  pac: { ar: 'دولة جزرية في المحيط الهادئ', en: 'A Pacific island state' },
};

/** Memberships the tables name by a short code, with the year joined where it is after 2015. */
const MEMBERSHIPS: Record<string, { target: string; start?: Record<string, string> }> = {
  eu: { target: 'european-union' },
  nato: { target: 'nato', start: { montenegro: '2017', 'north-macedonia': '2020', finland: '2023', sweden: '2024' } },
  au: { target: 'african-union' },
  opec: { target: 'opec', start: { 'republic-of-the-congo': '2018', 'equatorial-guinea': '2017' } },
};

/** English Wikipedia titles that are not the English name. */
const WIKI_EN: Record<string, string> = {
  georgia: 'Georgia (country)',
  'kingston-jamaica': 'Kingston, Jamaica',
  'victoria-seychelles': 'Victoria, Seychelles',
  'georgetown-guyana': 'Georgetown, Guyana',
  'san-jose-costa-rica': 'San José, Costa Rica',
  'st-georges-grenada': "St. George's, Grenada",
  'st-johns-antigua': "St. John's, Antigua and Barbuda",
  nassau: 'Nassau, Bahamas',
  'port-louis': 'Port Louis',
  'la-paz': 'La Paz',
  'new-york-city': 'New York City',
};

interface Names {
  first: string;
  rest: string[];
  ambiguous: string[];
}

function names(column: string): Names {
  const all = column
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
  const clean = all.map((s) => s.replace(/^~/, ''));
  return { first: clean[0] ?? '', rest: clean.slice(1), ambiguous: all.filter((s) => s.startsWith('~')).map((s) => s.slice(1)) };
}

function rows(file: string, columns: number): string[][] {
  return readFileSync(join(WORLD, file), 'utf8')
    .split('\n')
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line !== '' && !line.startsWith('#'))
    .map(({ line, n }) => {
      const cells = line.split('|').map((c) => c.trim());
      if (cells.length !== columns) throw new Error(`${file}:${n}: expected ${columns} columns, found ${cells.length}`);
      return cells;
    });
}

function withAliases(actor: Actor, ar: Names, en: Names): Actor {
  if (ar.rest.length || en.rest.length) {
    actor.aliases = {};
    if (ar.rest.length) actor.aliases.ar = ar.rest;
    if (en.rest.length) actor.aliases.en = en.rest;
  }
  const ambiguous = [...ar.ambiguous, ...en.ambiguous];
  if (ambiguous.length) actor.ambiguous = ambiguous;
  return actor;
}

function links(id: string, ar: string | undefined, en: string, qid: string): Actor['links'] {
  const out: NonNullable<Actor['links']> = { wikipedia: ar ? { ar, en: WIKI_EN[id] ?? en } : { en: WIKI_EN[id] ?? en } };
  if (qid) out.wikidata = qid;
  return out;
}

/** Ends a sentence with a full stop unless it already ends with one. */
const stop = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);

/** Places: id | wikidata | country | c (capital) | ar names | en names | note ar | note en */
function places(file: string): Actor[] {
  return rows(file, 8).map(([id, qid, country, capital, arCol, enCol, noteAr, noteEn]) => {
    const ar = names(arCol!);
    const en = names(enCol!);
    const actor: Actor = { id: id!, type: 'place', names: { ar: ar.first, en: en.first }, note: { ar: noteAr!, en: noteEn! } };
    withAliases(actor, ar, en);
    if (country) actor.country = country;
    if (capital === 'c') actor.capital = true;
    actor.links = links(id!, ar.first, en.first, qid!);
    return actor;
  });
}

/** People: id | wikidata | country | ar names | en names | roles | note ar | note en */
function people(file: string): Actor[] {
  return rows(file, 8).map(([id, qid, country, arCol, enCol, roleCol, noteAr, noteEn]) => {
    const ar = names(arCol!);
    const en = names(enCol!);
    const actor: Actor = { id: id!, type: 'person', names: { ar: ar.first, en: en.first }, note: { ar: noteAr!, en: noteEn! } };
    withAliases(actor, ar, en);
    // role@of:start:end:title ar/title en
    actor.roles = roleCol!
      .split(';')
      .filter(Boolean)
      .map((r) => {
        const [head = '', start, end, title] = r.split(':');
        const [role, of] = head.split('@');
        const out: Role = { role: role as Role['role'] };
        if (of) out.of = of;
        if (title) {
          const [tAr = '', tEn = ''] = title.split('/');
          out.title = { ar: tAr, en: tEn };
        }
        if (start) out.start = start;
        if (end) out.end = end;
        return out;
      });
    if (country) actor.country = country;
    // Arabic Wikipedia titles of people vary too much to guess; the English one is the name.
    actor.links = links(id!, undefined, en.first, qid!);
    return actor;
  });
}

function states(file: string, known: Map<string, Actor>): { states: Actor[]; capitals: Actor[] } {
  const out: Actor[] = [];
  const capitals: Actor[] = [];
  for (const cells of rows(file, 13)) {
    const [id, qid, region, arCol, enCol, demAr, demEn, capId, capAr, capEn, orgs, noteAr, noteEn] = cells as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const where = REGIONS[region];
    if (!where) throw new Error(`${file}: ${id}: unknown region "${region}"`);
    const ar = names(arCol);
    const en = names(enCol);
    const cap = capId === '-' ? undefined : capAr ? { ar: names(capAr), en: names(capEn) } : undefined;
    const capNames = cap ? { ar: cap.ar.first, en: cap.en.first } : capId !== '-' ? known.get(capId)?.names : undefined;
    if (capId !== '-' && !capNames) throw new Error(`${file}: ${id}: capital "${capId}" is neither in the table nor in the base`);

    // A note starting with = is the whole note; else it follows "a state in …, capital …".
    let note: Actor['note'];
    if (capId === '-' || noteAr.startsWith('=')) note = { ar: stop(noteAr.replace(/^=/, '')), en: stop(noteEn.replace(/^=/, '')) };
    else {
      note = { ar: `${where.ar}، عاصمتها ${capNames!.ar}.`, en: `${where.en}, with its capital in ${capNames!.en}.` };
      if (noteAr) note = { ar: `${note.ar} ${stop(noteAr)}`, en: `${note.en} ${stop(noteEn)}` };
    }
    const state: Actor = { id, type: 'state', names: { ar: ar.first, en: en.first }, note };
    withAliases(state, ar, en);
    const affiliations: Affiliation[] = orgs
      .split(',')
      .filter(Boolean)
      .map((code) => {
        const m = MEMBERSHIPS[code];
        if (!m) throw new Error(`${file}: ${id}: unknown membership "${code}"`);
        const start = m.start?.[id];
        return start ? { kind: 'member_of', target: m.target, start } : { kind: 'member_of', target: m.target };
      });
    if (affiliations.length) state.affiliations = affiliations;
    const arDem = demAr
      .split(';')
      .filter(Boolean)
      .flatMap((d) => (!d.includes(' ') && d.endsWith('ي') ? [d, `${d}ة`] : [d]));
    const enDem = demEn.split(';').filter(Boolean);
    if (arDem.length || enDem.length) {
      state.demonyms = {};
      if (arDem.length) state.demonyms.ar = arDem;
      if (enDem.length) state.demonyms.en = enDem;
    }
    state.links = links(id, ar.first, en.first, qid);
    out.push(state);

    if (cap) {
      const capital: Actor = {
        id: capId,
        type: 'place',
        names: { ar: cap.ar.first, en: cap.en.first },
        note: { ar: `مدينة ${cap.ar.first} عاصمة ${ar.first}.`, en: `${cap.en.first} is the capital of ${en.first}.` },
      };
      withAliases(capital, cap.ar, cap.en);
      capital.country = id;
      capital.capital = true;
      capital.links = links(capId, cap.ar.first, cap.en.first, '');
      capitals.push(capital);
    }
  }
  return { states: out, capitals };
}

/** The field order of kb/README.md, so the files read like the hand-written ones. */
const ORDER = ['id', 'type', 'names', 'aliases', 'ambiguous', 'roles', 'affiliations', 'country', 'capital', 'demonyms', 'note', 'links'];
const ordered = (a: Actor) => Object.fromEntries(ORDER.filter((k) => k in a).map((k) => [k, a[k as keyof Actor]]));

const write = (name: string, actors: Actor[]) => {
  writeFileSync(join(OUT, name), `${JSON.stringify(actors.map(ordered), null, 2)}\n`);
  console.log(`kb-world: ${actors.length} actors → kb/actors/${name}`);
};

// Capitals named by a state's row but defined elsewhere (Brussels) come from the hand-written files.
const known = new Map<string, Actor>();
for (const f of readKbFiles()) {
  if (!f.file.startsWith('world-') && Array.isArray(f.data)) for (const a of f.data as Actor[]) known.set(a.id, a);
}
const placeTables = ['capitals.txt', 'regions.txt', 'cities.txt'].filter((f) => {
  try {
    readFileSync(join(WORLD, f));
    return true;
  } catch {
    return false;
  }
});
const placeActors = placeTables.map((f) => ({ file: f, actors: places(f) }));
for (const { actors } of placeActors) for (const a of actors) known.set(a.id, a);
const { states: stateActors, capitals } = states('states.txt', known);
write('world-states.json', stateActors);
const extraCapitals = placeActors.find((p) => p.file === 'capitals.txt')?.actors ?? [];
write('world-capitals.json', [...capitals, ...extraCapitals]);
for (const { file, actors } of placeActors) if (file !== 'capitals.txt') write(`world-${file.replace('.txt', '')}.json`, actors);
write('world-leaders.json', people('leaders.txt'));
