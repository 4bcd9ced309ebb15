import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const workspaceRoot = fileURLToPath(new URL('../../..', import.meta.url));
let child: ChildProcess | undefined;

afterEach(() => {
  // Its own process group (detached): pnpm, the shim and the emulator stop together.
  if (child?.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  child = undefined;
});

/** Starts a command that prints the emulator's JSON line; resolves with that line. */
function startBin(
  command: string,
  args: string[],
  cwd: string,
): Promise<Record<string, string | number>> {
  child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child?.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) resolve(JSON.parse(line));
    });
    child?.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child?.on('exit', (code) => reject(new Error(`fortnox-mock exited with ${code}: ${err}`)));
  });
}

async function customersAnswer(info: Record<string, string | number>) {
  const res = await fetch(`${info.url}/3/customers?limit=2`, {
    headers: { Authorization: `Bearer ${info.accessToken}` },
  });
  return { status: res.status, total: (await res.json()).MetaInformation['@TotalResources'] };
}

describe('fortnox-mock bin', () => {
  it('prints one JSON line with the URL and a demo client, then answers HTTP', async () => {
    const info = await startBin(
      process.execPath,
      ['--import', 'tsx', '--conditions=@fortnox-kit/source', 'src/bin.ts', '--size', '10'],
      packageDir,
    );
    expect(info).toMatchObject({ clientId: 'demo-client', clientSecret: 'demo-secret' });
    expect(String(info.url)).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(info.controlUrl).toBe(`${info.url}/__emulator`);
    expect(await customersAnswer(info)).toEqual({ status: 200, total: 10 });
  }, 20_000);

  it('runs as `pnpm exec fortnox-mock` at the workspace root, from source before any build', async () => {
    const info = await startBin(
      'pnpm',
      ['exec', 'fortnox-mock', '--port', '0', '--size', '10'],
      workspaceRoot,
    );
    expect(await customersAnswer(info)).toEqual({ status: 200, total: 10 });
  }, 30_000);
});
