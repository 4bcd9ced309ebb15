import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
let child: ChildProcess | undefined;

afterAll(() => {
  child?.kill('SIGTERM');
});

function startBin(args: string[]): Promise<Record<string, string | number>> {
  child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=@fortnox-kit/source', 'src/bin.ts', ...args],
    { cwd: packageDir, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child?.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) resolve(JSON.parse(line));
    });
    child?.on('exit', (code) => reject(new Error(`fortnox-mock exited with ${code}`)));
  });
}

describe('fortnox-mock bin', () => {
  it('prints one JSON line with the URL and a demo client, then answers HTTP', async () => {
    const info = await startBin(['--port', '0', '--seed', '1', '--size', '10']);
    expect(info).toMatchObject({ clientId: 'demo-client', clientSecret: 'demo-secret' });
    expect(String(info.url)).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${info.url}/3/customers?limit=2`, {
      headers: { Authorization: `Bearer ${info.accessToken}` },
    });
    expect(res.status).toBe(200);
    expect((await res.json()).MetaInformation['@TotalResources']).toBe(10);
  }, 20_000);
});
