import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../../../src-main/core/text/normaliseText';

describe('normaliseText', () => {
  it.each([
    ['ligature fi', '\uFB01nanciën', 'financiën'],
    ['ligature fl', 're\uFB02ectie', 'reflectie'],
    ['ligature ff', 'e\uFB00ect', 'effect'],
    ['ligature ffi', 'e\uFB03ciënt', 'efficiënt'],
    ['ligature ffl', 'o\uFB04ine', 'offline'],
    ['Dutch ij ligature', 'R\u0133ksoverheid', 'Rijksoverheid'],
    ['decomposed diaeresis becomes NFC', 'efficie\u0308nt', 'efficiënt'],
    ['decomposed macron becomes NFC', 'La\u0304na', 'Lāna'],
    ['no-break space', '19\u00A0juni', '19 juni'],
    ['narrow no-break space', '35\u202F000', '35 000'],
    ['soft hyphen disappears', 'regel\u00ADgeving', 'regelgeving'],
    ['zero-width space disappears', 'Kamer\u200Bstuk', 'Kamerstuk'],
    ['plain text unchanged', 'Noord-Holland, e-mail', 'Noord-Holland, e-mail'],
  ])('%s', (_name, input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });
});
