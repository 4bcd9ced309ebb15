import { describe, expect, it } from 'vitest';
import { createVirtualClock } from '../env/clock.js';
import { sseResponse } from './sse.js';

const decoder = new TextDecoder();

describe('sseResponse', () => {
  it('opens with a comment, sends named JSON events, pings while idle and stops when the reader leaves', async () => {
    const clock = createVirtualClock();
    let unsubscribed = false;
    let send: ((event: string, data: unknown) => void) | undefined;
    const response = sseResponse(
      new AbortController().signal,
      (s) => {
        send = s;
        return () => {
          unsubscribed = true;
        };
      },
      { clock, intervalMs: 1000 },
    );
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    expect(decoder.decode((await reader.read()).value)).toBe(': fortnox-kit\n\n');
    send?.('progress', { processed: 3 });
    expect(decoder.decode((await reader.read()).value)).toBe(
      'event: progress\ndata: {"processed":3}\n\n',
    );
    await new Promise((resolve) => setImmediate(resolve));
    clock.advance(1000);
    expect(decoder.decode((await reader.read()).value)).toBe(': ping\n\n');
    await reader.cancel();
    expect(unsubscribed).toBe(true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(clock.pendingSleeps).toBe(0);
  });

  it('ends the stream when the request is aborted', async () => {
    const abort = new AbortController();
    const response = sseResponse(abort.signal, () => () => undefined);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    await reader.read();
    abort.abort();
    expect((await reader.read()).done).toBe(true);
  });
});
