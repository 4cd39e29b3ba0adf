import { promises as fs } from 'node:fs';
import os from 'node:os';

/** A lock file older than this is left over from a crash (a write under the lock takes ms). */
const STALE_MS = 10_000;

export class LockTimeout extends Error {}

/**
 * Runs `work` while holding `lockFile`, created exclusively (O_EXCL), so that two Leeszaal
 * windows or processes on one archive take turns. A lock left by a crashed process (its pid is
 * gone on this machine, or the file is older than STALE_MS) is taken over.
 */
export async function withFileLock<T>(lockFile: string, work: () => Promise<T>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await fs.open(lockFile, 'wx');
      await handle.writeFile(`${process.pid} ${os.hostname()} ${new Date().toISOString()}\n`);
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (await isStale(lockFile)) {
        await fs.rm(lockFile, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new LockTimeout(`lock ${lockFile} held too long`);
      await new Promise((resolve) => setTimeout(resolve, Math.min(5 + attempt * 5, 50) * (0.5 + Math.random())));
    }
  }
  try {
    return await work();
  } finally {
    await fs.rm(lockFile, { force: true });
  }
}

async function isStale(lockFile: string): Promise<boolean> {
  try {
    const [content, stat] = await Promise.all([fs.readFile(lockFile, 'utf8'), fs.stat(lockFile)]);
    if (Date.now() - stat.mtimeMs > STALE_MS) return true;
    const [pid, host] = content.split(' ');
    if (host !== os.hostname() || !pid) return false;
    if (Number(pid) === process.pid) return false;
    try {
      process.kill(Number(pid), 0);
      return false;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'ESRCH';
    }
  } catch {
    // Gone between open and read (released), or half-written: try again, not stale.
    return false;
  }
}
