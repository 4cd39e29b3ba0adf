// The handler table: LeeszaalApi implemented once, carried by both transports (DESIGN.md).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { EventName, EventOf, MethodName, RequestOf, ResponseOf } from '../shared/api';
import type { ArchiveSummary } from '../shared/contract/archive';
import { fail, ok, type Result } from '../shared/result';
import { ArchiveSession, type ArchiveOptions } from './archive/ArchiveSession';
import { createSearchHandlers } from './handlers/searchHandlers';
import { createLetterHandlers } from './handlers/letterHandlers';
import { createNotesHandlers } from './handlers/notesHandlers';
import { RecentArchives } from './recentArchives';
import { createDesktopHandlers } from './handlers/desktopHandlers';
import type { Logger } from './log/createLogger';

export type Transport = 'ipc' | 'http';

export type HandlerEnv = {
  transport: Transport;
  appVersion: string;
  versions: Record<string, string>;
  locale: string;
  /** Leeszaal's own folder for data that does not travel with an archive. */
  appDataDir: string;
  /** The archive given at start-up (command line, `serve DIR`), opened when no path is asked. */
  startArchive?: string;
  /**
   * Whether the renderer may open this folder by path. Over HTTP only the served folder; in the
   * desktop app a folder the user chose in a dialog or opened before.
   */
  mayOpen: (folder: string) => Promise<boolean>;
  /** Shows a folder dialog where there is one (desktop app); resolves null when cancelled. */
  chooseFolder?: () => Promise<string | null>;
  /**
   * Shows a save dialog where there is one (desktop app); resolves the chosen path, or null when
   * cancelled. Without it (HTTP) an export is offered as a download instead.
   */
  chooseSaveFile?: (options: SaveFileOptions) => Promise<string | null>;
  /** The process's rotating log (bugs, lifecycle; never letter content). */
  logger?: Logger;
  emit: <E extends EventName>(event: E, payload: EventOf<E>) => void;
  /** How archives are opened: extractor (worker pool), notes provider, watching. */
  archiveOptions?: Omit<ArchiveOptions, 'onLettersChanged'>;
};

/** What a save dialog proposes: title, file name, and the file types offered. */
export type SaveFileOptions = { title: string; defaultName: string; filters: { name: string; extensions: string[] }[] };

export type Handler<M extends MethodName> = (request: RequestOf<M>) => Promise<Result<ResponseOf<M>>>;
export type HandlerTable = { [M in MethodName]: Handler<M> };

/** Builds the table of handlers over one piece of state: the open archive. */
export function createHandlers(
  env: HandlerEnv,
): HandlerTable & { session: () => ArchiveSession | null; close: () => Promise<void> } {
  let session: ArchiveSession | null = null;
  const recent = new RecentArchives(path.join(env.appDataDir, 'recent-archives.json'));
  const { textFor: notesText, ...notesHandlers } = createNotesHandlers(env, () => session);

  // Opens run one after another: two at once (a reload, a double click) would each start an
  // archive with its own worker threads, and the one not kept would never be closed.
  let opening: Promise<unknown> = Promise.resolve();
  const open = (folder: string): Promise<Result<ArchiveSummary>> => {
    const run = opening.then(() => openNow(folder));
    opening = run.catch(() => undefined);
    return run;
  };

  const openNow = async (folder: string): Promise<Result<ArchiveSummary>> => {
    const real = await fs.realpath(folder).catch(() => null);
    if (session && real === session.root) {
      // Already open (a reloaded page asks again): the watcher keeps it current.
      const summary = session.summary();
      env.emit('archiveOpened', summary);
      return ok(summary);
    }
    const previous = session;
    session = null;
    await previous?.close();
    const opened = await ArchiveSession.open(folder, env.appDataDir, (event) => env.emit('progress', event), {
      watch: true,
      notes: { textFor: notesText },
      ...env.archiveOptions,
      onLettersChanged: (event) => env.emit('lettersChanged', event),
    });
    if (!opened.ok) return opened;
    session = opened.value;
    await recent.add(session.root).catch(() => undefined);
    const summary = session.summary();
    env.emit('archiveOpened', summary);
    return ok(summary);
  };

  const withArchive = async <T>(run: (open: ArchiveSession) => Promise<Result<T>>): Promise<Result<T>> =>
    session ? run(session) : fail('no-archive', 'Open eerst een archief.');

  return {
    session: () => session,
    /** Closes the open archive: its watcher, index and extraction workers. */
    close: async () => {
      await opening;
      const closing = session;
      session = null;
      await closing?.close();
    },
    // Each room adds its handlers below, from its own module (handlers/<room>Handlers.ts).
    ...createDesktopHandlers(env, () => session?.summary() ?? null),
    ...createSearchHandlers(withArchive),
    ...createLetterHandlers(env, withArchive),
    ...notesHandlers,

    appInfo: async () =>
      ok({
        name: 'Leeszaal',
        version: env.appVersion,
        transport: env.transport,
        versions: env.versions,
        locale: env.locale,
      }),

    openArchive: async ({ path: asked }) => {
      const folder = asked ?? env.startArchive;
      if (!folder) return fail('no-archive', 'Kies een map met brieven.');
      if (asked && !(await env.mayOpen(path.resolve(asked)))) {
        return fail('not-allowed', `Leeszaal mag de map "${asked}" hier niet openen. Kies hem via "Archief openen".`);
      }
      return open(folder);
    },

    chooseArchive: async () => {
      if (!env.chooseFolder) {
        return fail('not-allowed', 'In de browser opent Leeszaal alleen de map waarmee "leeszaal serve" is gestart.');
      }
      const folder = await env.chooseFolder();
      if (!folder) return ok(null);
      return open(folder);
    },

    currentArchive: async () => ok(session ? session.summary() : null),

    recentArchives: async () => ok(await recent.list()),

    listLetters: () => withArchive(async (open) => ok(open.list())),

    letterBytes: ({ id }) => withArchive((open) => open.bytes(id)),
  };
}
