import { fireEvent, render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { LetterList } from '../../../../../src-renderer/features/letters/LetterList';
import type { LetterRow } from '../../../../../src-renderer/features/letters/LetterRow';
import { setupI18n } from '../../setupI18n';

const letters: LetterRow[] = Array.from({ length: 5000 }, (_, index) => ({
  id: index.toString(16).padStart(64, '0'),
  path: `brief-${index}.pdf`,
  name: `brief-${index}.pdf`,
  size: 1,
  modified: '2024-01-01T00:00:00Z',
  kind: 'pdf',
  status: index === 2 ? 'encrypted' : 'ok',
  date: '2019-06-19',
  subject: `Onderwerp ${index}`,
  sender: 'Ministerie van Defensie',
}));

describe('LetterList', () => {
  // Which rows the virtualiser draws needs layout, which jsdom lacks: the end-to-end tests check
  // the rows (tests/e2e/readingRoom.e2e.ts); here the keyboard model of the list box.
  beforeAll(setupI18n);

  it('moves with the arrow keys and opens with Enter', () => {
    const onSelect = vi.fn();
    render(<LetterList letters={letters} selectedId={null} onSelect={onSelect} initialRect={{ width: 300, height: 640 }} />);
    const list = screen.getByRole('listbox', { name: 'Brieven' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(list.getAttribute('aria-activedescendant')).toBe(`letter-${letters[2]!.id}`);
    fireEvent.keyDown(list, { key: 'Enter' });
    expect(onSelect).toHaveBeenCalledWith(letters[2]!.id);
  });

  it('says so when there is nothing to show', () => {
    render(<LetterList letters={[]} selectedId={null} onSelect={() => undefined} />);
    expect(screen.getByText('Geen brieven om te tonen.')).toBeTruthy();
  });
});
