import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../../../src-main/node/log/createLogger';

const fixedNow = () => new Date('2026-01-02T03:04:05.000Z');
const tempLog = () => path.join(mkdtempSync(path.join(os.tmpdir(), 'lz-log-')), 'logs', 'main.log');

describe('createLogger', () => {
  it('writes one line per event with fields, in a folder it creates', () => {
    const file = tempLog();
    const logger = createLogger({ file, now: fixedNow });
    logger.info('archive-opened', { letters: 1200, elsewhere: false, skipped: undefined });
    expect(readFileSync(file, 'utf8')).toBe('2026-01-02T03:04:05.000Z INFO archive-opened letters=1200 elsewhere=false\n');
  });

  it('logs an error with its stack, indented', () => {
    const file = tempLog();
    const logger = createLogger({ file, now: fixedNow });
    logger.error('bug', new TypeError('x is undefined'));
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^2026-01-02T03:04:05.000Z ERROR bug\n {4}TypeError: x is undefined\n {8}at /);
  });

  it('keeps a field on one line and short', () => {
    const file = tempLog();
    createLogger({ file, now: fixedNow }).warn('odd', { code: `a\nb${'x'.repeat(500)}` });
    const [line] = readFileSync(file, 'utf8').split('\n');
    expect(line).toMatch(/^2026\S+ WARN odd code=a bx+$/);
    expect(line!.length).toBeLessThan(200);
  });

  it('replaces the home folder by ~', () => {
    const file = tempLog();
    createLogger({ file, now: fixedNow, homeDir: '/home/jansen' }).error('bug', new Error('cannot read /home/jansen/Archief/x'));
    expect(readFileSync(file, 'utf8')).toContain('cannot read ~/Archief/x');
    expect(readFileSync(file, 'utf8')).not.toContain('jansen');
  });

  it('rotates by size and keeps only `keep` old files', () => {
    const file = tempLog();
    const logger = createLogger({ file, maxBytes: 200, keep: 2, now: fixedNow });
    for (let index = 0; index < 40; index += 1) logger.info('tick', { index });
    expect(readFileSync(file, 'utf8').length).toBeLessThanOrEqual(200);
    expect(existsSync(`${file}.1`)).toBe(true);
    expect(existsSync(`${file}.2`)).toBe(true);
    expect(existsSync(`${file}.3`)).toBe(false);
    expect(readFileSync(file, 'utf8')).toContain('index=39');
  });

  it('returns the recent lines across the rotation, oldest first', () => {
    const file = tempLog();
    const logger = createLogger({ file, maxBytes: 200, keep: 2, now: fixedNow });
    for (let index = 0; index < 10; index += 1) logger.info('tick', { index });
    const recent = logger.recentLines(3);
    expect(recent.map((line) => line.replace(/^.* index=/, ''))).toEqual(['7', '8', '9']);
  });

  it('never throws when the log cannot be written', () => {
    // A log folder that is a file: every write fails (ENOTDIR).
    const blocker = path.join(mkdtempSync(path.join(os.tmpdir(), 'lz-log-')), 'not-a-folder');
    writeFileSync(blocker, '');
    const logger = createLogger({ file: path.join(blocker, 'logs', 'main.log') });
    expect(() => logger.info('x')).not.toThrow();
    expect(logger.recentLines(5)).toEqual([]);
  });
});
