// A pool of worker threads that extract letters, one file per task (DESIGN.md: pdf.js in worker
// threads). A file that hangs pdf.js is given up after a time limit: its worker is terminated
// and replaced, and the file gets status 'damaged'. A crash or a bug in one file never stops the
// other files.
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CacheTarget } from '../archive/cacheFile';
import type { ExtractionOutcome } from './ExtractionOutcome';

/** Message to a worker: extract this file. */
export type ExtractRequest = { id: number; file: string; password?: string; store?: CacheTarget };
/** What a caller may add to a file: its password, and where the worker should cache what it read. */
export type ExtractOptions = { password?: string; store?: CacheTarget };
/** Message from a worker: the outcome, or the text of a bug. */
export type ExtractReply = { id: number; outcome: ExtractionOutcome } | { id: number; error: string };

export type ExtractPoolOptions = {
  /** Number of worker threads; default os.availableParallelism(). */
  size?: number;
  /** Time limit per file in milliseconds; default 60 000. */
  timeoutMs?: number;
  /** Path of the built worker; default: found by locateExtractWorker(). */
  workerFile?: string;
};

type Task = ExtractRequest & { resolve: (outcome: ExtractionOutcome) => void };
type Slot = { worker: Worker; task: Task | null; timer: NodeJS.Timeout | null };

/**
 * Finds the built worker bundle. It lives next to the command line (out/cli/extractWorker.js):
 * a sibling of this module once bundled into out/cli/, `../cli/` from the Electron bundle in
 * out/main/, and `<repo>/out/cli/` when this module runs from source (vitest, tsx), which needs
 * a build first (the tests' global setup makes one).
 */
export function locateExtractWorker(from: string = import.meta.url): string {
  const candidates = ['./extractWorker.js', '../cli/extractWorker.js', '../../../out/cli/extractWorker.js'].map((relative) => fileURLToPath(new URL(relative, from)));
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`extractWorker.js not found (looked in ${candidates.join(', ')}); run \`node scripts/build.mjs node\``);
  return found;
}

/** Extracts letters in parallel worker threads; `extract` never rejects for a bad file. */
export class ExtractPool {
  private readonly size: number;
  private readonly timeoutMs: number;
  private readonly workerFile: string;
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;

  constructor(options: ExtractPoolOptions = {}) {
    this.size = Math.max(1, options.size ?? os.availableParallelism());
    this.timeoutMs = options.timeoutMs ?? 60_000;
    this.workerFile = options.workerFile ?? locateExtractWorker();
  }

  /** Text, metadata and status of one letter (PDF or .txt); with `store`, cached by the worker. */
  extract(file: string, options: ExtractOptions = {}): Promise<ExtractionOutcome> {
    if (this.closed) return Promise.reject(new Error('ExtractPool is closed'));
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, file, ...options, resolve });
      this.pump();
    });
  }

  /** Starts every worker now, so that pdf.js is loaded by the time the first letter arrives. */
  warm(): void {
    while (!this.closed && this.slots.length < this.size) this.spawn();
  }

  /** Stops all workers; tasks still waiting get status 'damaged' with a message. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.resolve(failed('Het lezen is afgebroken.'));
    await Promise.all(
      this.slots.splice(0).map((slot) => {
        if (slot.timer) clearTimeout(slot.timer);
        slot.task?.resolve(failed('Het lezen is afgebroken.'));
        return slot.worker.terminate();
      }),
    );
  }

  /**
   * Stops the workers that have nothing to do; the next extract starts new ones. An idle pdf.js
   * worker holds ~130 MB, which a cold index of 10,000 letters otherwise carried into building
   * the index, its peak of memory.
   */
  async releaseIdle(): Promise<void> {
    if (this.queue.length) return;
    const idle = this.slots.filter((slot) => slot.task === null);
    for (const slot of idle) this.slots.splice(this.slots.indexOf(slot), 1);
    await Promise.all(idle.map((slot) => slot.worker.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((candidate) => candidate.task === null);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      this.start(slot, this.queue.shift()!);
    }
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.workerFile), task: null, timer: null };
    slot.worker.unref();
    slot.worker.on('message', (reply: ExtractReply) => {
      if (slot.task?.id !== reply.id) return;
      this.finish(slot, 'outcome' in reply ? reply.outcome : failed(`Interne fout bij het lezen: ${reply.error.split('\n')[0]}`));
    });
    // A worker that dies (out of memory, a native crash) takes only its own file with it.
    const lost = (reason: string) => {
      if (!this.slots.includes(slot)) return;
      this.slots.splice(this.slots.indexOf(slot), 1);
      if (slot.timer) clearTimeout(slot.timer);
      slot.task?.resolve(failed(`Het lezen van dit bestand liet de lezer vastlopen (${reason}).`));
      slot.task = null;
      this.pump();
    };
    slot.worker.on('error', (error) => lost(error.message));
    slot.worker.on('exit', (code) => lost(`afgesloten met code ${code}`));
    this.slots.push(slot);
    return slot;
  }

  private start(slot: Slot, task: Task): void {
    slot.task = task;
    slot.worker.ref();
    slot.timer = setTimeout(() => {
      // pdf.js cannot be interrupted inside a page; the only way out is a new thread.
      this.slots.splice(this.slots.indexOf(slot), 1);
      slot.task = null;
      void slot.worker.terminate();
      task.resolve(failed(`Het lezen duurde langer dan ${Math.round(this.timeoutMs / 1000)} seconden en is afgebroken; het bestand is mogelijk beschadigd.`));
      this.pump();
    }, this.timeoutMs);
    const { resolve: _resolve, ...request } = task;
    slot.worker.postMessage(request satisfies ExtractRequest);
  }

  private finish(slot: Slot, outcome: ExtractionOutcome): void {
    if (slot.timer) clearTimeout(slot.timer);
    const task = slot.task!;
    slot.task = null;
    slot.timer = null;
    slot.worker.unref();
    task.resolve(outcome);
    this.pump();
  }
}

function failed(message: string): ExtractionOutcome {
  return { status: 'damaged', message, text: { pages: [] }, pageCount: 0, info: {}, warnings: [] };
}
