/** Dutch messages: the language of our users, and the reference catalogue. */
export const nl = {
  app: { title: 'Leeszaal', skipToLetter: 'Naar de brief' },
  archive: {
    open: 'Archief openen',
    none: 'Nog geen archief geopend.',
    noConnection: 'Leeszaal is niet verbonden. Start de app, of open het adres dat "leeszaal serve" toont.',
    letters_one: '{{count}} brief',
    letters_other: '{{count}} brieven',
    progress: '{{done}} van {{total}} gelezen',
    sidecarElsewhere: 'Deze map is alleen-lezen: uw notities staan in {{sidecar}}.',
  },
  letters: { list: 'Brieven', empty: 'Geen brieven in deze map.', choose: 'Kies een brief in de lijst.' },
  viewer: { loading: 'Brief laden…', page: 'Pagina {{page}} van {{pages}}', failed: 'Deze brief kan niet worden getoond: {{reason}}' },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof nl>;
