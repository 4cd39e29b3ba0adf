// The one esbuild setup for Leeszaal's Node bundles (CLI, workers, Electron main), shared by
// scripts/build.mjs, the benchmarks and the tests that build a worker on demand.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** esbuild options for a Node bundle in ESM: dependencies stay in node_modules (and the asar). */
export const nodeBundleOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  logLevel: 'warning',
  define: { __LEESZAAL_VERSION__: JSON.stringify(pkg.version) },
  external: ['electron', ...Object.keys(pkg.dependencies ?? {})],
  // ESM bundles that pull CommonJS code need require(); this banner gives them one.
  banner: {
    js: "import { createRequire as __leeszaalCreateRequire } from 'node:module'; const require = __leeszaalCreateRequire(import.meta.url);",
  },
};

/** Worker-thread entry points, each built next to the CLI (out/cli/<name>.js). */
export const workerEntries = { 'cli/extractWorker': 'src-main/node/extract/extractWorker.ts' };

/** Builds Node bundles with the shared options; `options` adds entry points and output. */
export function buildNodeBundle(options) {
  return build({ ...nodeBundleOptions, ...options });
}
