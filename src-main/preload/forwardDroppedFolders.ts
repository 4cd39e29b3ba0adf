import type { IpcRenderer, WebUtils } from 'electron';
import { droppedPathsChannel } from '../shared/channels';

/** The bits of a DOM drag event the preload reads (the preload is type-checked without DOM). */
export type DragEventLike = {
  isTrusted: boolean;
  preventDefault: () => void;
  dataTransfer: { types: readonly string[]; files: ArrayLike<unknown> } | null;
};
export type DropTarget = {
  addEventListener: (type: 'dragover' | 'drop', listener: (event: DragEventLike) => void) => void;
};

/**
 * Sends the paths of files and folders the user drops on the window to main, which opens a
 * dropped folder as the archive. Paths come from webUtils.getPathForFile, which returns '' for a
 * File the page built itself, and only trusted (user) events count.
 */
export function forwardDroppedFolders(
  target: DropTarget,
  webUtils: Pick<WebUtils, 'getPathForFile'>,
  ipcRenderer: Pick<IpcRenderer, 'send'>,
): void {
  const carriesFiles = (event: DragEventLike) => event.dataTransfer?.types.includes('Files') ?? false;
  // Without preventDefault on dragover the window refuses the drop.
  target.addEventListener('dragover', (event) => {
    if (carriesFiles(event)) event.preventDefault();
  });
  target.addEventListener('drop', (event) => {
    if (!event.isTrusted || !carriesFiles(event) || !event.dataTransfer) return;
    event.preventDefault();
    const paths = Array.from(event.dataTransfer.files)
      .map((file) => webUtils.getPathForFile(file as Parameters<WebUtils['getPathForFile']>[0]))
      .filter((dropped) => dropped.length > 0)
      .slice(0, 20);
    if (paths.length) ipcRenderer.send(droppedPathsChannel, paths);
  });
}
