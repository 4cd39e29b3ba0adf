import { describe, expect, it } from 'vitest';
import { anchorQuote } from '../../../../../src-main/core/notes/anchorQuote';

const original =
  'Geachte voorzitter, in deze brief informeer ik uw Kamer. De begroting biedt ruimte. ' +
  'Ik zal uw Kamer voor het einde van het jaar informeren. De begroting biedt ruimte voor investeringen.';
const quoteAt = (text: string, exact: string, nth = 0, context = 20) => {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(exact, start + 1);
  return {
    quote: { exact, prefix: text.slice(Math.max(0, start - context), start), suffix: text.slice(start + exact.length, start + exact.length + context) },
    position: { start, end: start + exact.length },
  };
};
const ik = quoteAt(original, 'Ik zal uw Kamer voor het einde van het jaar informeren');
const secondBegroting = quoteAt(original, 'De begroting biedt ruimte', 1);

describe('anchorQuote', () => {
  const cases: {
    name: string;
    text: string;
    note: ReturnType<typeof quoteAt>;
    hint?: boolean;
    expected: string;
    at?: string;
  }[] = [
    { name: 'unchanged text: at the hint', text: original, note: ik, expected: 'anchored' },
    { name: 'text inserted before: moved with its context', text: `Nieuwe inleiding. ${original}`, note: ik, expected: 'moved', at: ik.quote.exact },
    { name: 'line breaks and double spaces changed by re-extraction', text: original.replace('voor het einde', 'voor\nhet  einde'), note: ik, expected: 'moved', at: 'Ik zal uw Kamer voor\nhet  einde van het jaar informeren' },
    { name: 'no position hint (another tool): found by quote', text: original, note: { ...ik, position: undefined as never }, hint: false, expected: 'anchored' },
    { name: 'quote rewritten: orphan', text: original.replace('einde van het jaar', 'zomerreces'), note: ik, expected: 'orphan' },
    { name: 'repeated phrase, context picks the second', text: `Vooraf. ${original}`, note: secondBegroting, expected: 'moved' },
    {
      name: 'look-alike passage with other context: orphan, not moved',
      text: 'Een geheel andere brief. Ik zal uw Kamer voor het einde van het jaar informeren over iets anders.',
      note: ik,
      expected: 'orphan',
    },
    {
      name: 'one side of the context rewritten: still placed',
      text: original.replace('De begroting biedt ruimte voor investeringen.', 'Dit is geheel herschreven.'),
      note: ik,
      expected: 'anchored',
    },
    {
      name: 'two equally good places, hint names neither: orphan',
      text: 'x. Zie bijlage. y. Zie bijlage. z.',
      note: { quote: { exact: 'Zie bijlage.', prefix: '', suffix: '' }, position: { start: 0, end: 12 } },
      expected: 'orphan',
    },
    {
      name: 'two equally good places, hint names one: kept there',
      text: 'x. Zie bijlage. y. Zie bijlage. z.',
      note: { quote: { exact: 'Zie bijlage.', prefix: '', suffix: '' }, position: { start: 19, end: 31 } },
      expected: 'anchored',
    },
  ];
  it.each(cases)('$name', ({ text, note, hint = true, expected, at }) => {
    const result = anchorQuote(text, note.quote, hint ? note.position : undefined);
    expect(result.status).toBe(expected);
    if (result.status !== 'orphan' && at) expect(text.slice(result.start, result.end)).toBe(at);
    if (result.status !== 'orphan') expect(text.slice(result.start, result.end).replace(/\s+/g, ' ')).toBe(note.quote.exact);
  });

  it('picks the occurrence whose context matches, not the first one', () => {
    const result = anchorQuote(`Vooraf. ${original}`, secondBegroting.quote, secondBegroting.position);
    expect(result.status).toBe('moved');
    if (result.status === 'orphan') return;
    expect(result.start).toBe(secondBegroting.position.start + 'Vooraf. '.length);
  });
});
