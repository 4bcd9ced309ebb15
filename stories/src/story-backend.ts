import type { FortnoxBrowserActions } from '@fortnox-kit/react';
import { http } from 'msw';
import { fn } from 'storybook/test';
import { type RealBackend, type RealBackendOptions, startRealBackend } from './real-backend.js';

/**
 * The host backend of the current story, behind MSW's service worker so the components make
 * real `fetch` calls, the event stream included: the real `createFortnoxHandler` over the
 * emulator (decisions/054).
 */
let current: RealBackend | undefined;

/** MSW handlers: every request under /api/fortnox goes to the current story's backend. */
export const backendHandlers = [
  http.all('*/api/fortnox/*', ({ request }) => {
    if (!current) throw new Error('No story backend is loaded.');
    return current.handle(request);
  }),
];

/** A story's backend parameters. */
export interface BackendParameters {
  /** Seeds and drives the real stack. */
  backend?: RealBackendOptions;
  /** The signed-in user's role, for the provider and the host's `authorize`. @default 'admin' */
  userRole?: 'admin' | 'user';
}

/** What a story's play function gets in `loaded`. */
export interface StoryBackend {
  /** The real stack. */
  backend: RealBackend;
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
  current?.close();
  current = undefined;
  const role = parameters.userRole ?? 'admin';
  const backend = await startRealBackend({ role, ...parameters.backend });
  current = backend;
  const browser = {
    navigate: fn().mockName('navigate'),
    openPopup: fn(() => ({
      navigate: () => undefined,
      close: () => undefined,
      closed: false,
    })).mockName('openPopup'),
    openFile: fn().mockName('openFile'),
  };
  return { backend, browser };
}

/**
 * A story's `parameters` for the real stack, typed (Storybook types parameters as `any`,
 * so a `setup` written inline would get no parameter types).
 */
export function onTheEmulator(options: RealBackendOptions): { backend: RealBackendOptions } {
  return { backend: options };
}
