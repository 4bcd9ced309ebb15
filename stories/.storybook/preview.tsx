import { FortnoxProvider } from '@fortnox-kit/react';
import type { Decorator, Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { backendHandlers, loadStoryBackend } from '../src/story-backend.js';

const withProvider: Decorator = (Story, { loaded, parameters, globals }) => (
  <FortnoxProvider
    baseUrl="/api/fortnox"
    locale={globals.locale === 'en' ? 'en' : 'sv'}
    userRole={parameters.userRole ?? 'admin'}
    browser={loaded.browser}
  >
    <div style={{ padding: '1rem', maxWidth: '48rem' }}>
      <Story />
    </div>
  </FortnoxProvider>
);

const preview: Preview = {
  loaders: [mswLoader(), loadStoryBackend],
  decorators: [withProvider],
  globalTypes: {
    locale: {
      description: 'Language of the components',
      toolbar: {
        title: 'Språk',
        icon: 'globe',
        items: [
          { value: 'sv', title: 'Svenska' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'sv' },
  parameters: {
    msw: { handlers: backendHandlers },
    // Every story must have zero axe violations: the vitest addon fails the test otherwise.
    a11y: { test: 'error' },
    layout: 'fullscreen',
  },
};

export default preview;
