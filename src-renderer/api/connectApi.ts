import type { LeeszaalApi } from '../../src-main/shared/api';
import { createHttpApi, takeToken } from './httpApi';

declare global {
  interface Window {
    leeszaal?: LeeszaalApi;
  }
}

/** The transport this page finds: the preload's window.leeszaal, else loopback HTTP. */
export function connectApi(): LeeszaalApi | null {
  if (window.leeszaal) return window.leeszaal;
  const token = takeToken(window.location, window.sessionStorage);
  return token ? createHttpApi(token) : null;
}
