import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Sibling packages resolve to their TypeScript source through this export condition, so a
// test never runs against a stale dist/ (see decisions/001).
const SOURCE_CONDITION = '@fortnox-kit/source';

// Debian's Chromium for the browser projects (TOOLCHAIN §3): Playwright downloads nothing.
const chromium = (name: string) => ({
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  }),
  instances: [{ browser: 'chromium' as const, name: `${name} (chromium)` }],
});

export default defineConfig({
  resolve: { conditions: [SOURCE_CONDITION, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [SOURCE_CONDITION, ...defaultServerConditions] } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // Most node tests wait (child processes, PostgreSQL, rate windows) rather than
          // compute, so two files at once even on 2 cores (vitest's default there is one).
          // A project with its own maxWorkers runs in its own group: first, then the others.
          maxWorkers: Math.max(2, availableParallelism() - 1),
          sequence: { groupOrder: 0 },
          include: [
            'packages/{core,mock-server}/src/**/*.test.ts',
            'tests/**/*.test.ts',
            'examples/*/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'jsdom',
          sequence: { groupOrder: 1 },
          environment: 'jsdom',
          include: ['packages/react/src/**/*.test.{ts,tsx}'],
          exclude: ['**/node_modules/**', 'packages/react/src/**/*.browser.test.{ts,tsx}'],
          setupFiles: ['./packages/react/vitest.setup.ts'],
        },
      },
      {
        // Real Chromium, real service worker: packages/react/src/**/*.browser.test.tsx.
        extends: true,
        plugins: [react()],
        publicDir: 'stories/public',
        test: {
          name: 'browser',
          sequence: { groupOrder: 1 },
          include: ['packages/react/src/**/*.browser.test.{ts,tsx}'],
          browser: chromium('browser'),
        },
      },
      {
        // Every story and its play function in Chromium, with the a11y addon's axe check.
        extends: true,
        plugins: [
          storybookTest({
            configDir: fileURLToPath(new URL('stories/.storybook', import.meta.url)),
          }),
        ],
        test: { name: 'storybook', browser: chromium('storybook'), sequence: { groupOrder: 1 } },
      },
    ],
  },
});
