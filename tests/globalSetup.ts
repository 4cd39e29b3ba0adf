import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Tests run the built bundles (workers, CLI, renderer); build them once when missing. */
export default function setup(): void {
  if (!existsSync('out/cli/leeszaal.js') || !existsSync('out/renderer/index.html')) {
    execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  }
}
