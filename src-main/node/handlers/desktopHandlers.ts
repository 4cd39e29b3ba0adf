// Handlers of the desktop-shell room that both transports carry: diagnostics for support.
import os from 'node:os';
import type { ArchiveSummary } from '../../shared/contract/archive';
import { ok } from '../../shared/result';
import { buildDiagnostics } from '../diagnostics/buildDiagnostics';
import type { Handler, HandlerEnv } from '../handlers';

const LOG_LINES = 40;

/** `diagnostics`: versions, OS, redacted paths and the last log lines, as text to copy. */
export function createDesktopHandlers(env: HandlerEnv, current: () => ArchiveSummary | null): { diagnostics: Handler<'diagnostics'> } {
  return {
    diagnostics: async () =>
      ok({
        text: buildDiagnostics({
          appVersion: env.appVersion,
          transport: env.transport,
          versions: env.versions,
          os: { platform: process.platform, release: os.release(), arch: process.arch },
          locale: env.locale,
          appDataDir: env.appDataDir,
          homeDir: os.homedir(),
          userName: safeUserName(),
          archive: current(),
          logLines: env.logger?.recentLines(LOG_LINES) ?? [],
          now: new Date(),
        }),
      }),
  };
}

function safeUserName(): string | undefined {
  try {
    return os.userInfo().username;
  } catch {
    return undefined;
  }
}
