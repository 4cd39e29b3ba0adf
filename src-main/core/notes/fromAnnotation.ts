import { letterIdSchema } from '../../shared/contract/archive';
import { pdfRectSchema, type PdfRect } from '../../shared/contract/letterContent';
import { colourSchema, type Note } from '../../shared/contract/notes';
import { normaliseTags } from './createNote';
import { LZ_PREFIX, SOURCE_PREFIX } from './w3cVocabulary';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const typeIs = (value: Json, type: string) => list(value.type).includes(type);
const EPOCH = '1970-01-01T00:00:00.000Z';

/** Why an annotation from a file could not be read as a note. */
export type Unreadable = { reason: string };

/**
 * Reads a W3C Web Annotation, Leeszaal's own or another tool's, as a note. Needed: a target whose
 * source is `urn:sha256:<letter id>` and a TextQuoteSelector; everything else is optional and
 * read where the W3C model puts it (bodies by purpose, `bodyValue`, stylesheet colour).
 */
export function fromAnnotation(annotation: unknown): Note | Unreadable {
  if (!isObject(annotation) || !typeIs(annotation, 'Annotation')) return { reason: 'geen Annotation' };
  const id = text(annotation.id) ?? text(annotation['@id']);
  if (!id) return { reason: 'zonder id' };
  const target = list(annotation.target).filter(isObject).find((t) => sourceOf(t)?.startsWith(SOURCE_PREFIX));
  if (!target) return { reason: `${id}: geen doel met een urn:sha256:-bron` };
  const letterId = letterIdSchema.safeParse(sourceOf(target)!.slice(SOURCE_PREFIX.length).toLowerCase());
  if (!letterId.success) return { reason: `${id}: ongeldige urn:sha256:-bron` };
  const selectors = list(target.selector).filter(isObject);
  const quote = selectors.find((s) => typeIs(s, 'TextQuoteSelector'));
  const exact = quote && text(quote.exact);
  if (!quote || !exact) return { reason: `${id}: geen TextQuoteSelector` };
  const position = selectors.find((s) => typeIs(s, 'TextPositionSelector'));
  const fragment = selectors.find((s) => typeIs(s, 'FragmentSelector') && /page=\d+/.test(text(s.value) ?? ''));

  const bodies = list(annotation.body);
  const comments: string[] = [];
  const tags: string[] = [];
  for (const body of bodies) {
    if (typeof body === 'string') continue; // an IRI: a resource, not text
    if (!isObject(body)) continue;
    const value = text(body.value) ?? text(body.chars);
    if (value === undefined) continue;
    if (list(body.purpose).includes('tagging')) tags.push(value);
    else comments.push(value);
  }
  const bodyValue = text(annotation.bodyValue);
  if (bodyValue !== undefined) comments.unshift(bodyValue);

  const start = Number(position?.start);
  const end = Number(position?.end);
  const page = Number(/page=(\d+)/.exec(text(fragment?.value) ?? '')?.[1] ?? annotation[`${LZ_PREFIX}:page`]);
  const rects = list(annotation[`${LZ_PREFIX}:rects`])
    .map((rect) => pdfRectSchema.safeParse(rect))
    .filter((parsed) => parsed.success)
    .map((parsed) => parsed.data as PdfRect);
  const letterPath = text(target[`${LZ_PREFIX}:path`]);
  const created = text(annotation.created) ?? text(annotation.modified) ?? EPOCH;
  return {
    id,
    letterId: letterId.data,
    ...(letterPath ? { path: letterPath } : {}),
    quote: { exact, prefix: text(quote.prefix) ?? '', suffix: text(quote.suffix) ?? '' },
    ...(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start ? { position: { start, end } } : {}),
    ...(Number.isInteger(page) && page > 0 ? { page } : {}),
    rects,
    text: comments.join('\n\n'),
    tags: normaliseTags(tags),
    colour: colourOf(annotation, target),
    author: creatorName(annotation.creator),
    created,
    modified: text(annotation.modified) ?? created,
  };
}

function sourceOf(target: Json): string | undefined {
  const source = target.source;
  return text(source) ?? (isObject(source) ? (text(source.id) ?? text(source['@id'])) : undefined);
}

function creatorName(creator: unknown): string {
  const first = list(creator)[0];
  if (typeof first === 'string') return first;
  if (!isObject(first)) return '';
  return text(first.name) ?? text(first.nickname) ?? '';
}

/** `lz:colour`, else the background colour of the target's style class in the stylesheet. */
function colourOf(annotation: Json, target: Json): string {
  const own = colourSchema.safeParse(annotation[`${LZ_PREFIX}:colour`]);
  if (own.success) return own.data;
  const stylesheet = isObject(annotation.stylesheet) ? text(annotation.stylesheet.value) : undefined;
  const styleClass = text(target.styleClass);
  if (stylesheet && styleClass) {
    const rule = new RegExp(`\\.${styleClass.replace(/[^\w-]/g, '')}\\s*\\{[^}]*background(?:-color)?\\s*:\\s*(#[0-9a-fA-F]{6})`).exec(stylesheet);
    if (rule) return rule[1]!;
  }
  return '#ffd54f';
}

/** True when `fromAnnotation` could not read the annotation. */
export const isUnreadable = (value: Note | Unreadable): value is Unreadable => 'reason' in value;
