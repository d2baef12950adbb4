import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
});
