import type { StoryContext } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import type { StoryBackend } from './story-backend.js';

/** The loaded fake backend and browser spies of a story (see story-backend.ts). */
export function loadedOf(context: Pick<StoryContext, 'loaded'>): StoryBackend {
  return context.loaded as StoryBackend;
}

/** Finds a button and waits until it is enabled (it is busy while its status loads). */
export async function enabledButton(
  canvas: StoryContext['canvas'],
  name: string | RegExp,
): Promise<HTMLElement> {
  const button = await canvas.findByRole('button', { name });
  await waitFor(() => expect(button).toBeEnabled());
  return button;
}
