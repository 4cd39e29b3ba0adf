// The sending organisation: the ministry in the letterhead, a publisher or author statement,
// the signature, or the organisation heading the letterhead's address block.
import { type Field, fieldFrom } from './fieldValue';
import { labelAt } from './labels';
import type { LetterLine } from './letterLines';

const ministry = /^(?:Ministerie van|Ministry of|Bundesministerium|Minist[èe]re d[eu'])\s?[\p{L} ,'’-]+$/u;
const publisher = /^(?:Herausgeber|Uitgave(?: van)?|Uitgegeven door|Published by|Publisher|Voortouwcommissie|Opgesteld door)\s*:?\s*(.*)$/i;
const authoredBy = /\b(?:ontwikkeld|opgesteld|geschreven|uitgevoerd|uitgevoerd|gemaakt|prepared|written|developed)\s+(?:door|by)\s+((?:de\s+|het\s+|the\s+)?\p{Lu}[\p{L}\d&.'’-]*(?:\s+(?:\p{Lu}[\p{L}\d&.'’-]*|van|voor|en|der|de|of|for|and|&))*)/u;
const commissionedBy = /\bdoor\s+(\p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*)*)\s+in opdracht van\b/u;
const closing = /^(?:hoogachtend|met (?:vriendelijke|hartelijke) groet(?:en)?|yours (?:sincerely|faithfully)|kind regards|mit freundlichen gr[üu](?:ß|ss)en|veuillez agréer)\b/i;
const role = /^(?:De|The)\s+((?:Minister(?:-president)?|Staatssecretaris|Minister voor [\p{L} ]+?|Secretaris-generaal)\s+van\s+[\p{L} ,'’-]+?),?$/u;
const organisationWord =
  /\b(?:Ministerie|Autoriteit|Raad|Kamer|Kiesraad|Gemeente|Provincie|Waterschap|Dienst|Agentschap|Inspectie|Directie|Directoraat|Bureau|Commissie|Council|Department|Service|Team|Centre|Center|Office|Agency|Authority|Board|Institute|Instituut|B\.V\.|N\.V\.|Stichting|Vereniging|Beauftragter|Bundesamt|Amt|Comité|Ville)\b/u;
const addressLine = /^(?:\d+(?:-\d+)?\s+\p{Lu}[\p{L}.' -]+$|Postbus|P\.?O\.? Box|Bezoekadres|Postadres|Postfach|\d{4}\s?[A-Z]{2}\b|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}$|\p{L}[\p{L} .'-]+\s\d+[a-z]?$)/u;

const clean = (text: string) => text.replace(/[,.;:]+$/, '').trim();

/** The sender, or undefined when the letter does not name one. */
export function readSender(lines: readonly LetterLine[], used: ReadonlySet<number>): Field<string> | undefined {
  const early = lines.filter((l) => l.page <= 2);
  for (const line of lines.filter((l) => l.page === 1)) {
    if (ministry.test(line.text)) return fieldFrom(clean(line.text), [line], 0.9);
  }
  for (const line of lines.filter((l) => l.page <= 3)) {
    const m = publisher.exec(line.text);
    if (!m) continue;
    const next = lines[line.index + 1];
    const value = m[1] ? clean(m[1]) : next && !labelAt(next.text) ? clean(next.text) : '';
    if (value.length > 2) return fieldFrom(value, m[1] ? [line] : [line, next!], 0.85);
  }
  // Signature: the organisation or office after the closing ("Hoogachtend, / Autoriteit
  // Persoonsgegevens,") or the role line ("De Staatssecretaris van Veiligheid en Justitie,").
  for (const line of lines) {
    const office = role.exec(line.text);
    if (office && line.page === lines[lines.length - 1]!.page) return fieldFrom(`De ${office[1]}`, [line], 0.7);
    if (!closing.test(line.text)) continue;
    for (const next of lines.slice(line.index + 1, line.index + 4)) {
      const signed = role.exec(next.text);
      if (signed) return fieldFrom(`De ${signed[1]}`, [next], 0.7);
      if (organisationWord.test(next.text) && next.text.length < 80) return fieldFrom(clean(next.text.replace(/^(?:De|The)\s+(?=\p{Lu})/u, '')), [next], 0.7);
    }
  }
  for (const line of lines.filter((l) => l.page <= 3)) {
    const m = commissionedBy.exec(line.text) ?? authoredBy.exec(line.text);
    if (m) {
      const value = clean(m[1]!.replace(/\s+(?:van|voor|en|der|de|of|for|and|&)$/u, ''));
      if (value.length > 2 && !/^(?:de|het|the)$/i.test(value)) return fieldFrom(value, [line], 0.6);
    }
  }
  // Letterhead: the organisation that heads an address block ("Logius" / "Bezoekadres:").
  for (const line of early.filter((l) => l.page === 1)) {
    const next = lines[line.index + 1];
    if (!next || used.has(line.index) || labelAt(line.text) || addressLine.test(line.text)) continue;
    if (!addressLine.test(next.text) && !/^(?:Bezoekadres|Postadres)/.test(next.text)) continue;
    let top = line;
    // Walk up over the other lines of the same organisation block (team above centre).
    for (let k = line.index - 1; k >= 0 && k >= line.index - 2; k--) {
      const above = lines[k]!;
      if (above.page !== 1 || addressLine.test(above.text) || labelAt(above.text) || used.has(k) || !/^\p{Lu}/u.test(above.text)) break;
      if (above.afterBreak || Math.abs(above.rect[0] - line.rect[0]) > 12) { top = above; break; }
      top = above;
    }
    if (/\p{L}{3}/u.test(top.text) && top.text.length < 80 && !/^(?:de|het|the|aan|mr|mrs|ms|dhr|mevr)\b/i.test(top.text))
      return fieldFrom(clean(top.text), [top], 0.5);
  }
  return undefined;
}
