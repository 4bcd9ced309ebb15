import { type RenderResult, render, screen, waitFor } from '@testing-library/react';
import { type UserEvent, userEvent } from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import {
  createFakeBackend,
  type FakeBackend,
  type FakeBackendOptions,
} from '../../../../stories/fake-backend/index.js';
import type { FortnoxBrowserActions } from '../browser-actions.js';
import { FortnoxProvider, type FortnoxProviderProps } from '../fortnox-provider.js';

/** The host's backend in tests: the fake handler behind msw/node at this address. */
export const BASE_URL = 'http://host.test/api/fortnox';

let backend: FakeBackend = createFakeBackend();
const server = setupServer(
  http.all(`${BASE_URL}/*`, ({ request }) => backend.handle(request)),
  http.all('*', () => HttpResponse.error()),
);

/** Starts msw/node for this test file; each render gets a fresh fake backend. */
export function startFakeServer(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
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
  const calls: RecordedCalls = {
    navigate: [],
    popups: [],
    files: [],
  };
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

/** Renders `ui` inside a provider wired to a fresh fake backend (no delays). */
export function renderWithBackend(
  ui: ReactNode,
  options: FakeBackendOptions & { provider?: Partial<FortnoxProviderProps> } = {},
): RenderResult & { backend: FakeBackend; browser: RecordedCalls; user: UserEvent } {
  const { provider, ...backendOptions } = options;
  backend = createFakeBackend({ syncStepMs: 0, sendDelayMs: 0, ...backendOptions });
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
