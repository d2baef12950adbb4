import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { latestFactDate } from '../../lib/kb/as-of';
import { checkNameConsistency } from '../../lib/kb/consistency';
import { NEWS_SITES } from '../../lib/sites';
import { buildBundledBase } from '../../scripts/lib/kb-base';

const ROOT = join(import.meta.dirname, '..', '..');
const actor = (over: Record<string, unknown>) => ({
  id: 'some-actor',
  type: 'person',
  names: { ar: 'شخص ما', en: 'Some Actor' },
  note: { ar: 'شخص.', en: 'A person.' },
  ...over,
});

describe('the knowledge-base build step', () => {
  it('accepts the bundled base: 600 or more valid actors', () => {
    const base = buildBundledBase();
    expect(base.ok).toBe(true);
    if (base.ok) expect(base.actors.length).toBeGreaterThanOrEqual(600);
  });

  it('holds the bundled base to the checks across names, and dates it 2025 or later', () => {
    const base = buildBundledBase();
    expect(base.ok).toBe(true);
    if (!base.ok) return;
    expect(checkNameConsistency(base.actors)).toEqual([]);
    expect(latestFactDate(base.actors)! >= '2025').toBe(true);
  });

  it.each([
    ['a missing note', [actor({ note: undefined })], /actor "some-actor" note: expected \{ ar, en \}/],
    ['a missing English name', [actor({ names: { ar: 'شخص ما' } })], /actor "some-actor" names\.en: missing/],
    ['a duplicate id', [actor({}), actor({ names: { ar: 'آخر', en: 'Other' } })], /actor "some-actor" id: duplicate id/],
    [
      'an affiliation to nobody',
      [actor({ affiliations: [{ kind: 'member_of', target: 'nobody' }] })],
      /affiliations\[0\]\.target: refers to unknown actor "nobody"/,
    ],
    [
      'a capital that is not a place',
      [actor({ capital: true, country: 'some-actor' })],
      /actor "some-actor" capital: only `true`, on a place with a country/,
    ],
    [
      'an alias shared without the ambiguous flag',
      [actor({}), actor({ id: 'other', names: { ar: 'شخص ما', en: 'Other' } })],
      /actor "other" aliases: "شخص ما" is also a name of "some-actor"/,
    ],
    [
      'a flag on one spelling of a name and not on the other (نصر الله / نصرالله)',
      [actor({ aliases: { ar: ['نصر الله', 'نصرالله'] }, ambiguous: ['نصر الله'] })],
      /actor "some-actor" ambiguous: "نصرالله" is "نصر الله" spelled another way/,
    ],
    [
      'a surname alone that another person bears too (حفتر)',
      [actor({ aliases: { ar: ['حفتر'] } }), actor({ id: 'other', names: { ar: 'صدام حفتر', en: 'Saddam Haftar' } })],
      /actor "some-actor" ambiguous: "حفتر" is also the surname of "other"/,
    ],
  ])('rejects %s, naming the actor', (_label, actors, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-'));
    writeFileSync(join(dir, 'test.json'), JSON.stringify(actors));
    const base = buildBundledBase(dir);
    expect(base.ok).toBe(false);
    if (!base.ok) expect(base.problems.join('\n')).toMatch(message);
  });

  it('fails the build (non-zero exit) with the problems listed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-'));
    writeFileSync(join(dir, 'broken.json'), JSON.stringify([actor({ type: 'wizard' })]));
    const run = spawnSync('npx', ['tsx', 'scripts/kb-build.ts', '--dir', dir, '--out', mkdtempSync(join(tmpdir(), 'kb-out-'))], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('broken.json: actor "some-actor" type: must be one of');
    expect(run.stderr).toContain('kb:build failed: 1 problem(s)');
  }, 30_000);

  it('compiles a valid base into matcher data the content script loads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-'));
    const out = mkdtempSync(join(tmpdir(), 'kb-out-'));
    writeFileSync(join(dir, 'ok.json'), JSON.stringify([actor({})]));
    execFileSync('npx', ['tsx', 'scripts/kb-build.ts', '--dir', dir, '--out', out], { cwd: ROOT, encoding: 'utf8' });
    const data = JSON.parse(readFileSync(join(out, 'matcher.json'), 'utf8'));
    expect(data.actors.map((a: { id: string }) => a.id)).toEqual(['some-actor']);
    expect(data.words).toEqual(expect.arrayContaining(['شخص', 'ما']));
  }, 30_000);

  it('writes how current the base is: the latest date of its facts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-'));
    const out = mkdtempSync(join(tmpdir(), 'kb-out-'));
    const roles = [
      { role: 'minister', start: '2019', end: '2024-06-30' },
      { role: 'president', start: '2024-07' },
    ];
    writeFileSync(join(dir, 'ok.json'), JSON.stringify([actor({ roles })]));
    execFileSync('npx', ['tsx', 'scripts/kb-build.ts', '--dir', dir, '--out', out], { cwd: ROOT, encoding: 'utf8' });
    expect(JSON.parse(readFileSync(join(out, 'kb-meta.json'), 'utf8'))).toEqual({ asOf: '2024-07' });
  }, 30_000);
});

describe('the build check that every listed site has its outlet', () => {
  const media = (over: Record<string, unknown>) =>
    actor({ id: 'some-outlet', type: 'media', names: { ar: 'صحيفة ما', en: 'Some Paper' }, ...over });

  it('fails when a listed site has no outlet, naming the site', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-'));
    writeFileSync(join(dir, 'test.json'), JSON.stringify([media({ outlet: { hosts: ['example.com'] } })]));
    const base = buildBundledBase(dir, ['news.example.com', 'example.org', 'www.example.com/arabic']);
    expect(base.ok).toBe(false);
    if (!base.ok)
      expect(base.problems).toEqual(['lib/sites.ts: site "example.org" has no outlet: give a media actor its host in outlet.hosts']);
  });

  it('fails the real base once one outlet loses its hosts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-'));
    const kb = join(ROOT, 'kb', 'actors');
    for (const f of readdirSync(kb).filter((f) => f.endsWith('.json'))) {
      const actors = JSON.parse(readFileSync(join(kb, f), 'utf8')) as { id: string; outlet?: { hosts?: string[] } }[];
      for (const a of actors) if (a.id === 'al-mayadeen') delete a.outlet!.hosts;
      writeFileSync(join(dir, f), JSON.stringify(actors));
    }
    expect(buildBundledBase(dir, []).ok).toBe(true);
    const base = buildBundledBase(dir, NEWS_SITES);
    expect(base.ok).toBe(false);
    if (!base.ok) expect(base.problems).toEqual([expect.stringContaining('site "almayadeen.net" has no outlet')]);
  });

  it.each([
    ['outlet facts on a person', actor({ outlet: { hosts: ['example.com'] } }), /outlet: only media actors have outlet facts/],
    [
      'a host with www.',
      media({ outlet: { hosts: ['www.example.com'] } }),
      /outlet\.hosts\[0\]: "www\.example\.com" is not a lowercase hostname/,
    ],
    ['a host with a scheme', media({ outlet: { hosts: ['https://example.com'] } }), /outlet\.hosts\[0\]/],
    ['an unknown ownership kind', media({ outlet: { ownership: 'independent' } }), /outlet\.ownership: must be one of state-owned/],
    ['a founding date that is not a year', media({ outlet: { founded: '1996-11' } }), /outlet\.founded: must be a year/],
    ['an owner missing from the base', media({ outlet: { owner: 'nobody' } }), /outlet\.owner: refers to unknown actor "nobody"/],
    ['an owner named in one language only', media({ outlet: { owner: { en: 'Someone' } } }), /outlet\.owner\.ar: missing/],
    ['a rating of the outlet', media({ outlet: { reliability: 'high' } }), /outlet\.reliability: unknown field/],
  ])('rejects %s', (_label, bad, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-'));
    writeFileSync(join(dir, 'test.json'), JSON.stringify([bad]));
    const base = buildBundledBase(dir);
    expect(base.ok).toBe(false);
    if (!base.ok) expect(base.problems.join('\n')).toMatch(message);
  });

  it('rejects one host given to two outlets', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-'));
    const two = [
      media({ outlet: { hosts: ['example.com'] } }),
      media({ id: 'other-outlet', names: { ar: 'قناة أخرى', en: 'Other' }, outlet: { hosts: ['example.com'] } }),
    ];
    writeFileSync(join(dir, 'test.json'), JSON.stringify(two));
    const base = buildBundledBase(dir);
    expect(base.ok).toBe(false);
    if (!base.ok)
      expect(base.problems.join('\n')).toMatch(/actor "other-outlet" outlet\.hosts: "example\.com" is also a host of "some-outlet"/);
  });

  it('accepts an outlet owned by another actor of the base', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-'));
    const owned = [
      media({ outlet: { hosts: ['example.com'], owner: 'owner-co', ownership: 'private', founded: '1990' } }),
      actor({ id: 'owner-co', type: 'organisation', names: { ar: 'شركة', en: 'Owner Co' } }),
    ];
    writeFileSync(join(dir, 'test.json'), JSON.stringify(owned));
    expect(buildBundledBase(dir, ['example.com'])).toMatchObject({ ok: true });
  });
});

describe('the committed host table of the store (lib/kb/outlet-table.json)', () => {
  it('is what the base compiles (npm run kb:build rewrites it)', async () => {
    const { outletTable } = await import('../../lib/kb/outlets');
    const table = JSON.parse(readFileSync(join(ROOT, 'lib', 'kb', 'outlet-table.json'), 'utf8'));
    const base = buildBundledBase();
    expect(base.ok).toBe(true);
    if (base.ok) expect(table).toEqual(outletTable(base.actors));
  });
});
