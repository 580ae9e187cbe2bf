// Measuring a run by its process tree, from /proc (Linux): wall time, peak resident memory, CPU
// time and the machine's load when it started. The machine is shared, so a wall time means little
// without the load beside it, and CPU time (what the run itself used, all processes together) is
// the steadier figure for comparing runs made at different loads.
import { readdir, readFile, stat } from 'node:fs/promises';
import os from 'node:os';

/** Linux's USER_HZ: /proc reports CPU time in ticks of 1/100 s. */
const TICKS_PER_SECOND = 100;
const SAMPLE_EVERY_MS = 100;

interface TreeSample {
  rss: number;
  /** CPU ticks (user + system) used so far, per process of the tree. */
  ticks: Map<number, number>;
}

/** Resident memory and CPU ticks of a process and all its descendants. Reads are asynchronous so
 * sampling never blocks the event loop that the exporting host and its Playwright client share
 * with this bench. */
export async function sampleTree(rootPid: number): Promise<TreeSample> {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  const ticks = new Map<number, number>();
  const names = await readdir('/proc').catch(() => [] as string[]);
  await Promise.all(
    names.map(async (name) => {
      const pid = Number(name);
      if (!Number.isInteger(pid)) return;
      try {
        const [stat, status] = await Promise.all([readFile(`/proc/${pid}/stat`, 'utf8'), readFile(`/proc/${pid}/status`, 'utf8')]);
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const ppid = Number(fields[1]);
        children.set(ppid, [...(children.get(ppid) ?? []), pid]);
        // utime and stime are the 14th and 15th fields of stat, the 12th and 13th after the name.
        ticks.set(pid, Number(fields[11]) + Number(fields[12]));
        const m = /VmRSS:\s+(\d+) kB/.exec(status);
        rss.set(pid, m ? Number(m[1]) * 1024 : 0);
      } catch {
        // The process ended while we looked.
      }
    }),
  );
  const tree: TreeSample = { rss: 0, ticks: new Map() };
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop() as number;
    tree.rss += rss.get(pid) ?? 0;
    if (ticks.has(pid)) tree.ticks.set(pid, ticks.get(pid) as number);
    stack.push(...(children.get(pid) ?? []));
  }
  return tree;
}

export interface Measured {
  wallMs: number;
  peakRss: number;
  bytes: number;
  /** CPU seconds of the tree during the run, sampled every 100 ms: a process's last <100 ms
   * before it exits is not seen, so this is a slight undercount. */
  cpuS: number;
  /** The 1-minute load average when the run started. */
  load: number;
}

/** Wall time of `run` (launch to output on disk), the peak RSS and CPU time of `rootPid`'s tree meanwhile. */
export async function measure(rootPid: () => number | null, run: () => Promise<string>): Promise<Measured> {
  let peak = 0;
  const last = new Map<number, number>();
  // What the tree had used before the run (the bench's own process, when it is the root).
  const before = rootPid();
  const baseline = before === null ? new Map<number, number>() : (await sampleTree(before)).ticks;
  const record = (s: TreeSample) => {
    peak = Math.max(peak, s.rss);
    for (const [pid, t] of s.ticks) last.set(pid, Math.max(t, last.get(pid) ?? 0));
  };
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const pid = rootPid();
      if (pid !== null) record(await sampleTree(pid));
      await new Promise((r) => setTimeout(r, SAMPLE_EVERY_MS));
    }
  })();
  const load = os.loadavg()[0] ?? 0;
  const t0 = performance.now();
  try {
    const out = await run();
    const wallMs = performance.now() - t0;
    const pid = rootPid();
    if (pid !== null) record(await sampleTree(pid));
    let ticks = 0;
    for (const [p, t] of last) ticks += t - (baseline.get(p) ?? 0);
    return { wallMs, peakRss: peak, bytes: (await stat(out)).size, cpuS: ticks / TICKS_PER_SECOND, load };
  } finally {
    sampling = false;
    await sampler;
  }
}
