import { type SetupWorker, setupWorker } from 'msw/browser';
import { createFortnoxEmulator, type FortnoxEmulator } from './emulator.js';
import type { FortnoxEmulatorOptions } from './options.js';

export * from './index.js';

/** An emulator and the msw Service Worker that serves it. */
export interface FortnoxBrowserMock {
  emulator: FortnoxEmulator;
  /** msw's `setupWorker` with REST, OAuth, control and WebSocket handlers (call `start()`). */
  worker: SetupWorker;
}

/**
 * The emulator behind msw's `setupWorker`, for Storybook and the demo page.
 *
 * @example
 * const { emulator, worker } = setupFortnoxWorker();
 * emulator.createTenant({ seed: 1, size: 50 });
 * await worker.start({ onUnhandledRequest: 'bypass' });
 */
export function setupFortnoxWorker(options: FortnoxEmulatorOptions = {}): FortnoxBrowserMock {
  const emulator = createFortnoxEmulator(options);
  return { emulator, worker: setupWorker(...emulator.handlers, emulator.websocketHandler) };
}
