import { citeSource, letterTitle } from './citeSource';
import { dutchDate } from './dutchDate';
import type { ExportInput, SourceFormatter } from './ExportInput';
import { ORPHAN_REMARK, exportHeading, quoteText } from './exportWording';

/** Escapes what Markdown would read as markup, so a quote shows as written. */
function escape(text: string): string {
  return text
    .replace(/([\\`*_[\]<>|])/g, '\\$1')
    .replace(/^(\s*)([#+-]|\d+\.)(?=\s)/gm, '$1\\$2');
}

/** Line breaks kept: Markdown joins lines unless they end in a hard break. */
const lines = (text: string, prefix = '') => escape(text).split('\n').map((line) => `${prefix}${line}`).join('  \n');

/** The notes as Markdown: a section per letter, each quote as a block quote with its source. */
export function toMarkdown(input: ExportInput, cite: SourceFormatter = citeSource): string {
  const out: string[] = [`# ${escape(exportHeading(input))}`, ''];
  const count = input.letters.reduce((n, letter) => n + letter.notes.length, 0);
  out.push(`Geëxporteerd op ${dutchDate(input.exportedAt)}${input.tag ? `, label ${escape(input.tag)}` : ''}: ${count} ${count === 1 ? 'notitie' : 'notities'} bij ${input.letters.length} ${input.letters.length === 1 ? 'brief' : 'brieven'}.`, '');
  for (const letter of input.letters) {
    const meta = letter.metadata;
    out.push(`## ${escape(letterTitle(letter))}`, '');
    const facts = [
      meta?.date && `Datum: ${dutchDate(meta.date.value)}`,
      meta?.reference && `Kenmerk: ${escape(meta.reference.value)}`,
      meta?.sender && `Afzender: ${escape(meta.sender.value)}`,
      `Bestand: ${escape(letter.path)}`,
    ].filter(Boolean);
    out.push(facts.join(' · '), '');
    for (const note of letter.notes) {
      out.push(`> ${escape(quoteText(note.quote.exact))}`, '');
      out.push(`— ${escape(cite(letter, note.page))}`, '');
      if (note.status === 'orphan') out.push(`*${ORPHAN_REMARK}*`, '');
      if (note.text) out.push(lines(note.text), '');
      if (note.tags.length > 0) out.push(`Labels: ${note.tags.map((tag) => `\`${tag.replace(/`/g, "'")}\``).join(', ')}`, '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
