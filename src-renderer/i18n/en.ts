import type { Messages } from './nl';

/** English messages. */
export const en: Messages = {
  app: { title: 'Leeszaal', skipToLetter: 'Skip to letter' },
  archive: {
    open: 'Open archive',
    none: 'No archive open yet.',
    noConnection: 'Leeszaal is not connected. Start the app, or open the address "leeszaal serve" prints.',
    letters_one: '{{count}} letter',
    letters_other: '{{count}} letters',
    progress: '{{done}} of {{total}} read',
    sidecarElsewhere: 'This folder is read-only: your notes are kept in {{sidecar}}.',
  },
  letters: { list: 'Letters', empty: 'No letters in this folder.', choose: 'Choose a letter from the list.' },
  viewer: { loading: 'Loading letter…', page: 'Page {{page}} of {{pages}}', failed: 'This letter cannot be shown: {{reason}}' },
};
