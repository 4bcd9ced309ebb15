/**
 * `pnpm bench`: runs every benchmark, each in its own Node process (so one benchmark's
 * memory does not inflate another's peak), writes bench/results.json and prints a table
 * against the targets of the issues. A benchmark whose file is missing or that fails is
 * reported as such; nothing is ever filled in.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fleetRows } from './fleet-rows.js';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(BENCH_DIR);

type Outcome =
  | { ok: true; value: Record<string, unknown>; seconds: number }
  | { ok: false; error: string };

/** Runs `bench/<name>.ts` in a child process and parses the JSON line it prints last. */
export function runBenchFile(name: string, args: string[] = []): Promise<Outcome> {
  const file = join(BENCH_DIR, `${name}.ts`);
  if (!existsSync(file))
    return Promise.resolve({ ok: false, error: `bench/${name}.ts is missing` });
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--conditions=@fortnox-kit/source', file, ...args],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.stderr.on('data', (chunk) => {
      err += chunk;
    });
    child.on('close', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      const seconds = (Date.now() - started) / 1000;
      if (code !== 0)
        return resolve({ ok: false, error: `exit ${code}: ${err.trim().slice(-400)}` });
      try {
        resolve({ ok: true, value: JSON.parse(last) as Record<string, unknown>, seconds });
      } catch {
        resolve({ ok: false, error: `no JSON result line: ${last.slice(0, 200)}` });
      }
    });
  });
}

function onlyKeys(): string[] | undefined {
  const i = process.argv.indexOf('--only');
  return i < 0 ? undefined : (process.argv[i + 1] ?? '').split(',');
}

function savedResults(): Record<string, unknown> {
  const file = join(BENCH_DIR, 'results.json');
  return existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>)
    : {};
}

function machine() {
  const cpu = cpus();
  return {
    cores: cpu.length,
    cpuModel: cpu[0]?.model.trim() ?? 'unknown',
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    totalMemoryMb: Math.round(totalmem() / 2 ** 20),
    freeMemoryMbAtStart: Math.round(freemem() / 2 ** 20),
    loadAverageAtStart: loadavg().map((n) => Math.round(n * 100) / 100),
  };
}

type Row = [metric: string, value: string, target: string, verdict: string];

function check(value: unknown, target: string, pass: (n: number) => boolean): Row[number][] {
  if (typeof value !== 'number') return ['—', target, 'not measured'];
  return [value.toLocaleString('en-US'), target, pass(value) ? 'ok' : 'MISSED'];
}

function table(results: Record<string, unknown>): string {
  const get = (path: string) =>
    path
      .split('.')
      .reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], results);
  const minimum = get('sync.minimumRequests') as number | undefined;
  const bound = get('sync.boundSeconds') as number | undefined;
  // Context without a target of its own (present only when the benchmark reports it).
  const info = (path: string): Row[] =>
    typeof get(path) === 'number' ? [[path, ...check(get(path), '', () => true)] as Row] : [];
  const rows: Row[] = [
    [
      'mapping.ordersPerSecond',
      ...check(get('mapping.ordersPerSecond'), '≥ 20,000', (n) => n >= 20_000),
    ] as Row,
    ...info('mapping.cpuOrdersPerSecond'),
    [
      'sync.requests',
      ...check(get('sync.requests'), `= minimum ${minimum ?? '?'}`, (n) => n === minimum),
    ] as Row,
    ['sync.minimumRequests', ...check(minimum, '', () => true)] as Row,
    [
      'sync.simulatedSeconds',
      ...check(
        get('sync.simulatedSeconds'),
        `≤ 1.03 × bound`,
        (n) => bound !== undefined && n <= 1.03 * bound,
      ),
    ] as Row,
    ['sync.boundSeconds', ...check(bound, '', () => true)] as Row,
    ['sync.http429', ...check(get('sync.http429'), '0', (n) => n === 0)] as Row,
    ['sync.peakRssMb', ...check(get('sync.peakRssMb'), '< 150', (n) => n < 150)] as Row,
    ...info('sync.peakRssMbHeapCapped'),
    ...info('sync.heapAfterGcMb'),
    [
      'syncLarge.sync.peakRssMbHeapCapped',
      ...check(get('syncLarge.sync.peakRssMbHeapCapped'), '≤ 130 (10k + 100k)', (n) => n <= 130),
    ] as Row,
    ...info('syncLarge.sync.heapAfterGcMb'),
    ...info('syncLarge.sync.peakRssMb'),
    ...info('sync.baselineRssMb'),
    [
      'sync.reconcileRequests',
      ...check(
        get('sync.reconcileRequests'),
        `= list pages ${get('sync.reconcileListPages') ?? '?'} (10k + 10k)`,
        (n) => n === get('sync.reconcileListPages'),
      ),
    ] as Row,
    [
      'syncIdle.requests',
      ...check(get('syncIdle.requests'), '= 2 (one per register)', (n) => n === 2),
    ] as Row,
    ...['sqlite', 'postgres'].flatMap((store) =>
      ['twoProcesses', 'threeProcesses'].flatMap((n) => {
        const path = `refreshRace.${store}.${n}`;
        return [
          [
            `${path}.exactlyOneRefresh`,
            ...check(get(`${path}.exactlyOneRefresh`), '= trials (20)', (v) => v === 20),
          ] as Row,
          [
            `${path}.brokenConnections`,
            ...check(get(`${path}.brokenConnections`), '0', (v) => v === 0),
          ] as Row,
        ];
      }),
    ),
    ...fleetRows(get, check),
    [
      'bundles.coreBrowserGzipBytes',
      ...check(get('bundles.coreBrowserGzipBytes'), '≤ 20,480', (n) => n <= 20_480),
    ] as Row,
    [
      'bundles.reactGzipBytes',
      ...check(get('bundles.reactGzipBytes'), '≤ 15,360', (n) => n <= 15_360),
    ] as Row,
  ];
  rows.push(
    ...info('bundles.coreServer.gzipBytes'),
    ...info('bundles.ownCode.coreBrowser.gzipBytes'),
    ...info('bundles.ownCode.coreServer.gzipBytes'),
    ...info('bundles.ownCode.react.gzipBytes'),
    ...info('bundles.reactWithCore.gzipBytes'),
  );
  for (const row of rows) if (row[2] === '') row[3] = '';
  const widths = [0, 1, 2, 3].map((i) =>
    Math.max(...[['metric', 'value', 'target', ''], ...rows].map((r) => r[i]?.length ?? 0)),
  );
  const line = (r: readonly string[]) =>
    r.map((c, i) => (i === 1 ? c.padStart(widths[1] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ');
  return [
    line(['metric', 'value', 'target', '']),
    line(widths.map((w) => '─'.repeat(w))),
    ...rows.map(line),
  ].join('\n');
}

async function main() {
  const results: Record<string, unknown> = { date: new Date().toISOString(), machine: machine() };
  const runDate = results.date;
  const failures: string[] = [];
  const benches = [
    ['bundles', 'bundles', []],
    ['mapping', 'mapping', []],
    ['sync', 'sync', []],
    ['refreshRace', 'refresh-race', []],
    // 10k customers + 100k articles: the memory target (issue 13: peak RSS ≤ 130 MB with
    // the heap bounded as the host guide documents; heap after GC flat in register size).
    ['syncLarge', 'sync', ['--articles', '100000']],
    // 1,000 tenants, 3 pg-boss worker processes, one simulated hour at 6x (decisions/146).
    ['fleet', 'fleet', []],
  ] as const;
  // `--only key[,key]` runs those benchmarks and keeps the other results already written.
  const only = onlyKeys();
  // The run's date stays that of the last full run; a benchmark re-run alone carries its own.
  const runMachine = results.machine;
  if (only) Object.assign(results, savedResults());
  for (const [key, file, args] of benches) {
    if (only && !only.includes(key)) continue;
    process.stdout.write(`running bench/${file}.ts … `);
    const outcome = await runBenchFile(file, [...args]);
    if (outcome.ok) {
      process.stdout.write(`done in ${outcome.seconds.toFixed(1)} s\n`);
      if (key === 'sync') Object.assign(results, outcome.value);
      else
        results[key] = only
          ? { ...outcome.value, date: runDate, machine: runMachine }
          : outcome.value;
    } else {
      process.stdout.write(`FAILED\n  ${outcome.error}\n`);
      failures.push(`${file}: ${outcome.error}`);
      results[key] = { error: outcome.error };
    }
  }
  const out = join(BENCH_DIR, 'results.json');
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  const m = results.machine as ReturnType<typeof machine>;
  console.log(
    `\n${m.cores} cores (${m.cpuModel}), Node ${m.node}, load ${m.loadAverageAtStart.join(' ')}\n`,
  );
  console.log(table(results));
  console.log('\n(peakRssMbHeapCapped: the same sync with a capped V8 heap; see bench/sync.ts)');
  console.log(
    `\nwritten to bench/results.json${failures.length ? `; ${failures.length} benchmark(s) failed` : ''}`,
  );
  if (failures.length) process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--table')) {
    // Print the table of the results already written, without running anything.
    const saved = JSON.parse(readFileSync(join(BENCH_DIR, 'results.json'), 'utf8'));
    console.log(`${saved.date}\n`);
    console.log(table(saved));
  } else await main();
}
