/**
 * Seeds 100,000 articles into one tenant and pages through all of them over the emulator's
 * HTTP surface (limit 500), then prints time and peak memory as one JSON line.
 *
 *   pnpm --filter @fortnox-kit/mock-server measure-seed [articles] [all]
 *
 * With `all`, every register (customers, orders, invoices, employees, attendance) gets the
 * same number of records, not only articles.
 */
import { createFortnoxEmulator } from '../src/emulator.js';

const articles = Number(process.argv[2] ?? 100_000);
const everyRegister = process.argv[3] === 'all';
// maxRSS is the true peak resident set size of the process (kB), sampled by the kernel.
const peakRss = () => process.resourceUsage().maxRSS * 1024;

const baselineRss = process.memoryUsage().rss;
const emulator = createFortnoxEmulator({ rules: { rateLimit: false } });
const seedStart = performance.now();
const { tenantId } = emulator.createTenant({
  seed: 1,
  size: everyRegister
    ? articles
    : {
        articles,
        customers: 10,
        orders: 10,
        invoices: 10,
        employees: 10,
        attendanceTransactions: 10,
      },
});
const seedMs = performance.now() - seedStart;
const afterSeedHeap = process.memoryUsage().heapUsed;

const { clientId } = emulator.registerClient();
const { accessToken } = emulator.issueTokens({ clientId, tenantId });
const pageStart = performance.now();
let page = 1;
let seen = 0;
let totalPages = 1;
while (page <= totalPages) {
  const response = await emulator.fetch(
    new Request(`https://api.fortnox.se/3/articles?limit=500&page=${page}`, {
      headers: { Authorization: `Bearer ${accessToken}` },
    }),
  );
  const body = (await response.json()) as {
    Articles: unknown[];
    MetaInformation: { '@TotalPages': number };
  };
  seen += body.Articles.length;
  totalPages = body.MetaInformation['@TotalPages'];
  page++;
}
const pageMs = performance.now() - pageStart;

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
process.stdout.write(
  `${JSON.stringify({
    articles,
    everyRegister,
    seedMs: Math.round(seedMs),
    pages: totalPages,
    articlesPaged: seen,
    pageAllMs: Math.round(pageMs),
    msPerPage: Math.round((pageMs / totalPages) * 10) / 10,
    baselineRssMb: mb(baselineRss),
    peakRssMb: mb(peakRss()),
    heapAfterSeedMb: mb(afterSeedHeap),
    node: process.version,
  })}\n`,
);
if (seen !== articles) process.exit(1);
