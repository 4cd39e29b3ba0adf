// Links inside the archive (DESIGN.md "Letters and metadata"): a citation whose key is a letter
// in the archive (cites / cited by), and "uw kenmerk" of one letter equal to "ons kenmerk" of
// another (a reply; threads of correspondence).
import type { LetterMetadata } from '../../shared/contract/letterContent';
import { foldText } from './foldText';

/** What the links need to know of a letter. */
export type LinkableLetter = { id: string; path: string; metadata: LetterMetadata | null };

export type LetterLinks = {
  cites: { raw: string; key: string; page: number; letterIds: string[] }[];
  citedBy: { letterId: string; key: string; raw: string; page: number }[];
  repliesTo: string[];
  repliedBy: string[];
  /** The whole thread this letter belongs to (itself included), oldest first. */
  thread: { letterId: string; date?: string; subject?: string; reference?: string }[];
};

export type LinkGraph = {
  byId: Map<string, LinkableLetter>;
  /** Citation key -> letters that are that paper. */
  papers: Map<string, string[]>;
  /** Citation key -> letters that cite it. */
  citing: Map<string, string[]>;
  /** Normalized reference -> letters with that reference. */
  references: Map<string, string[]>;
  /** Normalized reference -> letters answering it (their "uw kenmerk"). */
  answering: Map<string, string[]>;
};

const paperInName = /(?<!\d)(\d{2}[ _]?\d{3})(?:[-_ ](\d{1,2}|[IVXLC]+))?[-_ ](?:nr[-_. ]?)?(\d{1,4})(?!\d)/i;

/**
 * The citation key of the parliamentary paper a letter *is*: what a published Kamerstuk prints
 * about itself (its running footer or identifier, `metadata.paper`), else its file name
 * ("kamerstuk_35538-4_advies.pdf" -> "35538-4"), or null. A letter before publication does not
 * state its own number; publication files are often named after it.
 */
export function paperKeyOf(letter: Pick<LinkableLetter, 'path'> & { metadata?: LetterMetadata | null }): string | null {
  if (letter.metadata?.paper) return letter.metadata.paper.key;
  const name = letter.path.split('/').pop() ?? '';
  const match = paperInName.exec(name);
  if (!match) return null;
  const dossier = match[1]!.replace(/[ _]/g, '');
  return [dossier, match[2]?.toUpperCase(), match[3]].filter(Boolean).join('-');
}

/** A reference in comparable form: folded, without spaces. */
export function normalizeReference(reference: string): string {
  return foldText(reference).replace(/\s+/g, '');
}

function push(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(id)) list.push(id);
  } else map.set(key, [id]);
}

/** Indexes the letters once; linksOf then answers per letter. */
export function buildLinkGraph(letters: Iterable<LinkableLetter>): LinkGraph {
  const graph: LinkGraph = { byId: new Map(), papers: new Map(), citing: new Map(), references: new Map(), answering: new Map() };
  for (const letter of letters) {
    graph.byId.set(letter.id, letter);
    const key = paperKeyOf(letter);
    if (key) push(graph.papers, key, letter.id);
    for (const citation of letter.metadata?.citations ?? []) push(graph.citing, citation.key, letter.id);
    const reference = letter.metadata?.reference?.value;
    if (reference && reference.trim().length >= 3) push(graph.references, normalizeReference(reference), letter.id);
    const theirs = letter.metadata?.theirReference?.value;
    if (theirs && theirs.trim().length >= 3) push(graph.answering, normalizeReference(theirs), letter.id);
  }
  return graph;
}

/** The links of one letter; empty lists for an unknown id. */
export function linksOf(graph: LinkGraph, id: string): LetterLinks {
  const letter = graph.byId.get(id);
  const metadata = letter?.metadata;
  const cites = (metadata?.citations ?? []).map((c) => ({ raw: c.raw, key: c.key, page: c.page, letterIds: (graph.papers.get(c.key) ?? []).filter((x) => x !== id) }));
  const citedBy: LetterLinks['citedBy'] = [];
  if (letter) {
    const key = paperKeyOf(letter);
    for (const citer of key ? (graph.citing.get(key) ?? []) : []) {
      if (citer === id) continue;
      const citation = graph.byId.get(citer)?.metadata?.citations.find((c) => c.key === key);
      if (citation) citedBy.push({ letterId: citer, key: citation.key, raw: citation.raw, page: citation.page });
    }
  }
  const repliesTo = repliesToOf(graph, id);
  const repliedBy = repliedByOf(graph, id);
  return { cites, citedBy, repliesTo, repliedBy, thread: letter ? threadOf(graph, id) : [] };
}

function repliesToOf(graph: LinkGraph, id: string): string[] {
  const theirs = graph.byId.get(id)?.metadata?.theirReference?.value;
  return theirs ? (graph.references.get(normalizeReference(theirs)) ?? []).filter((x) => x !== id) : [];
}

function repliedByOf(graph: LinkGraph, id: string): string[] {
  const ours = graph.byId.get(id)?.metadata?.reference?.value;
  return ours ? (graph.answering.get(normalizeReference(ours)) ?? []).filter((x) => x !== id) : [];
}

function threadOf(graph: LinkGraph, id: string): LetterLinks['thread'] {
  const seen = new Set<string>([id]);
  const queue = [id];
  while (queue.length && seen.size < 500) {
    const current = queue.shift()!;
    for (const next of [...repliesToOf(graph, current), ...repliedByOf(graph, current)]) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return [...seen]
    .map((letterId) => {
      const m = graph.byId.get(letterId)?.metadata;
      return {
        letterId,
        ...(m?.date ? { date: m.date.value } : {}),
        ...(m?.subject ? { subject: m.subject.value } : {}),
        ...(m?.reference ? { reference: m.reference.value } : {}),
      };
    })
    .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
}
