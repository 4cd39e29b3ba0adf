/** One action of the reading room, declared once for shortcut, button, menu and overview (STYLE.md 12). */
export type Command = {
  /** Stable id; the desktop menu sends the same id. */
  id: string;
  /** i18n key of the label shown in menus, tooltips and the shortcut overview. */
  label: string;
  /** Shortcuts such as "Ctrl+F", "Shift+F3", "?"; "Ctrl" also matches ⌘ on a Mac. */
  keys: readonly string[];
  run: () => void;
  /** False when the command makes no sense right now (no letter open, no hits). */
  enabled?: boolean;
  /** Whether the shortcut also fires while typing in a field (default: only with Ctrl/Alt or F-keys). */
  inFields?: boolean;
};
