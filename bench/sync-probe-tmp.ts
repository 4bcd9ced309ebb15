import ky from '../packages/core/node_modules/ky/distribution/index.js';
import { startEmulatorProcess } from './sync-emulator-process.js';

const e = await startEmulatorProcess({
  customers: 2000,
  articles: 10,
  start: Date.parse('2026-01-05T08:00:00Z'),
});
const h = { Authorization: `Bearer ${e.accessToken}` };
const mode = process.env.MODE;
const http = ky.create({
  prefixUrl: `${e.url}/3/`,
  retry: 0,
  throwHttpErrors: false,
  timeout: mode === 'ky-notimeout' ? false : 30000,
});
for (let i = 0; i < 1500; i++) {
  const n = (i % 2000) + 1;
  const r =
    mode === 'fetch'
      ? await fetch(`${e.url}/3/customers/${n}`, { headers: h })
      : await http(`customers/${n}`, { headers: h });
  JSON.parse(await r.text());
}
console.error('rss', Math.round(process.memoryUsage().rss / 1048576));
await e.close();
