import type { StoryContext } from '@storybook/react-vite';
import type { RealBackend } from './real-backend.js';
import type { StoryBackend } from './story-backend.js';

/** The loaded backend and browser spies of a story (see story-backend.ts). */
export function loadedOf(context: Pick<StoryContext, 'loaded'>): StoryBackend {
  return context.loaded as StoryBackend;
}

/** The story's real stack: the handler, the integration and the emulator behind it. */
export function backendOf(context: Pick<StoryContext, 'loaded'>): RealBackend {
  const { backend } = loadedOf(context);
  if (!backend) throw new Error('This story has no backend loaded.');
  return backend;
}

/** Finds a button and waits until it is enabled (it is busy while its status loads). */
export async function enabledButton(
  canvas: StoryContext['canvas'],
  name: string | RegExp,
): Promise<HTMLElement> {
  const button = await canvas.findByRole('button', { name });
  // Polls by hand: in the static build (no manager) Storybook's instrumented `waitFor`
  // returned at once, so the click landed on the still-disabled button.
  const unusable = () =>
    (button as HTMLButtonElement).disabled || button.getAttribute('aria-disabled') === 'true';
  for (let tries = 0; unusable() && tries < 200; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  if (unusable()) throw new Error(`"${String(name)}" stayed disabled.`);
  return button;
}
