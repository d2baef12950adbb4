import type { CDPSession } from 'playwright-core';

/** One Chrome trace event, as the Tracing domain reports it (timestamps and durations in µs). */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { data?: { url?: string } };
}

/**
 * Records a trace of everything the browser does while `during` runs. The categories are the
 * ones DevTools' Performance panel records: tasks, script evaluation and User Timing.
 */
export async function traced(cdp: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute'] },
    transferMode: 'ReportEvents',
  });
  try {
    await during();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  return events;
}

export interface LoadTasks {
  /** The `siyaq:run` measure from the trace's User Timing events: wall time, the wait for the background included. */
  run: number;
  /** The task that evaluated the content script (compiling it and running its module code). */
  scriptLoad: number;
  /** Main-thread time of the tasks that overlap the in-page steps (`siyaq:detect`, `siyaq:collect`, `siyaq:paint`). */
  runBusy: number;
  /** The longest of those tasks, and how many there were. */
  runLongest: number;
  runTasks: number;
  /** Every task of the extension's: the above and any other task that ran its code (the answer's arrival included). */
  siyaqTotal: number;
  /** The longest of Siyaq's tasks. */
  siyaqLongest: number;
  /** The longest task on the page's main thread during the load, whoever ran it. */
  longest: number;
}

/** The in-page steps of one run, as the session measures them (lib/page/session.ts). */
const STEPS = ['siyaq:detect', 'siyaq:collect', 'siyaq:paint'];

/**
 * Tasks on the page's main thread: the thread the `siyaq:run` User Timing events were recorded
 * on. A task is the content script's when it evaluated or called into content.js, or overlaps one
 * of its in-page steps (the wait for the background between them is not the page's: other tasks
 * of the page run then).
 */
export function loadTasks(events: TraceEvent[], scriptUrl: string): LoadTasks {
  const begin = events.find((e) => e.name === 'siyaq:run' && (e.ph === 'b' || e.ph === 'X'));
  if (!begin) throw new Error('no siyaq:run in the trace: the content script did not analyse the page');
  const end = events.find((e) => e.name === 'siyaq:run' && e.ph === 'e');
  const runEnd = end ? end.ts : begin.ts + (begin.dur ?? 0);
  const spans = STEPS.flatMap((name) => {
    const b = events.find((e) => e.name === name && (e.ph === 'b' || e.ph === 'X'));
    if (!b) return [];
    const e = events.find((x) => x.name === name && x.ph === 'e');
    return [{ ts: b.ts, end: e ? e.ts : b.ts + (b.dur ?? 0) }];
  });
  const onMain = events.filter((e) => e.pid === begin.pid && e.tid === begin.tid && e.ph === 'X');
  const tasks = onMain.filter((e) => e.name === 'RunTask');
  const stop = (t: TraceEvent) => t.ts + (t.dur ?? 0);
  const within = (t: TraceEvent, e: TraceEvent) => e.ts >= t.ts && e.ts <= stop(t);
  const calls = onMain.filter(
    (e) => (e.name === 'EvaluateScript' || e.name === 'FunctionCall') && e.args?.data?.url?.startsWith(scriptUrl),
  );
  const ms = (t: TraceEvent | undefined) => (t?.dur ?? 0) / 1000;
  const sum = (list: TraceEvent[]) => list.reduce((n, t) => n + ms(t), 0);
  const max = (list: TraceEvent[]) => Math.max(0, ...list.map(ms));
  const scriptTask = tasks.find((t) => calls.some((e) => e.name === 'EvaluateScript' && within(t, e)));
  const during = tasks.filter((t) => spans.some((s) => stop(t) >= s.ts && t.ts <= s.end));
  const mine = tasks.filter((t) => during.includes(t) || calls.some((e) => within(t, e)));
  return {
    run: (runEnd - begin.ts) / 1000,
    scriptLoad: ms(scriptTask),
    runBusy: sum(during),
    runLongest: max(during),
    runTasks: during.length,
    siyaqTotal: sum(mine),
    siyaqLongest: max(mine),
    longest: max(tasks),
  };
}
