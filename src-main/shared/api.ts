// The one contract between the renderer and main (STYLE.md 3). Each method has a `noun:verb`
// channel and a zod schema for its request and its response; types come from z.infer.
import type { z } from 'zod';
import * as app from './contract/app';
import * as archive from './contract/archive';
import * as corrections from './contract/corrections';
import * as desktop from './contract/desktop';
import * as letters from './contract/letters';
import * as notes from './contract/notes';
import * as search from './contract/search';
import type { Result } from './result';

const method = <Req extends z.ZodType, Res extends z.ZodType>(channel: string, request: Req, response: Res) => ({
  channel,
  request,
  response,
});

/** Every request/response method of LeeszaalApi, by method name. */
export const methods = {
  appInfo: method('app:info', app.appInfoRequest, app.appInfoResponse),
  openArchive: method('archive:open', archive.archiveOpenRequest, archive.archiveSummary),
  currentArchive: method('archive:current', archive.archiveCurrentRequest, archive.archiveCurrentResponse),
  recentArchives: method('archive:recent', archive.archiveRecentRequest, archive.archiveRecentResponse),
  chooseArchive: method('archive:choose', archive.archiveChooseRequest, archive.archiveSummary.nullable()),
  listLetters: method('letters:list', letters.lettersListRequest, letters.lettersListResponse),
  letterBytes: method('letter:bytes', letters.letterBytesRequest, letters.letterBytesResponse),
  ...notes.notesMethods,
  searchLetters: method('search:query', search.searchRequest, search.searchResponse),
  letterContent: method('letter:content', search.letterContentRequest, search.letterContentResponse),
  letterLinks: method('letter:links', search.letterLinksRequest, search.letterLinksResponse),
  correctMetadata: method('letter:correct', corrections.metadataCorrectRequest, corrections.metadataCorrectResponse),
  unlockLetter: method('letter:unlock', corrections.letterUnlockRequest, corrections.letterUnlockResponse),
  diagnostics: method('app:diagnostics', desktop.diagnosticsRequest, desktop.diagnosticsResponse),
} as const;

export type MethodName = keyof typeof methods;
export type RequestOf<M extends MethodName> = z.input<(typeof methods)[M]['request']>;
export type ResponseOf<M extends MethodName> = z.output<(typeof methods)[M]['response']>;

/** Events pushed from main to the renderer. */
export const events = {
  progress: { channel: 'archive:progress', payload: archive.progressEvent },
  archiveOpened: { channel: 'archive:opened', payload: archive.archiveSummary },
  notesChanged: { channel: 'notes:changed', payload: notes.notesChangedEvent },
  lettersChanged: { channel: 'letters:changed', payload: search.lettersChangedEvent },
  command: { channel: 'command:run', payload: desktop.commandRunEvent },
} as const;
export type EventName = keyof typeof events;
export type EventOf<E extends EventName> = z.output<(typeof events)[E]['payload']>;

/** What the renderer sees, on `window.leeszaal` (IPC) or through the HTTP client. */
export type LeeszaalApi = {
  [M in MethodName]: (request: RequestOf<M>) => Promise<Result<ResponseOf<M>>>;
} & {
  /** Subscribe to an event pushed by main (`onProgress`, `onArchiveOpened`); returns the unsubscribe. */
  [E in EventName as `on${Capitalize<E>}`]: (listener: (event: EventOf<E>) => void) => () => void;
};

/** `progress` -> `onProgress`: the LeeszaalApi name of an event subscription. */
export const subscriptionName = <E extends EventName>(event: E) =>
  `on${event[0]!.toUpperCase()}${event.slice(1)}` as `on${Capitalize<E>}`;
export const eventNames = Object.keys(events) as EventName[];

export const methodNames = Object.keys(methods) as MethodName[];
