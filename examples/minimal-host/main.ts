/**
 * `pnpm --filter minimal-host start`: the Fortnox emulator and the minimal host on
 * localhost. Open the printed URL in a browser with the cookie `session=admin-session`, or
 * use curl as the README shows.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateEncryptionKey } from '@fortnox-kit/core';
import { startFortnoxMock } from '@fortnox-kit/mock-server/node';
import { createMinimalHost } from './server.js';

const PORT = Number(process.env.PORT ?? 3000);
const redirectUri = `http://localhost:${PORT}/api/fortnox/oauth/callback`;
const mock = await startFortnoxMock({ size: 10, redirectUri });
const { app, integration } = createMinimalHost({
  fortnox: {
    clientId: mock.demo.clientId,
    clientSecret: mock.demo.clientSecret,
    redirectUri,
    apiBaseUrl: mock.url,
    authBaseUrl: mock.url,
  },
  database: join(mkdtempSync(join(tmpdir(), 'minimal-host-')), 'fortnox-kit.sqlite'),
  encryptionKey: generateEncryptionKey(),
});
await integration.start();
app.listen(PORT, () => {
  console.log(`Fortnox emulator: ${mock.url} (tenant ${mock.demo.tenantId})`);
  console.log(`Host app:         http://localhost:${PORT}/ (cookie session=admin-session)`);
});
