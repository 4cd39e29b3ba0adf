// The sending organisation: the ministry in the letterhead, a publisher or author statement,
// the signature, or the organisation heading the letterhead's address block.
import { type Field, fieldFrom } from './fieldValue';
import { isKnownOrganisation, organisationsIn } from './knownOrganisations';
import { labelAt } from './labels';
import { type LetterLine, sameRow } from './letterLines';
import { runningSender } from './runningSender';
import { addressLine, clean, organisationWord, restoreCase } from './senderPatterns';

const ministry = /^(?:Ministerie van|Ministry of|Bundesministerium|Minist[èe]re d[eu'])\s?[\p{L} ,'’-]+$/u;
const publisher = /^(?:Herausgeber(?:in)?|Uitgave(?: van)?|Uitgegeven door|Published by|Publisher|Voortouwcommissie|Opgesteld door)\s*:?\s*(.*)$/i;
const authoredBy = /\b(?:[Oo]ntwikkeld|[Oo]pgesteld|[Gg]eschreven|[Uu]itgevoerd|[Vv]astgesteld|[Gg]emaakt|[Pp]repared|[Ww]ritten|[Dd]eveloped|[Aa]dopted)\s+(?:door|by)\s+(?:de\s+|het\s+|the\s+)?(\p{Lu}[\p{L}\d&.'’-]*(?:\s+(?:\p{Lu}[\p{L}\d&.'’-]*|van|voor|en|der|de|of|for|and|&))*)/u;
const commissionedBy = /\bdoor\s+(\p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*)*)\s+in opdracht van\b/u;
const closing = /^(?:hoogachtend|met (?:vriendelijke|hartelijke) groet(?:en)?|yours (?:sincerely|faithfully)|kind regards|mit freundlichen gr[üu](?:ß|ss)en|veuillez agréer)\b/i;
const role = /^(?:De|The)\s+((?:Minister(?:-president)?|Staatssecretaris|Minister voor [\p{L} ]+?|Secretaris-generaal)\s+van\s+[\p{L} ,'’-]+?),?$/u;


/** The name of a ministry, completed with its wrapped continuation line ("Ministerie van Binnenlandse" / "Zaken en Koninkrijksrelaties"). */
function ministryAt(lines: readonly LetterLine[], line: LetterLine): { value: string; lines: LetterLine[] } | undefined {
  if (!ministry.test(line.text)) return undefined;
  const next = lines[line.index + 1];
  if (!isKnownOrganisation(line.text) && next && next.page === line.page && /^\p{Lu}/u.test(next.text)) {
    const joined = `${line.text} ${next.text}`;
    if (isKnownOrganisation(joined)) return { value: clean(joined), lines: [line, next] };
  }
  return { value: clean(line.text), lines: [line] };
}

/** The sender, or undefined when the letter does not name one. */
export function readSender(lines: readonly LetterLine[], used: ReadonlySet<number>, info: { title?: string; author?: string } = {}): Field<string> | undefined {
  const early = lines.filter((l) => l.page <= 2);
  const page1 = lines.filter((l) => l.page === 1);
  // A declaration (it names who speaks, whatever ministry the text mentions): "Ik, mr. A.B. de Zeeuw, notaris te 's-Gravenhage, verklaar hierbij".
  for (const line of page1) {
    const m = /^(?:Ik|Ondergetekende),\s+(.+?),\s+verkla(?:ar|ren)\b/u.exec(line.text);
    if (m) return fieldFrom(m[1]!, [line], 0.7);
  }
  for (const line of page1) {
    const found = ministryAt(lines, line);
    if (found) return fieldFrom(found.value, found.lines, 0.9);
  }
  // A known organisation heading page 1 (letterhead column, running head, cover): "Logius",
  // "Tweede Kamer der Staten-Generaal", "United Nations S/RES/1441 (2002)", "Project X - Ministerie van Y".
  const height = page1[0]?.pageHeight || 842;
  for (const line of page1) {
    if (used.has(line.index) || (line.rect[3] < height * 0.6 && line.index > 2)) continue;
    const named = organisationsIn(line.text)[0];
    if (!named) continue;
    // "... in opdracht van de" / "Kiesraad": a client or addressee named in a phrase, not a heading.
    const previous = lines[line.index - 1];
    const lead = (previous && previous.page === line.page && named.index === 0 ? `${previous.text} ` : '') + line.text.slice(0, named.index);
    if (/\b(?:voor|van|aan|door|for|to|by|of)(?:\s+(?:de|het|the))?\s*$/i.test(lead)) continue;
    const before = line.text.slice(0, named.index).trim();
    const after = line.text.slice(named.index + named.name.length).trim();
    if (before && !/[-–—|]$/.test(before)) continue;
    if (!after || /^[-–—|,]/.test(after) || /^[A-Z]+\/|^\S*\d\S*(?:\s|$)|^Distr/.test(after) || labelAt(after))
      return fieldFrom(named.name, [line], 0.8);
  }
  // An organisation's name set as the first heading of page 1, in capitals or bold ("GEMEENTE
  // UTRECHT", "COMITÉ DE DÉMOLITION"), in the case the text or the PDF's Title writes it.
  const top = page1.filter((l) => !used.has(l.index)).sort((a, b) => b.rect[1] - a.rect[1])[0];
  const nameLike = (text: string) => text.split(' ').every((w) => /^\p{Lu}/u.test(w) || /^(?:de|van|der|den|het|en|voor|of|for|and|the|du|des|la|le|für|und)$/.test(w));
  if (top && (top.text === top.text.toUpperCase() || (top.bold && nameLike(top.text))) && /^\p{L}/u.test(top.text) && !/[\d:]/.test(top.text) && top.text.split(' ').length <= 6) {
    const word = new RegExp(`^(?:${organisationWord.source})`, 'iu');
    if (word.test(top.text)) return fieldFrom(restoreCase(clean(top.text), `${lines.map((l) => l.text).join('\n')}\n${info.title ?? ''}`), [top], 0.6);
  }
  for (const line of lines.filter((l) => l.page <= 3)) {
    const m = publisher.exec(line.text);
    if (!m) continue;
    // The value follows the label, on the same row to its right, or on the next line.
    const beside = lines.find((l) => l !== line && sameRow(l, line) && l.rect[0] > line.rect[2]);
    const next = lines[line.index + 1];
    const source = m[1] ? undefined : beside ?? (next && !labelAt(next.text) ? next : undefined);
    const value = m[1] ? clean(m[1]) : source ? clean(source.text) : '';
    if (value.length > 2) return fieldFrom(value, source ? [line, source] : [line], 0.85);
  }
  // A memo's "Van:" / "From:" / "Von:" / "De :" field, when it names an organisation or an office
  // rather than a person.
  for (const line of page1) {
    const m = /^(?:Van|From|Von|De|Afzender|Sender|Absender)\s*:\s*(.+)$/u.exec(line.text);
    const value = m && clean(m[1]!.replace(/^(?:de|het|the)\s+(?=\p{Lu})/iu, ''));
    if (value && value.length < 100 && (isKnownOrganisation(value) || organisationWord.test(value) || /^(?:Minister|Staatssecretaris|Directeur|Secretaris-generaal)\b/.test(value)))
      return fieldFrom(value, [line], 0.8);
  }
  // Signature: the organisation or office after the closing ("Hoogachtend, / Autoriteit
  // Persoonsgegevens,") or the role line ("De Staatssecretaris van Veiligheid en Justitie,").
  for (const line of lines) {
    if (!closing.test(line.text)) continue;
    for (const next of lines.slice(line.index + 1, line.index + 4)) {
      const signed = role.exec(next.text);
      if (signed) return fieldFrom(`De ${signed[1]}`, [next], 0.7);
      // "Newcastle Pension Centre, Futures Group", "Credit Controller, London Borough of Hackney":
      // the part that names an organisation.
      const parts = next.text.split(/,\s+/).filter((p) => organisationWord.test(p) || isKnownOrganisation(p));
      if (parts.length > 0 && next.text.length < 80) return fieldFrom(clean(parts[0]!.replace(/^(?:De|The)\s+(?=\p{Lu})/u, '')), [next], 0.7);
    }
  }
  // A role line without a closing before it, on the last page; the addressee ("De Minister van
  // ...", above the salutation) is not the signature.
  for (const line of lines) {
    const office = role.exec(line.text);
    if (office && !used.has(line.index) && line.page === lines[lines.length - 1]!.page) return fieldFrom(`De ${office[1]}`, [line], 0.65);
  }
  const running = runningSender(lines);
  if (running) return running;
  for (const line of lines.filter((l) => l.page <= 3)) {
    const m = commissionedBy.exec(line.text) ?? authoredBy.exec(line.text);
    if (m) {
      const value = clean(m[1]!.replace(/\s+(?:van|voor|en|der|de|of|for|and|&)$/u, ''));
      if (value.length > 2 && !/^(?:de|het|the)$/i.test(value)) return fieldFrom(value, [line], 0.6);
    }
  }
  // A colophon sentence anywhere: "Dit onderzoek is ... uitgevoerd door Firm Ground."
  const colophon = new RegExp(String.raw`\b(?:Dit|Het|This|The)\s+(?:onderzoek|rapport|document|advies|report|study|research)\b[^.]{0,200}?\b(?:uitgevoerd|opgesteld|geschreven|gemaakt|carried out|prepared|written|conducted)\s+(?:door|by)\s+(?:de\s+|het\s+|the\s+)?(\p{Lu}[\p{L}\d&'’-]*(?:\s+\p{Lu}[\p{L}\d&'’-]*){0,4})`, 'u');
  for (const page of new Set(lines.map((l) => l.page))) {
    const onPage = lines.filter((l) => l.page === page);
    const m = colophon.exec(onPage.map((l) => l.text).join(' '));
    if (m) {
      const line = onPage.find((l) => l.text.includes(m[1]!.split(' ')[0]!)) ?? onPage[0]!;
      return fieldFrom(clean(m[1]!), [line], 0.55);
    }
  }
  // Letterhead: the organisation that heads an address block ("Logius" / "Bezoekadres:").
  for (const line of early.filter((l) => l.page === 1)) {
    const next = lines[line.index + 1];
    // A letterhead sits in the upper part of the page; an address lower down is one the text gives.
    if (!next || used.has(line.index) || line.rect[1] < line.pageHeight * 0.6 || labelAt(line.text) || addressLine.test(line.text) || /[:?]$/.test(line.text)) continue;
    if (!addressLine.test(next.text) && !/^(?:Bezoekadres|Postadres)/.test(next.text)) continue;
    let top = line;
    // Walk up over the other lines of the same organisation block (team above centre).
    for (let k = line.index - 1; k >= 0 && k >= line.index - 2; k--) {
      const above = lines[k]!;
      if (above.page !== 1 || addressLine.test(above.text) || labelAt(above.text) || used.has(k) || !/^\p{Lu}/u.test(above.text) || /:$/.test(above.text)) break;
      if (above.afterBreak || Math.abs(above.rect[0] - line.rect[0]) > 12) { top = above; break; }
      top = above;
    }
    // An address the text gives ("Requests ... should be addressed to:") is not a letterhead.
    // Nor is a town line inside an address ("42-50 Victoria Street" / "London").
    const before = lines[top.index - 1];
    if (before && before.page === 1 && (/:$/.test(before.text) || addressLine.test(before.text))) continue;
    if (/^\p{Lu}/u.test(top.text) && /\p{L}{3}/u.test(top.text) && top.text.length < 80 && !/[:?]$/.test(top.text) && !/^(?:de|het|the|aan|mr|mrs|ms|dhr|mevr)\b/i.test(top.text))
      return fieldFrom(clean(top.text), [top], 0.5);
  }
  // The PDF's Author, when it is an organisation rather than a person or a tool.
  if (info.author && isKnownOrganisation(info.author)) return { value: clean(info.author), confidence: 0.4 };
  // Last: the known organisation the first pages name most often (at least twice), as in "De
  // Kiesraad voert deze controles uit" of a report without letterhead.
  const counts = new Map<string, number>();
  for (const line of lines.filter((l) => l.page <= 3)) for (const { name } of organisationsIn(line.text)) counts.set(name, (counts.get(name) ?? 0) + 1);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  if (best && best[1] >= 2) {
    const line = lines.find((l) => l.page <= 3 && l.text.includes(best[0]));
    return fieldFrom(best[0], line ? [line] : [], 0.3);
  }
  return undefined;
}
