// The IPC channel (`noun:verb`) of every LeeszaalApi method and event, as plain data. The contract
// (api.ts) takes its channels from here; the preload, which only forwards calls, imports this file
// alone and so carries no schemas: with zod it was a 760 KB bundle, parsed at every window's start.

/** Channel of each request/response method, by method name. */
export const methodChannels = {
  appInfo: 'app:info',
  openArchive: 'archive:open',
  currentArchive: 'archive:current',
  recentArchives: 'archive:recent',
  chooseArchive: 'archive:choose',
  listLetters: 'letters:list',
  letterBytes: 'letter:bytes',
  createNote: 'note:create',
  updateNote: 'note:update',
  deleteNote: 'note:delete',
  listNotes: 'notes:list',
  searchNotes: 'notes:search',
  undoNotes: 'notes:undo',
  redoNotes: 'notes:redo',
  notesAuthor: 'notes:author',
  setNotesAuthor: 'notes:setAuthor',
  exportNotes: 'notes:export',
  searchLetters: 'search:query',
  letterContent: 'letter:content',
  letterLinks: 'letter:links',
  correctMetadata: 'letter:correct',
  unlockLetter: 'letter:unlock',
  diagnostics: 'app:diagnostics',
} as const;

/** Channel of each event pushed from main to the renderer, by event name. */
export const eventChannels = {
  progress: 'archive:progress',
  archiveOpened: 'archive:opened',
  notesChanged: 'notes:changed',
  lettersChanged: 'letters:changed',
  command: 'command:run',
} as const;

/**
 * Preload -> main only, never on window.leeszaal: the paths of folders the user dropped on the
 * window. The preload reads them with webUtils.getPathForFile, which gives no path for a File
 * the page made itself, so a page cannot forge a drop.
 */
export const droppedPathsChannel = 'window:dropped-paths';

/** `progress` -> `onProgress`: the LeeszaalApi name of an event subscription. */
export const subscriptionName = <E extends string>(event: E) => `on${event[0]!.toUpperCase()}${event.slice(1)}` as `on${Capitalize<E>}`;
