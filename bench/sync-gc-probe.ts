/**
 * Which per-request objects outlive a scavenge on this Node (decisions/049). Makes 20,000
 * of one kind of object, each dropped at once, with some ordinary garbage and a macrotask
 * between them (as between two requests), and counts the collections. Objects that die
 * young cost scavenges only. Objects that V8 promotes anyway grow the old generation and
 * cost mark-compacts.
 *
 * Each kind runs in a fresh process, so one kind's heap does not carry over to the next.
 *
 * Run: `pnpm exec tsx bench/sync-gc-probe.ts` (prints one JSON line per kind).
 */
import { execFileSync } from 'node:child_process';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const KINDS: Record<string, () => unknown> = {
  'plain object': () => ({ a: new Map(), b: [1, 2, 3] }),
  EventTarget: () => new EventTarget(),
  'new AbortController()': () => new AbortController(),
  'new AbortController().signal': () => new AbortController().signal,
  Headers: () => new Headers({ accept: 'application/json' }),
  'new Request(url)': () => new Request('http://localhost/3/customers/1'),
  'new Request(url, { signal }) + clone() (what ky does)': () =>
    new Request('http://localhost/3/customers/1', {
      signal: new AbortController().signal,
    }).clone(),
};

const garbage = () => Array.from({ length: 200 }, (_, i) => ({ i, text: `x${i}` }));

async function probe(make: () => unknown, count = 20_000) {
  let minor = 0;
  let major = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      // Node puts the GC kind in `detail` (its types do not declare it).
      const kind = (entry as unknown as { detail?: { kind?: number } }).detail?.kind;
      if (kind === constants.NODE_PERFORMANCE_GC_MINOR) minor++;
      if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) major++;
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  let peakHeap = 0;
  for (let n = 0; n < count; n++) {
    make();
    garbage();
    await new Promise((resolve) => setImmediate(resolve));
    if (n % 100 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapTotal);
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return { scavenges: minor, markCompacts: major, peakHeapTotalMb: Math.round(peakHeap / 2 ** 20) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const only = process.argv[2];
  if (only !== undefined) {
    const make = KINDS[only];
    if (!make) throw new Error(`unknown kind ${only}`);
    console.log(JSON.stringify({ kind: only, node: process.version, ...(await probe(make)) }));
  } else {
    const file = fileURLToPath(import.meta.url);
    for (const kind of Object.keys(KINDS)) {
      const args = [...process.execArgv, file, kind];
      process.stdout.write(execFileSync(process.execPath, args, { encoding: 'utf8' }));
    }
  }
}
