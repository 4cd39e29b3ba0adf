import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveArgument } from '../../../../src-main/electron/appArguments';
import { archiveFromDrop } from '../../../../src-main/electron/droppedFolders';
import type { PathKind } from '../../../../src-main/electron/pathKind';

const root = path.resolve('/archief');
const disk: Record<string, 'folder' | 'file'> = {
  [root]: 'folder',
  [path.join(root, 'brief.pdf')]: 'file',
  [path.join(root, 'BRIEF2.PDF')]: 'file',
  [path.join(root, 'notitie.docx')]: 'file',
  [path.resolve('/werk/Defensie')]: 'folder',
};
const kind: PathKind = (absolute) => disk[absolute] ?? null;

describe('archiveArgument', () => {
  it.each([
    ['packaged, folder', ['Leeszaal.exe', root], true, root],
    ['packaged, no argument', ['Leeszaal.exe'], true, undefined],
    ['unpackaged skips the app path', ['electron', '.', root], false, root],
    ['unpackaged, only the app path', ['electron', '.'], false, undefined],
    ['Chromium flags of a second instance', ['Leeszaal.exe', '--allow-file-access-from-files', '--original-process-start-time=1', root], true, root],
    ['a PDF opens its folder', ['Leeszaal.exe', path.join(root, 'brief.pdf')], true, root],
    ['upper-case .PDF too', ['Leeszaal.exe', path.join(root, 'BRIEF2.PDF')], true, root],
    ['a Word file opens nothing', ['Leeszaal.exe', path.join(root, 'notitie.docx')], true, undefined],
    ['a missing path opens nothing', ['Leeszaal.exe', '/nergens'], true, undefined],
    ['relative to the working folder', ['Leeszaal.exe', 'Defensie'], true, path.resolve('/werk/Defensie')],
  ])('%s', (_name, argv, isPackaged, expected) => {
    expect(archiveArgument(argv, isPackaged, path.resolve('/werk'), kind)).toBe(expected);
  });
});

describe('archiveFromDrop', () => {
  it.each([
    ['a folder', [root], root],
    ['a folder among files', [path.join(root, 'notitie.docx'), root], root],
    ['a PDF opens its folder', [path.join(root, 'brief.pdf')], root],
    ['only a Word file', [path.join(root, 'notitie.docx')], undefined],
    ['a path that is gone', ['/weg'], undefined],
  ])('%s', (_name, paths, expected) => {
    expect(archiveFromDrop(paths, kind)).toBe(expected);
  });
});
