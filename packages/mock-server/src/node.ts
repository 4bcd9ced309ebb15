import { type SetupServer, setupServer } from 'msw/node';
import { createFortnoxEmulator, type FortnoxEmulator } from './emulator.js';
import type { FortnoxEmulatorOptions } from './options.js';

export * from './index.js';
export {
  type FortnoxMockServer,
  type StartFortnoxMockOptions,
  startFortnoxMock,
} from './node-server.js';

/** An emulator and the msw server that serves it. */
export interface FortnoxMock {
  emulator: FortnoxEmulator;
  /** msw's `setupServer` with the emulator's handlers (call `listen()` in `beforeAll`). */
  server: SetupServer;
}

/**
 * The emulator behind msw's `setupServer`, for Node tests.
 *
 * @example
 * const { emulator, server } = setupFortnoxMock();
 * beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
 * afterAll(() => server.close());
 */
export function setupFortnoxMock(options: FortnoxEmulatorOptions = {}): FortnoxMock {
  const emulator = createFortnoxEmulator(options);
  return { emulator, server: setupServer(...emulator.handlers) };
}
