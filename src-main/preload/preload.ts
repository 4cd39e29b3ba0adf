// The preload: a narrow facade (STYLE.md 5). Exposes exactly the named methods of LeeszaalApi on
// window.leeszaal; never ipcRenderer itself. Bundled to one CommonJS file (sandbox: true).
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { buildApi } from './buildApi';
import { forwardDroppedFolders, type DropTarget } from './forwardDroppedFolders';

contextBridge.exposeInMainWorld('leeszaal', buildApi(ipcRenderer));
forwardDroppedFolders(globalThis as unknown as DropTarget, webUtils, ipcRenderer);
