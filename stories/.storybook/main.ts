import type { StorybookConfig } from '@storybook/react-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

const config: StorybookConfig = {
  stories: ['../src/**/*.stories.tsx'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-vitest', 'msw-storybook-addon'],
  framework: { name: '@storybook/react-vite', options: {} },
  // mockServiceWorker.js, copied by msw's postinstall (root package.json "msw.workerDirectory").
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
  // No docs pages, so no prop tables: skip react-docgen (65% of the build time).
  typescript: { reactDocgen: false },
  // Workspace packages resolve to their TypeScript source (decisions/001): no build first.
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      resolve: { conditions: ['@fortnox-kit/source', ...defaultClientConditions] },
    }),
};

export default config;
