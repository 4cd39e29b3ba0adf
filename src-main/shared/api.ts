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
import { eventChannels, methodChannels } from './channels';
import type { Result } from './result';

export { subscriptionName } from './channels';

const method = <Req extends z.ZodType, Res extends z.ZodType>(channel: string, request: Req, response: Res) => ({
  channel,
  request,
  response,
});

/** Every request/response method of LeeszaalApi, by method name. */
export const methods = {
  appInfo: method(methodChannels.appInfo, app.appInfoRequest, app.appInfoResponse),
  openArchive: method(methodChannels.openArchive, archive.archiveOpenRequest, archive.archiveSummary),
  currentArchive: method(methodChannels.currentArchive, archive.archiveCurrentRequest, archive.archiveCurrentResponse),
  recentArchives: method(methodChannels.recentArchives, archive.archiveRecentRequest, archive.archiveRecentResponse),
  chooseArchive: method(methodChannels.chooseArchive, archive.archiveChooseRequest, archive.archiveSummary.nullable()),
  listLetters: method(methodChannels.listLetters, letters.lettersListRequest, letters.lettersListResponse),
  letterBytes: method(methodChannels.letterBytes, letters.letterBytesRequest, letters.letterBytesResponse),
  ...notes.notesMethods,
  searchLetters: method(methodChannels.searchLetters, search.searchRequest, search.searchResponse),
  letterContent: method(methodChannels.letterContent, search.letterContentRequest, search.letterContentResponse),
  letterLinks: method(methodChannels.letterLinks, search.letterLinksRequest, search.letterLinksResponse),
  correctMetadata: method(methodChannels.correctMetadata, corrections.metadataCorrectRequest, corrections.metadataCorrectResponse),
  unlockLetter: method(methodChannels.unlockLetter, corrections.letterUnlockRequest, corrections.letterUnlockResponse),
  diagnostics: method(methodChannels.diagnostics, desktop.diagnosticsRequest, desktop.diagnosticsResponse),
} as const;

export type MethodName = keyof typeof methods;
export type RequestOf<M extends MethodName> = z.input<(typeof methods)[M]['request']>;
export type ResponseOf<M extends MethodName> = z.output<(typeof methods)[M]['response']>;

/** Events pushed from main to the renderer. */
export const events = {
  progress: { channel: eventChannels.progress, payload: archive.progressEvent },
  archiveOpened: { channel: eventChannels.archiveOpened, payload: archive.archiveSummary },
  notesChanged: { channel: eventChannels.notesChanged, payload: notes.notesChangedEvent },
  lettersChanged: { channel: eventChannels.lettersChanged, payload: search.lettersChangedEvent },
  command: { channel: eventChannels.command, payload: desktop.commandRunEvent },
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

export const eventNames = Object.keys(events) as EventName[];

export const methodNames = Object.keys(methods) as MethodName[];
