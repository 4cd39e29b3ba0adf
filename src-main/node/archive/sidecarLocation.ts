import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

export type SidecarLocation = { dir: string; elsewhere: boolean };

/**
 * Where Leeszaal keeps its data for an archive: `<archive>/.leeszaal/`, or, when the archive
 * folder cannot be written, a folder in the app-data folder keyed by the archive's real path.
 */
export async function sidecarLocation(root: string, appDataDir: string): Promise<SidecarLocation> {
  const inside = path.join(root, '.leeszaal');
  try {
    await fs.mkdir(inside, { recursive: true });
    const probe = path.join(inside, `.write-test-${process.pid}`);
    await fs.writeFile(probe, '');
    await fs.rm(probe);
    return { dir: inside, elsewhere: false };
  } catch {
    const key = createHash('sha256').update(root).digest('hex').slice(0, 16);
    const dir = path.join(appDataDir, 'archives', `${path.basename(root)}-${key}`);
    await fs.mkdir(dir, { recursive: true });
    return { dir, elsewhere: true };
  }
}
