/** The shortcut string of a key press, in the notation commands declare ("Ctrl+Shift+F3"). */
export function keyOf(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): string {
  const letter = /^[a-z]$/i.test(event.key);
  // A printable symbol already carries Shift in its character ("?" is Shift+/ on most layouts),
  // so Shift is only named for letters and for keys without a shifted character (F3, Enter).
  const namesShift = event.shiftKey && (letter || event.key.length > 1);
  return [
    event.ctrlKey || event.metaKey ? 'Ctrl' : '',
    event.altKey ? 'Alt' : '',
    namesShift ? 'Shift' : '',
    letter ? event.key.toUpperCase() : event.key === ' ' ? 'Space' : event.key,
  ]
    .filter(Boolean)
    .join('+');
}

/** True when the key press happens while typing in a field (plain keys belong to the field then). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** True for shortcuts that may fire while typing: with Ctrl or Alt, or function keys and Escape. */
export function worksWhileTyping(key: string): boolean {
  return /^(Ctrl|Alt)\+/.test(key) || /(^|\+)(F\d{1,2}|Escape)$/.test(key);
}
