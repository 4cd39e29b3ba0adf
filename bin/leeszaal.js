#!/usr/bin/env node
// Thin launcher for the bundled command line (built by `npm run build`).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cli = fileURLToPath(new URL('../out/cli/leeszaal.js', import.meta.url));
if (!existsSync(cli)) {
  process.stderr.write('leeszaal: not built yet. Run `npm run build` first.\n');
  process.exit(1);
}
await import(pathToFileURL(cli).href);
