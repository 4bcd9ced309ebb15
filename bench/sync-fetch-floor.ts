/**
 * The memory floor of the runtime under the sync benchmark: the same number of sequential
 * requests (one list page per 500 records, then one GET per record) made with bare
 * `fetch()` against the same emulator, bodies read and dropped, no kit code at all.
 * Compare its `peakRssMb` with the sync's (decisions/047).
 *
 * `--ky` goes through ky as the client configures it; `--node` sends with the kit's Node
 * transport (`createNodeFetch` from `@fortnox-kit/core/node`) instead of Node's `fetch`.
 *
 * Run: `pnpm exec tsx bench/sync-fetch-floor.ts [--customers N] [--articles N] [--ky] [--node]`
 */
import { parseArgs } from 'node:util';
// ky is a dependency of packages/core, not of the workspace root.
import ky from '../packages/core/node_modules/ky/distribution/index.js';
import { createNodeFetch } from '../packages/core/src/node/index.js';
import { startEmulatorProcess } from './sync-emulator-process.js';
import { runMeasuredProcess } from './sync-measured-process.js';
import { createMemorySampler } from './sync-memory.js';

async function fetchFloor(customers: number, articles: number, viaKy: boolean, node: boolean) {
  const transport = node ? createNodeFetch() : fetch;
  const emulator = await startEmulatorProcess({ customers, articles, start: Date.now() });
  try {
    const headers = { Authorization: `Bearer ${emulator.accessToken}`, Accept: 'application/json' };
    const memory = createMemorySampler();
    let requests = 0;
    // `--ky`: the same calls through ky configured as the client configures it.
    const http = ky.create({
      prefixUrl: `${emulator.url}/3/`,
      retry: 0,
      throwHttpErrors: false,
      timeout: 30_000,
      headers,
      fetch: transport,
    });
    const get = async (path: string) => {
      requests++;
      const response = viaKy
        ? await http(path)
        : await transport(`${emulator.url}/3/${path}`, { headers });
      return JSON.parse(await response.text()) as unknown;
    };
    for (const [register, count] of [
      ['customers', customers],
      ['articles', articles],
    ] as const) {
      for (let page = 1; page <= Math.ceil(count / 500); page++) {
        await get(`${register}?limit=500&page=${page}`);
        const end = Math.min(count, page * 500);
        for (let n = (page - 1) * 500 + 1; n <= end; n++) await get(`${register}/${n}`);
      }
    }
    const via = `${viaKy ? 'ky over ' : ''}${node ? 'createNodeFetch' : 'fetch'}`;
    return { requests, via, ...memory.stop() };
  } finally {
    await emulator.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      customers: { type: 'string' },
      articles: { type: 'string' },
      ky: { type: 'boolean' },
      node: { type: 'boolean' },
    },
  });
  if (process.env.SYNC_BENCH_MEASURED) {
    const result = await fetchFloor(
      Number(values.customers ?? 10_000),
      Number(values.articles ?? 10_000),
      values.ky === true,
      values.node === true,
    );
    console.log(JSON.stringify(result));
  } else {
    console.log(await runMeasuredProcess(process.argv.slice(2), 'sync-fetch-floor'));
  }
}
