import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Actor } from '../../lib/kb/schema';
import { claimsAbout, countClaimsAbout, figureConflicts } from '../../lib/store/claims';
import { SiyaqDB } from '../../lib/store/db';
import { type ChromiumSession, launchChromium } from '../../tests/browser/harness/chromium';
import { bundle, ensureBuild, log, pollValue, ROOT } from './browser';
import { CLAIMS_PER_ARTICLE, fillClaims, type GenActor, popularActor } from './claims-generator';
import type { Section } from './matcher';
import { fmt, measureAsync, median, repeat } from './stats';

const SIZES = [10_000, 100_000];

/** The worker's global once the generator bundle ran in it. */
type WorkerGlobal = { siyaqFill: (actors: GenActor[], from: number, to: number) => Promise<number> };

const timed = (fn: () => Promise<unknown>) => async () => {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
};

/**
 * The actor card's queries, and the card itself: the newest claims about a popular actor with
 * 10,000 and 100,000 claims stored, in Node on fake-indexeddb and in the built extension.
 */
export async function benchPanel(): Promise<Section> {
  ensureBuild();
  const actors: GenActor[] = (JSON.parse(readFileSync(join(ROOT, 'generated', 'actors.json'), 'utf8')) as Actor[]).map((a) => ({
    id: a.id,
    ar: a.names.ar,
    person: a.type === 'person',
  }));
  const popular = popularActor(actors);
  const second = actors.filter((a) => a.person && a.id !== popular.id)[0]!;

  const nodeRows: string[] = [];
  const db = new SiyaqDB('siyaq-bench', { indexedDB: new IDBFactory(), IDBKeyRange });
  let stored = 0;
  let about = 0;
  for (const size of SIZES) {
    log(`panel: fake-indexeddb, filling to ${size.toLocaleString('en')} claims`);
    await fillClaims(db, actors, stored, size);
    stored = size;
    about = await countClaimsAbout(db, popular.id);
    const q = await measureAsync(
      15,
      3,
      timed(() => claimsAbout(db, popular.id, 30)),
    );
    const c = await measureAsync(
      7,
      1,
      timed(() => countClaimsAbout(db, popular.id)),
    );
    const f = await measureAsync(
      3,
      1,
      timed(() => figureConflicts(db, popular.id)),
    );
    nodeRows.push(
      `| ${size.toLocaleString('en')} | ${about.toLocaleString('en')} | **${fmt(q.median, 2)} ms** | ${fmt(c.median)} ms | ${fmt(f.median)} ms |`,
    );
  }
  db.close();

  const session = await launchChromium();
  const browserRows: string[] = [];
  let atLargest = 0;
  let switchAtLargest = 0;
  try {
    await session.worker.evaluate(
      await bundle(
        `import { fillClaims } from './claims-generator'; import { SiyaqDB } from '../../lib/store/db';` +
          ' const db = new SiyaqDB(); self.siyaqFill = (actors, from, to) => fillClaims(db, actors, from, to);',
      ),
    );
    stored = 0;
    for (const size of SIZES) {
      log(`panel: Chromium, filling the extension's IndexedDB to ${size.toLocaleString('en')} claims`);
      const count = await session.worker.evaluate(([a, from, to]) => (self as unknown as WorkerGlobal).siyaqFill(a, from, to), [
        actors,
        stored,
        size,
      ] as const);
      stored = size;
      const runs = await repeat(7, 2, async () => {
        const page = await session.newPage();
        const cdp = await session.context.newCDPSession(page);
        await page.goto(`chrome-extension://${session.extensionId}/sidepanel.html?actor=${popular.id}`);
        const claims = await pollValue<number>(cdp, `performance.getEntriesByName('siyaq:actor-card:claims')[0]?.startTime`);
        const fcp = await pollValue<number>(cdp, `performance.getEntriesByName('first-contentful-paint')[0]?.startTime`, 5000).catch(
          () => Number.NaN,
        );
        const dcl = await pollValue<number>(cdp, `performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd`, 5000);
        const shown = await pollValue<number>(cdp, `document.querySelectorAll('.related .claims > li').length`, 5000).catch(() => 0);
        await page.close();
        return { claims, fcp, dcl, shown };
      });
      const claims = median(runs.map((r) => r.claims));
      const switched = median(await switchTimes(session, [popular.id, second.id], 9));
      atLargest = claims;
      switchAtLargest = switched;
      browserRows.push(
        `| ${count.toLocaleString('en')} | ${fmt(median(runs.map((r) => r.dcl)))} ms | ${fmt(median(runs.map((r) => r.fcp)))} ms |` +
          ` **${fmt(claims)} ms** | ${median(runs.map((r) => r.shown))} | **${fmt(switched)} ms** |`,
      );
    }
  } finally {
    await session.close();
  }
  return {
    title: 'Related claims and the actor card',
    markdown: [
      `Claims made by scripts/bench/claims-generator.ts through \`toClaimRecord\`, as the background stores them: ${CLAIMS_PER_ARTICLE} to an` +
        ' article, one article every 20 minutes, Arabic sentences with a speaker (80%) and one or two actors of the bundled base,' +
        ' 30% with a figure (soldiers, dollars, casualties, displaced people, percentages). Speakers and actors are drawn with a' +
        ` Zipf-like skew (rank r ∝ 1/(r+1)^1.1), so the most frequent actor, ${popular.ar} (\`${popular.id}\`), is in` +
        ` ${about.toLocaleString('en')} of the 100,000 claims.`,
      '',
      "**Queries in Node** (fake-indexeddb, a JavaScript IndexedDB, so slower than a browser's): `claimsAbout(db, actor, 30)`," +
        ' the newest 30 claims by or about the actor, a bounded range read of the `actorDates` index; `countClaimsAbout`, the total' +
        ' the card shows; `figureConflicts`, which reads every claim with a figure about the actor. Medians of 15, 7 and 3 runs.',
      '',
      '| claims stored | claims about the actor | `claimsAbout(…, 30)` | `countClaimsAbout` | `figureConflicts` |',
      '|---:|---:|---:|---:|---:|',
      ...nodeRows,
      '',
      "**The actor card in Chromium**: the generator bundled with esbuild and run in the built extension's service worker to fill" +
        ` its IndexedDB, then \`sidepanel.html?actor=${popular.id}\` opened in a fresh tab. Time to the claims' first paint is the` +
        ' `siyaq:actor-card:claims` mark (set in an effect once the claims query has answered and the list rendered), in ms since' +
        ' navigation start; first-contentful-paint from the Paint Timing API. Medians of 7 loads after 2 warm-ups. The last column' +
        ' is the common case of a panel already open when the reader clicks another name: the selection written to' +
        ' `storage.session` as the background does, to the next `siyaq:actor-card:claims` mark for that actor (median of 9,' +
        ` alternating between ${popular.id} and ${second.id}).`,
      '',
      "| claims stored | scripts run (DOMContentLoaded) | first contentful paint | claims first painted | claims listed | in an open panel: another actor's claims painted |",
      '|---:|---:|---:|---:|---:|---:|',
      ...browserRows,
      '',
      `Target: under 100 ms to the first paint of the claims with 100,000 claims — in a panel opened for it,` +
        ` **${atLargest < 100 ? 'met' : 'missed'}** (${fmt(atLargest)} ms); in an open panel, **${switchAtLargest < 100 ? 'met' : 'missed'}**` +
        ` (${fmt(switchAtLargest)} ms).`,
    ].join('\n'),
  };
}

// Plain JavaScript, run in the panel page: tsx would wrap a TypeScript function's inner functions
// in a helper the page does not have.
const SWITCH = `async (ids, runs) => {
  const times = [];
  const last = () => performance.getEntriesByName('siyaq:actor-card:claims').at(-1);
  for (let i = 0; i < runs + 1; i++) {
    const actorId = ids[i % 2];
    const t0 = performance.now();
    await chrome.storage.session.set({ 'siyaq:selection': { tabId: null, actorId, at: Date.now() } });
    await new Promise((resolve) => {
      const check = () => {
        const m = last();
        if (m && m.startTime > t0 && m.detail === actorId) resolve();
        else requestAnimationFrame(check);
      };
      check();
    });
    // The first selection mounts the card; the others switch it.
    if (i > 0) times.push(last().startTime - t0);
    await new Promise((r) => setTimeout(r, 150));
  }
  return times;
}`;

/**
 * In a panel already open (the usual case when reading): select another actor the way the
 * background does, and time until that actor's claims are on screen. Alternates between two
 * actors so that every selection changes the card.
 */
async function switchTimes(session: ChromiumSession, ids: readonly [string, string], runs: number): Promise<number[]> {
  const page = await session.newPage();
  try {
    await page.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
    await page.waitForSelector('main.panel');
    return (await page.evaluate(`(${SWITCH})(${JSON.stringify(ids)}, ${runs})`)) as number[];
  } finally {
    await page.close();
  }
}
