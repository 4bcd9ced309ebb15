import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBody } from '../../packages/core/src/handler/contract.js';
import { type SecureHost, startSecureHost } from './secure-host.js';
import { upload } from './upload.js';

const MB = 1024 * 1024;

let host: SecureHost;
beforeAll(async () => {
  host = await startSecureHost();
}, 60_000);
afterAll(() => host?.close());

/** Runs `work` while sampling this process's RSS (server and client share it); growth in MB. */
async function peakRssGrowth<T>(work: () => Promise<T>): Promise<{ result: T; growthMb: number }> {
  globalThis.gc?.();
  const baseline = process.memoryUsage.rss();
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 5);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { result, growthMb: (peak - baseline) / MB };
  } finally {
    clearInterval(sampler);
  }
}

const json = { 'content-type': 'application/json' };

describe('request body limits over real HTTP', { timeout: 120_000 }, () => {
  it('answers five parallel unauthenticated 200 MB uploads 401 without reading them (RSS growth under 50 MB)', async () => {
    const { result, growthMb } = await peakRssGrowth(() =>
      Promise.all(
        Array.from({ length: 5 }, () =>
          upload(`${host.api}/sync`, { headers: json, totalBytes: 200 * MB }),
        ),
      ),
    );
    console.info(`5 × 200 MB unauthenticated: peak RSS growth ${growthMb.toFixed(1)} MB`);
    expect(result.map((r) => r.status)).toEqual([401, 401, 401, 401, 401]);
    for (const r of result) expect(r.sentBytes).toBeLessThan(200 * MB);
    expect(growthMb).toBeLessThan(50);
  });

  it('stops five parallel authenticated 200 MB streams past the cap with 413 (RSS growth under 50 MB)', async () => {
    const headers = { ...json, cookie: host.login('acme', 'admin') };
    const { result, growthMb } = await peakRssGrowth(() =>
      Promise.all(
        Array.from({ length: 5 }, () =>
          upload(`${host.api}/settings`, { method: 'PUT', headers, totalBytes: 200 * MB }),
        ),
      ),
    );
    console.info(`5 × 200 MB authenticated: peak RSS growth ${growthMb.toFixed(1)} MB`);
    expect(result.map((r) => r.status)).toEqual([413, 413, 413, 413, 413]);
    for (const r of result) expect(r.sentBytes).toBeLessThan(200 * MB);
    expect(growthMb).toBeLessThan(50);
    expect((await host.integrations.acme.getSettings()).settings.orderText).toBe('');
  });

  it('answers a declared Content-Length over the cap with 413 before reading', async () => {
    const headers = { ...json, cookie: host.login('acme', 'admin') };
    const outcome = await upload(`${host.api}/orders/import`, {
      headers,
      totalBytes: 200 * MB,
      declareLength: true,
    });
    expect(outcome.status).toBe(413);
    expect(outcome.sentBytes).toBeLessThan(200 * MB);
  });

  it('reads a body under the cap and refuses one just over it, as JSON errors', async () => {
    const headers = { ...json, cookie: host.login('acme', 'admin') };
    const put = (orderText: string) =>
      fetch(`${host.api}/settings`, {
        method: 'PUT',
        headers,
        body: JSON.stringify({ settings: { orderText } }),
      });
    const tooLarge = await put('x'.repeat(MB));
    expect(tooLarge.status).toBe(413);
    expect(ErrorBody.parse(await tooLarge.json()).error.code).toBe('payload_too_large');
    // Under the byte cap but over the order text's cap (decisions/059): refused at the field.
    const tooLong = await put('x'.repeat(5000));
    expect(tooLong.status).toBe(400);
    expect(ErrorBody.parse(await tooLong.json()).error).toMatchObject({
      code: 'validation_failed',
      field: 'orderText',
    });
    const ok = await put('Tack för uppdraget!');
    expect(ok.status).toBe(200);
  });
});
