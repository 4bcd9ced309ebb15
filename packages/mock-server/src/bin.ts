#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { startFortnoxMock } from './node-server.js';

const USAGE = `Usage: fortnox-mock [--port 0] [--host 127.0.0.1] [--seed 1] [--size 100] [--redirect-uri URL]

Starts the Fortnox emulator on localhost (every Fortnox rule on) and prints one JSON line
with its URL and a ready demo client.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      host: { type: 'string', default: '127.0.0.1' },
      seed: { type: 'string', default: '1' },
      size: { type: 'string', default: '100' },
      'redirect-uri': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const mock = await startFortnoxMock({
    port: Number(values.port),
    host: values.host,
    seed: Number(values.seed),
    size: Number(values.size),
    ...(values['redirect-uri'] ? { redirectUri: values['redirect-uri'] } : {}),
  });
  const { accessToken, refreshToken } = mock.emulator.issueTokens({
    clientId: mock.demo.clientId,
    tenantId: mock.demo.tenantId,
    serviceAccount: true,
  });
  process.stdout.write(
    `${JSON.stringify({
      url: mock.url,
      apiBaseUrl: mock.url,
      authBaseUrl: mock.url,
      wsUrl: mock.wsUrl,
      controlUrl: `${mock.url}/__emulator`,
      ...mock.demo,
      accessToken,
      refreshToken,
    })}\n`,
  );
  const stop = () => void mock.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`fortnox-mock: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
