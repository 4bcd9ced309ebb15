import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  dropSchema,
  TEST_DATABASE_URL,
  testPool,
} from '../../packages/core/src/store/postgres/postgres-test-database.test-support.js';
import { generateEncryptionKey } from '../../packages/core/src/store/token-cipher.js';
import { canRunPgBoss } from '../../packages/core/src/workers/pg-boss.test-support.js';

const ROOT = resolve(import.meta.dirname, '../..');

/** The README's "Running with PostgreSQL" snippet, exactly as written there. */
function readmeSnippet(): string {
  const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
  const block =
    /<!-- readme: running-with-postgres -->\n```ts\n([\s\S]*?)```\n<!-- \/readme -->/.exec(readme);
  if (!block?.[1]) throw new Error('README.md has no running-with-postgres snippet');
  return block[1];
}

// What the host has before the snippet: its URL, key and integrations. Imports are hoisted,
// so these lines may come first. No connection is stored, so no integration is ever asked for.
const PRELUDE = `const connectionString = process.env.SNIPPET_DATABASE_URL ?? '';
const encryptionKey = process.env.SNIPPET_ENCRYPTION_KEY ?? '';
const integrationFor = (connectionId: string): never => {
  throw new Error(\`no integration expected for \${connectionId}\`);
};
`;
const EPILOGUE = `\nconsole.log('workers started');\n`;

describe.skipIf(!canRunPgBoss)('README: Running with PostgreSQL', { timeout: 90_000 }, () => {
  it('runs the snippet as written: it creates the fortnox-kit queues and the planner schedule, and stops on SIGTERM with exit 0', async () => {
    // Self-reference: inside packages/core, `@fortnox-kit/core/...` resolves to its sources.
    const file = resolve(ROOT, `packages/core/.readme-snippet-${process.pid}.ts`);
    writeFileSync(file, PRELUDE + readmeSnippet() + EPILOGUE);
    try {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', '--conditions=@fortnox-kit/source', file],
        {
          cwd: ROOT,
          env: {
            ...process.env,
            SNIPPET_DATABASE_URL: TEST_DATABASE_URL,
            SNIPPET_ENCRYPTION_KEY: generateEncryptionKey(),
          },
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      const exited = new Promise<number | null>((done) => child.once('exit', done));
      await new Promise<void>((started, failed) => {
        child.stdout.on('data', (chunk: Buffer) => {
          if (chunk.toString().includes('workers started')) started();
        });
        exited.then((code) => failed(new Error(`snippet exited ${code} before starting`)));
      });
      const { rows } = await testPool().query<{ name: string }>(
        `SELECT name FROM pgboss.queue WHERE name LIKE 'fortnox-kit.%' ORDER BY name`,
      );
      expect(rows.map((r) => r.name)).toEqual([
        'fortnox-kit.dead-letter',
        'fortnox-kit.invoice-status',
        'fortnox-kit.plan',
        'fortnox-kit.send',
        'fortnox-kit.sync',
        'fortnox-kit.time-report',
      ]);
      const schedules = await testPool().query<{ name: string }>(
        `SELECT name FROM pgboss.schedule WHERE name = 'fortnox-kit.plan'`,
      );
      expect(schedules.rows).toHaveLength(1);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      rmSync(file, { force: true });
      await dropSchema('pgboss');
      await dropSchema('fortnox_kit');
    }
  });
});
