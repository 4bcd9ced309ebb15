/**
 * Bundle-size benchmark: what a host app pays to ship each package. Bundles the built
 * `dist/index.js` of core and react with Vite (rolldown), minified, with peers and sibling
 * packages external, and reports min and min+gzip bytes. Run `pnpm build` first.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

export interface BundleSize {
  minBytes: number;
  gzipBytes: number;
}

const EXTERNAL = [/^react($|\/)/, /^react-dom($|\/)/, /^@fortnox-kit\//, /^better-sqlite3$/];

/** Measures one package entry (a built ESM file). */
export async function measureBundle(entry: string): Promise<BundleSize> {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`pnpm build\` first.`);
  const outDir = mkdtempSync(join(tmpdir(), 'fortnox-kit-bundle-'));
  try {
    await build({
      logLevel: 'silent',
      configFile: false,
      build: {
        outDir,
        minify: true,
        emptyOutDir: true,
        lib: { entry, formats: ['es'], fileName: () => 'bundle.js' },
        rollupOptions: { external: EXTERNAL },
      },
    });
    const code = readFileSync(join(outDir, 'bundle.js'));
    return { minBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** Sizes of `@fortnox-kit/core` (zod and ky included) and `@fortnox-kit/react` (core excluded). */
export async function runBundleBench(root = process.cwd()) {
  const core = await measureBundle(resolve(root, 'packages/core/dist/index.js'));
  const react = await measureBundle(resolve(root, 'packages/react/dist/index.js'));
  return { coreGzipBytes: core.gzipBytes, reactGzipBytes: react.gzipBytes, core, react };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await runBundleBench(), null, 2));
}
