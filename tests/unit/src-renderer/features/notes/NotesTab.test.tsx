import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { PdfRect } from '../../../../../src-main/shared/contract/letterContent';
import type { ListedNote } from '../../../../../src-main/shared/contract/notes';
import { NotesTab } from '../../../../../src-renderer/features/notes/NotesTab';
import { setupI18n } from '../../setupI18n';

const note = (id: string, exact: string, page: number | undefined, top: number, status: ListedNote['status'] = 'anchored'): ListedNote => ({
  id,
  letterId: 'a'.repeat(64),
  quote: { exact, prefix: '', suffix: '' },
  page,
  rects: page ? [[80, top - 10, 300, top] as unknown as PdfRect] : [],
  text: `over ${exact}`,
  tags: ['toezegging'],
  colour: '#ffd54f',
  author: 'J. de Vries',
  created: '2024-01-01T10:00:00Z',
  modified: '2024-01-01T10:00:00Z',
  status,
});

const notes = [note('n3', 'op pagina twee', 2, 700), note('n1', 'onderaan', 1, 200), note('n0', 'verdwenen passage', 1, 500, 'orphan'), note('n2', 'bovenaan', 1, 700)];

const props = {
  notes,
  pending: null,
  onCreate: () => undefined,
  onCancelCreate: () => undefined,
  onAdd: () => undefined,
  onUpdate: () => undefined,
  onDelete: () => undefined,
  onJump: () => undefined,
  addShortcut: 'Ctrl+Alt+M',
};

describe('NotesTab', () => {
  beforeAll(setupI18n);

  it('lists notes in reading order and orphans apart', () => {
    render(<NotesTab {...props} />);
    const list = screen.getByRole('list', { name: 'Notities' });
    const quotes = within(list)
      .getAllByRole('button', { name: /^(bovenaan|onderaan|op pagina twee)/ })
      .map((button) => button.textContent);
    expect(quotes).toEqual(['bovenaanp. 1', 'onderaanp. 1', 'op pagina tweep. 2']);
    const orphans = screen.getByRole('region', { name: '1 notitie zonder plek' });
    expect(within(orphans).getByText('verdwenen passage')).toBeTruthy();
  });

  it('jumps, edits and deletes', async () => {
    const onJump = vi.fn();
    const onUpdate = vi.fn();
    const onDelete = vi.fn();
    render(<NotesTab {...props} onJump={onJump} onUpdate={onUpdate} onDelete={onDelete} />);
    await userEvent.click(screen.getByRole('button', { name: /^bovenaan/ }));
    expect(onJump).toHaveBeenCalledWith(expect.objectContaining({ id: 'n2' }));
    await userEvent.click(screen.getByRole('button', { name: 'Notitie bewerken: onderaan' }));
    const text = screen.getByRole('textbox', { name: 'Notitie' });
    await userEvent.clear(text);
    await userEvent.type(text, 'Toezegging aan de Kamer');
    await userEvent.click(screen.getByRole('radio', { name: 'Groen' }));
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(onUpdate).toHaveBeenCalledWith('n1', { text: 'Toezegging aan de Kamer', tags: ['toezegging'], colour: '#81c784' });
    await userEvent.click(screen.getByRole('button', { name: 'Notitie verwijderen: op pagina twee' }));
    expect(onDelete).toHaveBeenCalledWith(expect.objectContaining({ id: 'n3' }));
  });

  it('writes a new note on the selection with tags, saved with Ctrl+Enter', async () => {
    const onCreate = vi.fn();
    render(<NotesTab {...props} notes={[]} pending={{ page: 1, rects: [], exact: 'de motie', prefix: '', suffix: '', ratio: 0 }} onCreate={onCreate} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Notitie' }), 'Motie nog open');
    await userEvent.type(screen.getByRole('textbox', { name: 'Labels' }), 'motie; open, motie');
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    expect(onCreate).toHaveBeenCalledWith({ text: 'Motie nog open', tags: ['motie', 'open'], colour: '#ffd54f' });
  });
});
