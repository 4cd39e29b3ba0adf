import { describe, expect, it } from 'vitest';
import { isTyping, keyOf, worksWhileTyping } from '../../../../src-renderer/commands/keyOf';

const press = (key: string, modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('keyOf', () => {
  it.each([
    [press('f', { ctrlKey: true }), 'Ctrl+F'],
    [press('f', { metaKey: true }), 'Ctrl+F'],
    [press('F3'), 'F3'],
    [press('F3', { shiftKey: true }), 'Shift+F3'],
    [press('?', { shiftKey: true }), '?'],
    [press('+', { shiftKey: true }), '+'],
    [press('m', { ctrlKey: true, altKey: true }), 'Ctrl+Alt+M'],
    [press('ArrowDown', { altKey: true }), 'Alt+ArrowDown'],
    [press('Z', { ctrlKey: true, shiftKey: true }), 'Ctrl+Shift+Z'],
    [press(' '), 'Space'],
  ])('%o is %s', (event, expected) => {
    expect(keyOf(event)).toBe(expected);
  });
});

describe('shortcuts while typing', () => {
  it.each([
    ['N', false],
    ['?', false],
    ['Ctrl+F', true],
    ['Alt+1', true],
    ['F3', true],
    ['Shift+F3', true],
    ['Escape', true],
  ])('%s fires in a field: %s', (key, expected) => {
    expect(worksWhileTyping(key)).toBe(expected);
  });

  it('knows a text field from a button', () => {
    expect(isTyping(document.createElement('input'))).toBe(true);
    expect(isTyping(document.createElement('textarea'))).toBe(true);
    expect(isTyping(document.createElement('button'))).toBe(false);
  });
});
