import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { SearchHit } from '../../../../../src-main/shared/contract/search';
import { SearchHits } from '../../../../../src-renderer/features/search/SearchHits';
import { matchedTerms } from '../../../../../src-renderer/features/search/Snippet';
import { setupI18n } from '../../setupI18n';

const hit: SearchHit = {
  letter: { id: 'b'.repeat(64), path: 'brief.pdf', name: 'brief.pdf', size: 1, modified: '2024-01-01T00:00:00Z', kind: 'pdf', status: 'ok' },
  metadata: { subject: { value: 'Wintertraining in Noorwegen', confidence: 1 }, date: { value: '2019-06-19', confidence: 1 }, citations: [] },
  score: 1,
  pages: [2, 3],
  snippets: [
    { page: 2, text: 'de wintertraining in Noorwegen gaat door', highlights: [{ start: 3, end: 17 }, { start: 21, end: 30 }] },
    { page: 3, text: 'Noorse troepen', highlights: [{ start: 0, end: 6 }] },
  ],
  matches: [],
};

describe('SearchHits', () => {
  beforeAll(setupI18n);

  it('shows snippets with the hits marked and page numbers', () => {
    render(<SearchHits hits={[hit]} total={1} tookMs={12} pending={0} current={-1} onOpen={() => undefined} onClear={() => undefined} />);
    expect(screen.getByText('1 brief gevonden', { exact: false })).toBeTruthy();
    expect(screen.getAllByText(/wintertraining|Noorwegen|Noorse/, { selector: 'mark' })).toHaveLength(3);
    expect(screen.getByText(/19 juni 2019/)).toBeTruthy();
  });

  it('opens the letter at the snippet page or the page clicked', async () => {
    const onOpen = vi.fn();
    render(<SearchHits hits={[hit]} total={1} tookMs={12} pending={2} current={0} onOpen={onOpen} onClear={() => undefined} />);
    await userEvent.click(screen.getByRole('button', { name: /Noorse troepen/ }));
    expect(onOpen).toHaveBeenLastCalledWith(0, 3);
    await userEvent.click(screen.getByRole('button', { name: 'Wintertraining in Noorwegen' }));
    expect(onOpen).toHaveBeenLastCalledWith(0);
    expect(screen.getByText(/2 brieven worden nog gelezen/)).toBeTruthy();
  });

  it('collects the matched words for pdf.js to highlight', () => {
    expect(matchedTerms(hit.snippets)).toEqual(['wintertraining', 'noorwegen', 'noorse']);
  });
});
