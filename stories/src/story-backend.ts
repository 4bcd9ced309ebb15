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
 * The host backend of the stories, behind MSW's service worker so the components make real
 * `fetch` calls, the event stream included: the fake handler (decisions/052), or with
 * `parameters.realBackend` the real `createFortnoxHandler` over the emulator.
 */
let current: { handle(request: Request): Promise<Response> } = createFakeBackend();

/** MSW handlers: every request under /api/fortnox goes to the current story's backend. */
export const backendHandlers = [
  http.all('*/api/fortnox/*', ({ request }) => current.handle(request)),
];

/** What a story's play function gets in `loaded`. */
export interface StoryBackend {
  backend: FakeBackend;
  /** Set when the story asks for the real stack (`parameters.realBackend`). */
  real?: RealBackend;
  browser: FortnoxBrowserActions & {
    navigate: ReturnType<typeof fn>;
    openPopup: ReturnType<typeof fn>;
    openFile: ReturnType<typeof fn>;
  };
}

/** A loader: a fresh backend per story from `parameters.backend`, and spied browser actions. */
export async function loadFakeBackend({
  parameters,
}: {
  parameters: { backend?: FakeBackendOptions; realBackend?: RealBackendOptions };
}): Promise<StoryBackend> {
  real?.close();
  real = parameters.realBackend ? await startRealBackend(parameters.realBackend) : undefined;
  const backend = createFakeBackend({ syncStepMs: 250, sendDelayMs: 300, ...parameters.backend });
  current = real ?? backend;
  const browser = {
    navigate: fn().mockName('navigate'),
    openPopup: fn(() => ({
      navigate: () => undefined,
      close: () => undefined,
      closed: false,
    })).mockName('openPopup'),
    openFile: fn().mockName('openFile'),
  };
  return { backend, real, browser };
}
