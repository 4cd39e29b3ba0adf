// Builds every bundle: Electron main (ESM), preload (one CommonJS file, for sandbox: true), the
// command line and its workers (ESM, plain Node), and the React renderer (Vite).
import { readFileSync, rmSync } from 'node:fs';
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';
import { writeLicences } from './collectLicences.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const only = process.argv[2]; // 'node' builds the Node bundles alone (tests' global setup)

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  define: { __LEESZAAL_VERSION__: JSON.stringify(pkg.version) },
  // Runtime dependencies stay in node_modules (and in the asar), not in our bundles.
  external: ['electron', ...Object.keys(pkg.dependencies ?? {})],
};
// ESM bundles that pull CommonJS code need require(); this banner gives them one.
const esmBanner = {
  js: "import { createRequire as __leeszaalCreateRequire } from 'node:module'; const require = __leeszaalCreateRequire(import.meta.url);",
};

// The Node-only build leaves out/renderer alone: tests running beside it may be serving it.
for (const dir of only === 'node' ? ['main', 'preload', 'cli'] : ['']) {
  rmSync(new URL(`../out/${dir}`, import.meta.url), { recursive: true, force: true });
}
await Promise.all([
  esbuild({ ...common, format: 'esm', banner: esmBanner, entryPoints: { 'main/index': 'src-main/electron/main.ts' }, outdir: 'out' }),
  esbuild({ ...common, format: 'cjs', entryPoints: ['src-main/preload/preload.ts'], outfile: 'out/preload/index.cjs', external: ['electron'] }),
  esbuild({
    ...common,
    format: 'esm',
    banner: esmBanner,
    entryPoints: { 'cli/leeszaal': 'src-main/cli/leeszaal.ts', ...workerEntries() },
    outdir: 'out',
  }),
]);
writeLicences('.', 'out/main/licences.json'); // for the About window (scripts/collectLicences.mjs)
if (only !== 'node') await vite({ configFile: 'vite.config.ts', logLevel: 'warn' });

/** Worker-thread entry points, each built next to the CLI (out/cli/<name>.js). */
function workerEntries() {
  return { 'cli/extractWorker': 'src-main/node/extract/extractWorker.ts' };
}
