import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    contract: 'src/contract.ts',
    fortnox: 'src/fortnox/index.ts',
    model: 'src/host/index.ts',
    sqlite: 'src/store/sqlite/index.ts',
    postgres: 'src/store/postgres/index.ts',
    'pg-boss': 'src/workers/index.ts',
    node: 'src/node/index.ts',
    testing: 'src/testing.ts',
  },
  external: ['better-sqlite3', 'pg', 'pg-boss', 'vitest'],
  format: ['esm'],
  dts: { compilerOptions: { customConditions: [] } },
  tsconfig: 'tsconfig.build.json',
  sourcemap: true,
  clean: true,
  target: 'es2022',
});
