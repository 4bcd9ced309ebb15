import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FortnoxMockServer, startFortnoxMock } from '../node-server.js';
import { CONTROL_ROUTES } from './control-http.js';

const exec = promisify(execFile);
const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** `#### \`METHOD /path\`` headings of the README's HTTP control section, with their sh block. */
function documentedRoutes(): Map<string, string> {
  const routes = new Map<string, string>();
  for (const section of README.split(/^#### /m).slice(1)) {
    const route = /^`([A-Z]+ \/[^`]*)`/.exec(section)?.[1];
    const script = /```sh\n([\s\S]*?)```/.exec(section)?.[1];
    if (route) routes.set(route, script ?? '');
  }
  return routes;
}

let mock: FortnoxMockServer;
beforeAll(async () => {
  // What `fortnox-mock` starts with its defaults (seed 1, size 100).
  mock = await startFortnoxMock({ port: 0, seed: 1, size: 100 });
});
afterAll(() => mock.close());

describe('mock-server README: control API over HTTP', () => {
  it('documents every control route, each with a curl example', () => {
    const routes = documentedRoutes();
    expect([...routes.keys()].sort()).toEqual([...CONTROL_ROUTES].sort());
    for (const [route, script] of routes) expect(script, route).toMatch(/curl .*\$CONTROL/);
  });

  it('runs every example as written, in order, against the emulator server', async () => {
    const env = {
      ...process.env,
      CONTROL: `${mock.url}/__emulator`,
      TENANT: String(mock.demo.tenantId),
    };
    for (const [route, script] of documentedRoutes()) {
      // Asynchronously: the server answering curl lives in this process.
      const run = exec('bash', ['-euo', 'pipefail', '-c', script], { env });
      await expect(run, route).resolves.toBeDefined();
    }
    // The act examples changed Fortnox as a user would.
    const tenant = mock.emulator.db.tenant(mock.demo.tenantId);
    expect(tenant.invoices.get('2')).toMatchObject({ Sent: true, Booked: true, Balance: 0 });
    expect(tenant.customers.get('3')?.City).toBe('Visby');
    expect(mock.emulator.db.tenants.size).toBe(2);
  });
});
