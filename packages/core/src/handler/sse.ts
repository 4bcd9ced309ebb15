import type { Clock } from '../env/clock.js';

/** One server-sent event: `event:` name and JSON `data:`. */
export function formatSseEvent(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** Keeps an idle stream open through proxies that cut silent connections. */
export interface SseHeartbeat {
  clock: Clock;
  /** A comment line this often. */
  intervalMs: number;
}

/**
 * A `text/event-stream` response. `start` receives a `send` function and returns a cleanup;
 * the stream ends when the client goes away (`signal` aborts or the reader cancels).
 */
export function sseResponse(
  signal: AbortSignal,
  start: (send: (event: string, data: unknown) => void) => (() => void) | Promise<() => void>,
  heartbeat?: SseHeartbeat,
): Response {
  const encoder = new TextEncoder();
  const stopped = new AbortController();
  let cleanup: (() => void) | undefined = () => stopped.abort();
  let closed = false;
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const close = () => {
        if (closed) return;
        closed = true;
        cleanup?.();
        try {
          controller.close();
        } catch {
          // already closed by the reader
        }
      };
      const send = (event: string, data: unknown) => {
        if (!closed) controller.enqueue(encoder.encode(formatSseEvent(event, data)));
      };
      signal.addEventListener('abort', close, { once: true });
      // A comment first, so proxies and fetch readers see the stream open at once.
      controller.enqueue(encoder.encode(': fortnox-kit\n\n'));
      const stopSource = await start(send);
      cleanup = () => {
        stopped.abort();
        stopSource();
      };
      if (signal.aborted) close();
      else if (heartbeat)
        void beat(
          heartbeat,
          stopped.signal,
          () => !closed && controller.enqueue(encoder.encode(': ping\n\n')),
        );
    },
    cancel() {
      closed = true;
      cleanup?.();
    },
  });
  return new Response(stream, {
    status: 200,
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    },
  });
}

async function beat(heartbeat: SseHeartbeat, signal: AbortSignal, ping: () => void): Promise<void> {
  while (!signal.aborted) {
    try {
      await heartbeat.clock.sleep(heartbeat.intervalMs, signal);
    } catch {
      return;
    }
    ping();
  }
}
