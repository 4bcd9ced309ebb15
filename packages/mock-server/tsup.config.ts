import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/node.ts', 'src/browser.ts', 'src/bin.ts'],
  format: ['esm'],
  dts: {
    entry: ['src/index.ts', 'src/node.ts', 'src/browser.ts'],
    compilerOptions: { customConditions: [] },
  },
  tsconfig: 'tsconfig.build.json',
  sourcemap: true,
  clean: true,
  target: 'es2022',
});
