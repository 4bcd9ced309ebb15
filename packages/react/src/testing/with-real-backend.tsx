import { type RenderResult, render, screen, waitFor } from '@testing-library/react';
import { type UserEvent, userEvent } from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import {
  type RealBackend,
  type RealBackendOptions,
  startRealBackend,
} from '../../../../stories/src/real-backend.js';
import type { FortnoxBrowserActions } from '../browser-actions.js';
import { FortnoxProvider, type FortnoxProviderProps } from '../fortnox-provider.js';

/** The host's backend in tests: the real handler behind msw/node at this address. */
export const BASE_URL = 'http://host.test/api/fortnox';

// The backend of the test that is running: core's handler over an integration whose Fortnox
// is the emulator (stories/src/real-backend.ts, the same stack every story runs on).
let backend: RealBackend | undefined;
const server = setupServer(
  http.all(`${BASE_URL}/*`, ({ request }) => {
    if (!backend) throw new Error('No backend: render with renderOnEmulator first.');
    return backend.handle(request);
  }),
  http.all('*', () => HttpResponse.error()),
);

/**
 * Starts msw/node for this test file: the components make real `fetch` calls (the event
 * stream included) that reach the real handler. Each render gets a fresh backend.
 */
export function startBackendServer(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    backend?.close();
    backend = undefined;
  });
  afterAll(() => server.close());
}

/** What the components asked of the browser. */
export interface RecordedCalls {
  navigate: string[];
  popups: string[];
  files: { blob: Blob; name: string }[];
}

/** Records what the components ask of the browser instead of navigating. */
export function recordingBrowser(): { actions: FortnoxBrowserActions; calls: RecordedCalls } {
  const calls: RecordedCalls = { navigate: [], popups: [], files: [] };
  const actions: FortnoxBrowserActions = {
    navigate: (url) => void calls.navigate.push(url),
    openPopup: () => ({
      navigate: (url) => void calls.popups.push(url),
      close: () => undefined,
      closed: false,
    }),
    openFile: (blob, name) => void calls.files.push({ blob, name }),
  };
  return { actions, calls };
}

/**
 * Seeds and connects a fresh real backend (host registers, orders, settings, then
 * `setup`), and renders `ui` inside a provider that reaches it with the default `fetch`.
 */
export async function renderOnEmulator(
  ui: ReactNode,
  options: RealBackendOptions & { provider?: Partial<FortnoxProviderProps> } = {},
): Promise<RenderResult & { backend: RealBackend; browser: RecordedCalls; user: UserEvent }> {
  const { provider, ...backendOptions } = options;
  backend?.close();
  backend = await startRealBackend(backendOptions);
  const browser = recordingBrowser();
  const user = userEvent.setup({ delay: null });
  const view = render(
    <FortnoxProvider baseUrl={BASE_URL} browser={browser.actions} userRole="admin" {...provider}>
      {ui}
    </FortnoxProvider>,
  );
  return { ...view, backend, browser: browser.calls, user };
}

/** Finds a button and waits until it can be used (components are busy while loading). */
export async function enabledButton(name: string | RegExp): Promise<HTMLElement> {
  const button = await screen.findByRole('button', { name });
  await waitFor(() => {
    if ((button as HTMLButtonElement).disabled || button.getAttribute('aria-disabled') === 'true') {
      throw new Error(`"${String(name)}" is not enabled yet`);
    }
  });
  return button;
}
