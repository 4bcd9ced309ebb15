/**
 * Bundle-size benchmark: what a host app pays to ship each package. Bundles the public
 * entries of core (`/contract` for the browser, the main entry for the server) and react
 * with Vite (rolldown), minified, with peers and sibling packages external, and reports min
 * and min+gzip bytes.
 *
 * By default the entries are the TypeScript sources, resolved through the
 * `@fortnox-kit/source` condition exactly as the workspace resolves them, so no build is
 * needed; `--dist` measures the built `dist/*.js` instead (run `pnpm build` first).
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

// Sibling packages are measured on their own; each package's peer dependencies (react,
// react-dom, react-hook-form, better-sqlite3) are the host's, so they are left out too.
const SIBLINGS = [/^@fortnox-kit\//];

function peersOf(packageDir: string): RegExp[] {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  return Object.keys(manifest.peerDependencies ?? {}).map(
    (name) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}($|/)`),
  );
}
// The packages' own dependencies: bundled in the headline numbers (a host ships them), left
// out of the "own code" numbers that show what our source alone costs.
const DEPENDENCIES = [/^zod($|\/)/, /^ky($|\/)/, /^react-hook-form($|\/)/, /^@hookform\//];
const SOURCE_CONDITION = '@fortnox-kit/source';

/** Measures one package entry (TypeScript source or a built ESM file). */
export async function measureBundle(
  entry: string,
  options: { ownCodeOnly?: boolean; peers?: RegExp[]; withSiblings?: boolean } = {},
): Promise<BundleSize> {
  const external = [...(options.withSiblings ? [] : SIBLINGS), ...(options.peers ?? [])];
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
          external: options.ownCodeOnly ? [...external, ...DEPENDENCIES] : external,
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
  /**
   * `@fortnox-kit/core/contract`, the part of core a browser loads (handler contract,
   * settings schema and metadata, clock; zod/mini included): the "core" of the 20 kB target.
   */
  coreBrowserGzipBytes: number;
  reactGzipBytes: number;
  coreBrowser: BundleSize;
  /** `@fortnox-kit/core`, the whole SDK a host backend runs (zod and ky included). */
  coreServer: BundleSize;
  react: BundleSize;
  /** The same without the packages' dependencies (zod, ky, react-hook-form, resolvers). */
  ownCode: { coreBrowser: BundleSize; coreServer: BundleSize; react: BundleSize };
  /**
   * What a host page really ships for the components: `@fortnox-kit/react` bundled with the
   * parts of `@fortnox-kit/core` it uses (tree-shaken; zod included; peers excluded).
   */
  reactWithCore: BundleSize;
  /** What was measured: the sources or the built dist. */
  from: 'source' | 'dist';
}

/**
 * Sizes of `@fortnox-kit/core/contract` and `@fortnox-kit/core` (zod and ky included) and of
 * `@fortnox-kit/react` (its peers react, react-dom and react-hook-form excluded, and core
 * excluded), plus React with the core it pulls in.
 */
export async function runBundleBench(
  options: { root?: string; from?: 'source' | 'dist' } = {},
): Promise<BundleBenchResult> {
  const root = options.root ?? process.cwd();
  const from = options.from ?? 'source';
  const entry = (pkg: string, name = 'index') =>
    resolve(root, `packages/${pkg}`, from === 'dist' ? `dist/${name}.js` : `src/${name}.ts`);
  const peers = (pkg: string) => peersOf(resolve(root, `packages/${pkg}`));
  const corePeers = peers('core');
  const reactPeers = peers('react');
  const browser = entry('core', 'contract');
  const server = entry('core');
  const react = entry('react');
  const coreBrowser = await measureBundle(browser, { peers: corePeers });
  const reactOnly = await measureBundle(react, { peers: reactPeers });
  return {
    coreBrowserGzipBytes: coreBrowser.gzipBytes,
    reactGzipBytes: reactOnly.gzipBytes,
    coreBrowser,
    coreServer: await measureBundle(server, { peers: corePeers }),
    react: reactOnly,
    ownCode: {
      coreBrowser: await measureBundle(browser, { ownCodeOnly: true, peers: corePeers }),
      coreServer: await measureBundle(server, { ownCodeOnly: true, peers: corePeers }),
      react: await measureBundle(react, { ownCodeOnly: true, peers: reactPeers }),
    },
    reactWithCore: await measureBundle(react, {
      withSiblings: true,
      peers: [...reactPeers, ...corePeers],
    }),
    from,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const from = process.argv.includes('--dist') ? 'dist' : 'source';
  console.log(JSON.stringify(await runBundleBench({ from })));
}
