import type { SearchFilters, SearchRequest, SearchSort } from '../../shared/contract/search';
import { option, type Args } from '../args';
import { openForCli } from '../openForCli';

const usage = 'leeszaal search MAP ZOEKVRAAG [--json] [--limit N] [--sort relevance|date-desc|date-asc] [--from JJJJ-MM-DD] [--to JJJJ-MM-DD] [--sender NAAM] [--kind pdf|txt]';

/** `leeszaal search DIR QUERY [--json] [--limit N]`: search the archive (indexing what is new first). */
export async function searchCommand(args: Args): Promise<number> {
  const [folder, ...words] = args.positional;
  if (!folder || !words.length) {
    process.stderr.write(`Gebruik: ${usage}\n`);
    return 2;
  }
  const limit = Number(option(args, 'limit') ?? '10');
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) {
    process.stderr.write('--limit moet een getal van 1 tot 500 zijn.\n');
    return 2;
  }
  const sort = option(args, 'sort') ?? 'relevance';
  if (!['relevance', 'date-desc', 'date-asc'].includes(sort)) {
    process.stderr.write('--sort is relevance, date-desc of date-asc.\n');
    return 2;
  }
  const filters: SearchFilters = {};
  const from = option(args, 'from');
  const to = option(args, 'to');
  const sender = option(args, 'sender');
  const kind = option(args, 'kind');
  for (const [name, value] of [['from', from], ['to', to]] as const) {
    if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      process.stderr.write(`--${name} is een datum als JJJJ-MM-DD.\n`);
      return 2;
    }
  }
  if (from) filters.dateFrom = from;
  if (to) filters.dateTo = to;
  if (sender) filters.senders = [sender];
  if (kind === 'pdf' || kind === 'txt') filters.kinds = [kind];
  const request: SearchRequest = { query: words.join(' '), limit, sort: sort as SearchSort, filters };

  const opened = await openForCli(folder, { quiet: !process.stderr.isTTY });
  if (!opened.ok) {
    process.stderr.write(`${opened.error.message}\n`);
    return 1;
  }
  const session = opened.value;
  const result = await session.searchService().search(request);
  await session.close();
  if (!result.ok) {
    process.stderr.write(`${result.error.message}\n`);
    return 1;
  }
  const { total, hits, facets, tookMs, exact } = result.value;
  if (args.options.has('json')) {
    const json = {
      query: request.query,
      total,
      exact,
      tookMs,
      hits: hits.map((hit) => ({
        id: hit.letter.id,
        path: hit.letter.path,
        score: hit.score,
        date: hit.metadata?.date?.value ?? null,
        subject: hit.metadata?.subject?.value ?? null,
        sender: hit.metadata?.sender?.value ?? null,
        reference: hit.metadata?.reference?.value ?? null,
        pages: hit.pages,
        snippets: hit.snippets,
      })),
      facets,
    };
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return 0;
  }
  process.stdout.write(`${exact ? '' : 'ongeveer '}${total} ${total === 1 ? 'brief' : 'brieven'} gevonden (${tookMs} ms)\n`);
  for (const hit of hits) {
    const meta = [hit.metadata?.date?.value, hit.metadata?.subject?.value].filter(Boolean).join(' · ');
    process.stdout.write(`\n${hit.letter.path}${meta ? `  ${meta}` : ''}  (p. ${hit.pages.join(', ') || '-'})\n`);
    for (const snippet of hit.snippets) process.stdout.write(`  p.${snippet.page}: …${highlight(snippet.text, snippet.highlights)}…\n`);
  }
  return 0;
}

/** Marks hits with [ ] (no colours: output is often piped). */
function highlight(text: string, ranges: readonly { start: number; end: number }[]): string {
  let out = '';
  let at = 0;
  for (const r of ranges) {
    out += `${text.slice(at, r.start)}[${text.slice(r.start, r.end)}]`;
    at = r.end;
  }
  return out + text.slice(at);
}
