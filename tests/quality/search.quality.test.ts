// Search quality on the real corpus (issue 4): Dutch stemming, diacritics, number forms,
// phrases, fields, fuzzy and wildcard terms, filters. A selection of ../shared/corpus (and the
// seed letter) is copied into a temp folder, read by the worker pool and indexed like any
// archive. Skips when the corpus is absent; it is never copied into the repo.
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArchiveSession } from '../../src-main/node/archive/ArchiveSession';
import type { SearchRequest, SearchResponse } from '../../src-main/shared/contract/search';

const shared = path.resolve(__dirname, '../../../shared');
const corpus = path.join(shared, 'corpus');

const files = [
  'letters/nl_kamerbrief_JenV_draagmoederschap_2011-03-01.pdf',
  'letters/nl_brief_AP_advies_CoronaMelder_aan_minister_VWS_2020.pdf',
  'letters/nl_kamerstuk_35538-4_advies_Raad_van_State_nader_rapport_2020.pdf',
  'letters/nl_aanhangsel_handelingen_ah-tk-20202021-3235_kamervragen_TOZO.pdf',
  'letters/nl_VWS_leeswijzer_beveiligingsonderzoeken_CoronaMelder.pdf',
  'letters/nl_toegankelijkheidsonderzoek_CoronaMelder_2022-04_UPPERCASE_EXT.PDF',
  'letters/en_UN_Security_Council_resolution_1441_2002.pdf',
  'broken/search_diacritics_emoji_nl.pdf',
  'broken/encrypted_user-password_abc.pdf',
  'broken/zero_bytes.pdf',
  '../seed/kamerbrief-defensie-strategische-partners-2019.txt',
];

const draagmoeder = 'nl_kamerbrief_JenV_draagmoederschap_2011-03-01.pdf';
const ap = 'nl_brief_AP_advies_CoronaMelder_aan_minister_VWS_2020.pdf';
const rvs = 'nl_kamerstuk_35538-4_advies_Raad_van_State_nader_rapport_2020.pdf';
const tozo = 'nl_aanhangsel_handelingen_ah-tk-20202021-3235_kamervragen_TOZO.pdf';
const un = 'en_UN_Security_Council_resolution_1441_2002.pdf';
const diacritics = 'search_diacritics_emoji_nl.pdf';
const seed = 'kamerbrief-defensie-strategische-partners-2019.txt';

describe.skipIf(!existsSync(corpus))('search quality on the corpus', () => {
  let dir: string;
  let session: ArchiveSession;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lz-search-quality-'));
    for (const file of files) await fs.copyFile(path.join(corpus, file), path.join(dir, path.basename(file)));
    const opened = await ArchiveSession.open(dir, path.join(dir, '.appdata'), () => {});
    if (!opened.ok) throw new Error(opened.error.message);
    session = opened.value;
    await session.ready;
  }, 300_000);
  afterAll(async () => {
    await session?.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  const run = async (request: SearchRequest): Promise<SearchResponse> => {
    const result = await session.searchService().search({ limit: 50, ...request });
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
  const names = async (request: SearchRequest) => (await run(request)).hits.map((h) => h.letter.name).sort();

  it.each([
    // Dutch stemming: plural, singular and derived forms meet.
    ['draagmoeders', [draagmoeder]],
    ['draagmoeder', [draagmoeder]],
    ['strategische partner', [seed]],
    // Diacritics folded both ways.
    ['principiele', [diacritics]],
    ['principiële', [diacritics]],
    ['Hawai', [diacritics]],
    ['accenten', [diacritics]],
    // Numbers in their written forms: "35 538" and "35538".
    ['35 538', [rvs]],
    ['35538', [rvs]],
    // Fuzzy finds misspellings despite the stemmer; wildcards match unstemmed words.
    ['krokettenmaker~1', [diacritics]],
    ['zelfstandgen~1', expect.arrayContaining([tozo])],
    ['Noorwgen~1', expect.arrayContaining([seed])],
    ['draagmoeder*', [draagmoeder]],
    // Fields and boolean operators.
    ['afzender:persoonsgegevens', [ap]],
    ['+coronamelder -persoonsgegevens', expect.not.arrayContaining([ap])],
    // English letters are stemmed too.
    ['inspection', [un]],
    ['resolutions', [un]],
  ])('%s', async (query, expected) => {
    expect(await names({ query })).toEqual(expected);
  });

  it.each([
    ['"Security Council"', [un]],
    ['"strategische partners"', [seed]],
    ['"Council Security"', []],
    ['"partners strategische"', []],
  ])('checks the phrase %s on the text itself', async (query, expected) => {
    const result = await run({ query });
    expect(result.hits.map((h) => h.letter.name)).toEqual(expected);
    expect(result.exact).toBe(true);
  });

  it('filters by date range, sender and kind, and counts facets', async () => {
    expect(await names({ query: 'draagmoeder', filters: { dateTo: '2012-01-01' } })).toEqual([draagmoeder]);
    expect(await names({ query: 'draagmoeder', filters: { dateFrom: '2012-01-01' } })).toEqual([]);
    const privacy = await run({ query: 'privacy' });
    expect(privacy.facets.sender.find((f) => f.value === 'Autoriteit Persoonsgegevens')?.count).toBe(1);
    expect(await names({ query: 'privacy', filters: { senders: ['Autoriteit Persoonsgegevens'] } })).toEqual([ap]);
    expect(await names({ query: 'noorwegen', filters: { kinds: ['txt'] } })).toEqual([seed]);
  });

  it('sorts by date', async () => {
    const hits = (await run({ query: '', sort: 'date-asc' })).hits.map((h) => h.metadata?.date?.value).filter(Boolean) as string[];
    expect(hits).toEqual([...hits].sort());
    expect(hits.length).toBeGreaterThan(3);
  });

  it('gives pages and highlight offsets that point at the hit in the page text', async () => {
    const [hit] = (await run({ query: 'Noorwegen' })).hits.filter((h) => h.letter.name === seed);
    expect(hit?.pages.length).toBeGreaterThan(0);
    const content = await session.content(hit!.letter.id);
    if (!content.ok || !content.value.text) throw new Error('no text');
    for (const match of hit!.matches) {
      expect(content.value.text.pages[match.page - 1]!.text.slice(match.start, match.end).toLowerCase()).toBe('noorwegen');
    }
  });

  it('answers a malformed query with a Dutch message', async () => {
    const result = await session.searchService().search({ query: '"open eind' });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-query' } });
  });

  it('lists unreadable letters with their status and does not search them', async () => {
    const statuses = Object.fromEntries(session.list().map((l) => [l.name, l.status]));
    expect(statuses['encrypted_user-password_abc.pdf']).toBe('encrypted');
    expect(statuses['zero_bytes.pdf']).toBe('empty');
    expect(statuses[draagmoeder]).toBe('ok');
  });
});
