// `leeszaal serve` from a private copy of the built bundles. Several people build into the one
// out/ folder while tests run (a build empties it first), so the reading-room tests copy out/cli
// and out/renderer once, under node_modules/.cache (packages still resolve from there), and serve
// from the copy.
import { spawn } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Served } from '../support/launch';

const copyRoot = path.resolve('node_modules/.cache/leeszaal-e2e-room');

/** Copies the built CLI and renderer; fails clearly when out/ is incomplete right now. */
async function copyBuild(): Promise<string> {
  const target = path.join(copyRoot, String(process.pid));
  if (existsSync(path.join(target, 'cli/leeszaal.js'))) return target;
  for (const needed of ['out/cli/leeszaal.js', 'out/renderer/index.html']) {
    if (!existsSync(needed)) throw new Error(`${needed} is missing: run "node scripts/build.mjs" first`);
  }
  await fs.rm(copyRoot, { recursive: true, force: true });
  await fs.cp('out/cli', path.join(target, 'cli'), { recursive: true });
  await fs.cp('out/renderer', path.join(target, 'renderer'), { recursive: true });
  return target;
}

/** Starts the copied CLI's `serve` on a free port and resolves with the URL it prints. */
export async function startRoomServe(folder: string): Promise<Served> {
  const build = await copyBuild();
  const appData = await fs.mkdtemp(path.join(os.tmpdir(), 'leeszaal-appdata-'));
  const child = spawn(process.execPath, [path.join(build, 'cli/leeszaal.js'), 'serve', folder, '--port', '0'], {
    env: { ...process.env, LEESZAAL_APP_DATA: appData },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`serve printed no URL: ${output}`)), 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
  });
  return {
    url,
    process: child,
    appData,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        // serve can outlive SIGTERM while extraction workers are alive; do not hang the suite.
        const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(killer);
      }
      await fs.rm(appData, { recursive: true, force: true });
    },
  };
}
