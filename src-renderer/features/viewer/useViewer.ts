import { useMemo, useState } from 'react';
import type { Command } from '../../commands/Command';
import { menuCommandKeys } from '../../commands/menuCommandKeys';
import type { ViewerHandle } from '../../pdf/mountViewer';
import type { FindStatus } from '../../pdf/Overlay';

export type ViewerState = {
  handle: ViewerHandle | null;
  setHandle: (handle: ViewerHandle | null) => void;
  page: number;
  setPage: (page: number) => void;
  scale: number;
  setScale: (scale: number) => void;
  findOpen: boolean;
  closeFind: () => void;
  findStatus: FindStatus | null;
  setFindStatus: (status: FindStatus) => void;
  thumbnailsOpen: boolean;
  commands: Command[];
};

/** The state of the open letter's viewer and the commands that act on it. */
export function useViewer(): ViewerState {
  const [handle, setHandle] = useState<ViewerHandle | null>(null);
  const [page, setPage] = useState(1);
  const [scale, setScale] = useState(1);
  const [findOpen, setFindOpen] = useState(false);
  const [findStatus, setFindStatus] = useState<FindStatus | null>(null);
  const [thumbnailsOpen, setThumbnailsOpen] = useState(false);

  const commands = useMemo<Command[]>(() => {
    const enabled = handle !== null;
    // Ids and keys of commands that the desktop menu also offers match src-main/shared/commands.ts
    // (checked by a unit test); the others are the reading room's own.
    return [
      { id: 'findInLetter', label: 'commands.findInLetter', keys: [], enabled, run: () => setFindOpen(true) },
      { id: 'zoomIn', label: 'commands.zoomIn', keys: menuCommandKeys.zoomIn, enabled, run: () => handle?.zoomIn() },
      { id: 'zoomOut', label: 'commands.zoomOut', keys: menuCommandKeys.zoomOut, enabled, run: () => handle?.zoomOut() },
      { id: 'zoomReset', label: 'commands.zoomReset', keys: menuCommandKeys.zoomReset, enabled, run: () => handle?.actualSize() },
      { id: 'fitWidth', label: 'commands.fitWidth', keys: ['W'], enabled, run: () => handle?.fitWidth() },
      { id: 'rotate', label: 'commands.rotate', keys: ['R'], enabled, run: () => handle?.rotate() },
      { id: 'nextPage', label: 'commands.nextPage', keys: [']', 'J'], enabled, run: () => handle?.goToPage(handle.page() + 1) },
      { id: 'previousPage', label: 'commands.previousPage', keys: ['[', 'K'], enabled, run: () => handle?.goToPage(handle.page() - 1) },
      { id: 'thumbnails', label: 'commands.thumbnails', keys: ['T'], enabled, run: () => setThumbnailsOpen((open) => !open) },
    ];
  }, [handle]);

  return {
    handle,
    setHandle: (next) => {
      // A new letter starts without the previous letter's find results.
      setFindStatus(null);
      setHandle(next);
    },
    page,
    setPage,
    scale,
    setScale,
    findOpen,
    closeFind: () => {
      setFindOpen(false);
      setFindStatus(null);
      handle?.clearFind();
    },
    findStatus,
    setFindStatus,
    thumbnailsOpen,
    commands,
  };
}
