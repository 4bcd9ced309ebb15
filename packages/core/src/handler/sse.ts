/** One server-sent event: `event:` name and JSON `data:`. */
export function formatSseEvent(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/**
 * A `text/event-stream` response. `start` receives a `send` function and returns a cleanup;
 * the stream ends when the client goes away (`signal` aborts or the reader cancels).
 */
export function sseResponse(
  signal: AbortSignal,
  start: (send: (event: string, data: unknown) => void) => (() => void) | Promise<() => void>,
): Response {
  const encoder = new TextEncoder();
  let cleanup: (() => void) | undefined;
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
      cleanup = await start(send);
      if (signal.aborted) close();
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
