// Dutch and English texts of the command labels (`commands.<id>`), pure data. Main builds the
// native menus from them; the renderer merges them into its i18n catalogue under `commands`.
import type { CommandId } from './commands';

export type CommandLanguage = 'nl' | 'en';

/** The text of every command label, per language; a missing one is a type error. */
export const commandLabels: Record<CommandLanguage, Record<CommandId, string>> = {
  nl: {
    openArchive: 'Archief openen…',
    exportNotes: 'Notities exporteren…',
    focusSearch: 'Zoeken',
    nextHit: 'Volgende treffer',
    previousHit: 'Vorige treffer',
    addNote: 'Notitie toevoegen',
    nextLetter: 'Volgende brief',
    previousLetter: 'Vorige brief',
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen',
    zoomReset: 'Ware grootte',
    copyDiagnostics: 'Diagnose kopiëren voor de helpdesk',
    openLogFolder: 'Map met logbestanden openen',
    about: 'Over Leeszaal',
  },
  en: {
    openArchive: 'Open archive…',
    exportNotes: 'Export notes…',
    focusSearch: 'Search',
    nextHit: 'Next hit',
    previousHit: 'Previous hit',
    addNote: 'Add note',
    nextLetter: 'Next letter',
    previousLetter: 'Previous letter',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    zoomReset: 'Actual size',
    copyDiagnostics: 'Copy diagnostics for support',
    openLogFolder: 'Open log folder',
    about: 'About Leeszaal',
  },
};

/** The interface language for a locale: English for `en*`, Dutch otherwise (DOMAIN.md). */
export function commandLanguage(locale: string): CommandLanguage {
  return locale.toLowerCase().startsWith('en') ? 'en' : 'nl';
}
