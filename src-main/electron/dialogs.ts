// Native dialogs behind the handler env's effects (chooseFolder, chooseSaveFile) and the
// confirmation before a link leaves the app.
import path from 'node:path';
import type { BrowserWindow, Dialog, Shell } from 'electron';
import type { SaveFileOptions } from '../node/handlers';
import type { MenuText } from './menu/menuText';
import { isAllowedExternal } from './security';

export type DialogDeps = {
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox'>;
  shell: Pick<Shell, 'openExternal'>;
  /** The window a dialog belongs to (null before it exists or after it closed). */
  window: () => BrowserWindow | null;
  text: MenuText;
  documentsDir: string;
};

/** The dialogs main needs, bound to the current window. */
export function createDialogs({ dialog, shell, window, text, documentsDir }: DialogDeps) {
  return {
    /** Folder dialog; resolves the absolute folder, or null when cancelled. */
    chooseFolder: async (): Promise<string | null> => {
      const options = { title: text.chooseArchive, properties: ['openDirectory' as const] };
      const owner = window();
      const chosen = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      const folder = chosen.canceled ? undefined : chosen.filePaths[0];
      return folder ? path.resolve(folder) : null;
    },

    /** Save dialog for an export; proposes the name in the Documents folder. */
    chooseSaveFile: async ({ title, defaultName, filters }: SaveFileOptions): Promise<string | null> => {
      const options = { title, defaultPath: path.join(documentsDir, path.basename(defaultName)), filters };
      const owner = window();
      const chosen = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
    },

    /** Asks before a link leaves Leeszaal; only https: and mailto: ever get this far. */
    confirmExternal: async (url: string): Promise<void> => {
      if (!isAllowedExternal(url)) return;
      const options = {
        type: 'question' as const,
        buttons: [text.open, text.cancel],
        defaultId: 1,
        cancelId: 1,
        title: text.openLinkTitle,
        message: text.openLink,
        detail: url,
      };
      const owner = window();
      const { response } = owner ? await dialog.showMessageBox(owner, options) : await dialog.showMessageBox(options);
      if (response === 0) await shell.openExternal(url);
    },

    /** Tells the user something in a plain message box. */
    inform: async (message: string, type: 'info' | 'error' = 'info'): Promise<void> => {
      const options = { type, buttons: [text.ok], message };
      const owner = window();
      if (owner) await dialog.showMessageBox(owner, options);
      else await dialog.showMessageBox(options);
    },
  };
}

export type Dialogs = ReturnType<typeof createDialogs>;
