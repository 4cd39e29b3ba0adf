// A small rotating log for bugs and lifecycle events, shared by the desktop app and the CLI.
// Call sites pass codes, counts and stack traces, never letter text, paths inside an archive,
// note text or search queries: the log goes to a helpdesk (see docs/desktop.md).
import { appendFileSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

export type LogLevel = 'info' | 'warn' | 'error';
/** Structured fields: numbers, booleans and short codes only. */
export type LogFields = Record<string, number | boolean | string | undefined>;

export type Logger = {
  readonly file: string;
  info: (event: string, fields?: LogFields) => void;
  warn: (event: string, fields?: LogFields) => void;
  /** Logs a bug; an Error contributes its name, message and stack. */
  error: (event: string, error?: unknown, fields?: LogFields) => void;
  /** The last `count` lines, oldest first, across the current and the previous file. */
  recentLines: (count: number) => string[];
};

export type LoggerOptions = {
  file: string;
  /** Rotate when the current file would grow beyond this many bytes. */
  maxBytes?: number;
  /** How many rotated files to keep next to the current one (`.1` newest). */
  keep?: number;
  now?: () => Date;
  /** Replaced by `~` in every line, so a log does not carry the user's name. */
  homeDir?: string;
};

const MAX_FIELD = 120;

/** Creates a logger appending one line per event to `file`, rotating by size. */
export function createLogger({ file, maxBytes = 1_000_000, keep = 3, now = () => new Date(), homeDir }: LoggerOptions): Logger {
  const redact = (text: string) => (homeDir ? text.split(homeDir).join('~') : text);

  const rotate = () => {
    rmSync(`${file}.${keep}`, { force: true });
    for (let index = keep - 1; index >= 1; index -= 1) {
      try {
        renameSync(`${file}.${index}`, `${file}.${index + 1}`);
      } catch {
        // A missing older file is normal after a fresh start.
      }
    }
    renameSync(file, `${file}.1`);
  };

  const write = (level: LogLevel, event: string, fields: LogFields = {}, detail?: string) => {
    const parts = [now().toISOString(), level.toUpperCase(), oneLine(event)];
    for (const [key, value] of Object.entries(fields)) {
      if (value !== undefined) parts.push(`${key}=${oneLine(String(value)).slice(0, MAX_FIELD)}`);
    }
    const line = redact(parts.join(' ') + (detail ? `\n${indent(detail)}` : '')) + '\n';
    // Logging must never take the app down: a full disk or a locked file only loses log lines.
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      if (sizeOf(file) + Buffer.byteLength(line) > maxBytes && sizeOf(file) > 0) rotate();
      appendFileSync(file, line);
    } catch {
      // Nowhere left to report this.
    }
  };

  return {
    file,
    info: (event, fields) => write('info', event, fields),
    warn: (event, fields) => write('warn', event, fields),
    error: (event, error, fields) => write('error', event, fields, describeError(error)),
    recentLines: (count) => {
      const lines = [...readLines(`${file}.1`), ...readLines(file)];
      return lines.slice(Math.max(0, lines.length - count));
    },
  };
}

function describeError(error: unknown): string | undefined {
  if (error === undefined) return undefined;
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}

function indent(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `    ${line}`)
    .join('\n');
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

function readLines(file: string): string[] {
  try {
    return readFileSync(file, 'utf8').split('\n').filter(Boolean);
  } catch {
    return [];
  }
}
