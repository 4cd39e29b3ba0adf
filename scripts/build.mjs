// Builds every bundle: Electron main (ESM), preload (one CommonJS file, for sandbox: true), the
// command line and its workers (ESM, plain Node), and the React renderer (Vite).
import { rmSync } from 'node:fs';
import { build as vite } from 'vite';
import { writeLicences } from './collectLicences.mjs';
import { buildNodeBundle as esbuild, workerEntries } from './nodeBundle.mjs';

const only = process.argv[2]; // 'node' builds the Node bundles alone (tests' global setup)

// The Node-only build leaves out/renderer alone: tests running beside it may be serving it.
for (const dir of only === 'node' ? ['main', 'preload', 'cli'] : ['']) {
  rmSync(new URL(`../out/${dir}`, import.meta.url), { recursive: true, force: true });
}
await Promise.all([
  esbuild({ entryPoints: { 'main/index': 'src-main/electron/main.ts' }, outdir: 'out' }),
  esbuild({
    format: 'cjs',
    banner: {},
    entryPoints: ['src-main/preload/preload.ts'],
    outfile: 'out/preload/index.cjs',
    external: ['electron'],
  }),
  esbuild({
    entryPoints: { 'cli/leeszaal': 'src-main/cli/leeszaal.ts', ...workerEntries },
    outdir: 'out',
  }),
]);
writeLicences('.', 'out/main/licences.json'); // for the About window (scripts/collectLicences.mjs)
if (only !== 'node') await vite({ configFile: 'vite.config.ts', logLevel: 'warn' });
