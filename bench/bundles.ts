/**
 * Bundle-size benchmark: what a host app pays to ship each package. Bundles the public
 * entry of core and react with Vite (rolldown), minified, with peers and sibling packages
 * external, and reports min and min+gzip bytes.
 *
 * By default the entries are the TypeScript sources, resolved through the
 * `@fortnox-kit/source` condition exactly as the workspace resolves them, so no build is
 * needed; `--dist` measures the built `dist/index.js` instead (run `pnpm build` first).
 * Both give the same code: tsup keeps dependencies (zod, ky) external and Vite bundles them
 * here either way (decisions/072).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, defaultClientConditions } from 'vite';

export interface BundleSize {
  minBytes: number;
  gzipBytes: number;
}

const EXTERNAL = [/^react($|\/)/, /^react-dom($|\/)/, /^@fortnox-kit\//, /^better-sqlite3$/];
// The packages' own dependencies: bundled in the headline numbers (a host ships them), left
// out of the "own code" numbers that show what our source alone costs.
const DEPENDENCIES = [/^zod($|\/)/, /^ky($|\/)/, /^react-hook-form($|\/)/, /^@hookform\//];
const SOURCE_CONDITION = '@fortnox-kit/source';

/** Measures one package entry (TypeScript source or a built ESM file). */
export async function measureBundle(
  entry: string,
  options: { ownCodeOnly?: boolean } = {},
): Promise<BundleSize> {
  if (!existsSync(entry)) throw new Error(`${entry} is missing (for --dist: run \`pnpm build\`).`);
  const outDir = mkdtempSync(join(tmpdir(), 'fortnox-kit-bundle-'));
  try {
    await build({
      logLevel: 'silent',
      configFile: false,
      resolve: { conditions: [SOURCE_CONDITION, ...defaultClientConditions] },
      build: {
        outDir,
        minify: true,
        emptyOutDir: true,
        lib: { entry, formats: ['es'], fileName: () => 'bundle.js' },
        rollupOptions: {
          external: options.ownCodeOnly ? [...EXTERNAL, ...DEPENDENCIES] : EXTERNAL,
        },
      },
    });
    const code = readFileSync(join(outDir, 'bundle.js'));
    return { minBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** The result of {@link runBundleBench}. */
export interface BundleBenchResult {
  coreGzipBytes: number;
  reactGzipBytes: number;
  core: BundleSize;
  react: BundleSize;
  /** The same without the packages' dependencies (zod, ky, react-hook-form, resolvers). */
  ownCode: { core: BundleSize; react: BundleSize };
  /** What was measured: the sources or the built dist. */
  from: 'source' | 'dist';
}

/** Sizes of `@fortnox-kit/core` (zod and ky included) and `@fortnox-kit/react` (core excluded). */
export async function runBundleBench(
  options: { root?: string; from?: 'source' | 'dist' } = {},
): Promise<BundleBenchResult> {
  const root = options.root ?? process.cwd();
  const from = options.from ?? 'source';
  const entry = (pkg: string) =>
    resolve(root, `packages/${pkg}`, from === 'dist' ? 'dist/index.js' : 'src/index.ts');
  const core = await measureBundle(entry('core'));
  const react = await measureBundle(entry('react'));
  const ownCode = {
    core: await measureBundle(entry('core'), { ownCodeOnly: true }),
    react: await measureBundle(entry('react'), { ownCodeOnly: true }),
  };
  return {
    coreGzipBytes: core.gzipBytes,
    reactGzipBytes: react.gzipBytes,
    core,
    react,
    ownCode,
    from,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const from = process.argv.includes('--dist') ? 'dist' : 'source';
  console.log(JSON.stringify(await runBundleBench({ from })));
}
