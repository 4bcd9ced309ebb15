import type { FortnoxBrowserActions } from '@fortnox-kit/react';
import { http } from 'msw';
import { fn } from 'storybook/test';
import {
  createFakeBackend,
  type FakeBackend,
  type FakeBackendOptions,
} from '../fake-backend/index.js';
import { type RealBackend, type RealBackendOptions, startRealBackend } from './real-backend.js';

let real: RealBackend | undefined;

/**
 * The host backend of the current story, behind MSW's service worker so the components make
 * real `fetch` calls, the event stream included: the real `createFortnoxHandler` over the
 * emulator (decisions/054), or for a story that says why, the in-memory fake (decisions/052).
 */
let current: { handle(request: Request): Promise<Response> } | undefined;

/** MSW handlers: every request under /api/fortnox goes to the current story's backend. */
export const backendHandlers = [
  http.all('*/api/fortnox/*', ({ request }) => {
    if (!current) throw new Error('No story backend is loaded.');
    return current.handle(request);
  }),
];

/** A story's backend parameters. */
export interface BackendParameters {
  /** Seeds and drives the real stack (the default, even when absent). */
  backend?: RealBackendOptions;
  /** Uses the fake instead: only where the real stack cannot produce the state (say why). */
  fakeBackend?: FakeBackendOptions;
  /** The signed-in user's role, for the provider and the host's `authorize`. @default 'admin' */
  userRole?: 'admin' | 'user';
}

/** What a story's play function gets in `loaded`. */
export interface StoryBackend {
  /** The real stack (absent only for a story on the fake). */
  backend?: RealBackend;
  fake?: FakeBackend;
  browser: FortnoxBrowserActions & {
    navigate: ReturnType<typeof fn>;
    openPopup: ReturnType<typeof fn>;
    openFile: ReturnType<typeof fn>;
  };
}

/** A loader: a fresh backend per story from its parameters, and spied browser actions. */
export async function loadStoryBackend({
  parameters,
}: {
  parameters: BackendParameters;
}): Promise<StoryBackend> {
  real?.close();
  real = undefined;
  current = undefined;
  const role = parameters.userRole ?? 'admin';
  let fake: FakeBackend | undefined;
  if (parameters.fakeBackend) {
    fake = createFakeBackend({
      syncStepMs: 250,
      sendDelayMs: 300,
      ...parameters.fakeBackend,
      state: { role, ...parameters.fakeBackend.state },
    });
    current = fake;
  } else {
    real = await startRealBackend({ role, ...parameters.backend });
    current = real;
  }
  const browser = {
    navigate: fn().mockName('navigate'),
    openPopup: fn(() => ({
      navigate: () => undefined,
      close: () => undefined,
      closed: false,
    })).mockName('openPopup'),
    openFile: fn().mockName('openFile'),
  };
  return { backend: real, fake, browser };
}

/**
 * A story's `parameters` for the real stack, typed (Storybook types parameters as `any`,
 * so a `setup` written inline would get no parameter types).
 */
export function onTheEmulator(options: RealBackendOptions): { backend: RealBackendOptions } {
  return { backend: options };
}
