import { describe, expect, it } from 'vitest';
import { option, parseArgs } from '../../../../src-main/cli/args';

describe('parseArgs', () => {
  it.each([
    [['serve', 'dir'], [], ['serve', 'dir'], {}],
    [['dir', '--port', '8080'], [], ['dir'], { port: '8080' }],
    [['dir', '--port=8080'], [], ['dir'], { port: '8080' }],
    [['file.pdf', '--json'], ['json'], ['file.pdf'], { json: true }],
    [['--json', 'file.pdf'], ['json'], ['file.pdf'], { json: true }],
    [['dir', 'query words', '--limit', '5', '--json'], ['json'], ['dir', 'query words'], { limit: '5', json: true }],
    [['--password', 'a=b'], [], [], { password: 'a=b' }],
  ])('%j', (argv, flags, positional, options) => {
    const args = parseArgs(argv, flags);
    expect(args.positional).toEqual(positional);
    expect(Object.fromEntries(args.options)).toEqual(options);
  });

  it('gives string options only', () => {
    const args = parseArgs(['--json', '--out', 'x.docx'], ['json']);
    expect(option(args, 'json')).toBeUndefined();
    expect(option(args, 'out')).toBe('x.docx');
  });
});
