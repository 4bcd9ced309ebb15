import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { isWorkflowError } from '../integration/workflow-error.js';
import { readCappedText, readJsonBody } from './read-body.js';

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request('http://app.test/x', {
    method: 'POST',
    body,
    headers,
    duplex: 'half',
  } as RequestInit);

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'passed';
  } catch (error) {
    return isWorkflowError(error) ? error.code : 'threw something else';
  }
}

describe('readJsonBody', () => {
  it('parses a body under the cap with the schema', async () => {
    const schema = z.object({ n: z.number() });
    expect(await readJsonBody(post('{"n":1}'), schema, 100)).toEqual({ n: 1 });
    expect(await codeOf(readJsonBody(post('{"n":'), schema, 100))).toBe('bad_request');
    expect(await codeOf(readJsonBody(post('{"n":"x"}'), schema, 100))).toBe('validation_failed');
  });

  it('refuses a declared Content-Length over the cap without reading the body', async () => {
    const request = post('x'.repeat(101), { 'content-length': '101' });
    expect(await codeOf(readCappedText(request, 100))).toBe('payload_too_large');
    expect(request.bodyUsed).toBe(false);
  });

  it('cancels an endless stream as soon as it passes the cap', async () => {
    let pulled = 0;
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(64));
      },
      cancel() {
        cancelled = true;
      },
    });
    expect(await codeOf(readCappedText(post(body), 1000))).toBe('payload_too_large');
    expect(cancelled).toBe(true);
    // 16 chunks reach 1024 bytes; the stream may have queued one more ahead.
    expect(pulled).toBeLessThanOrEqual(18);
  });
});
