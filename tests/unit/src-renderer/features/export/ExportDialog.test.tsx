import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ExportDialog } from '../../../../../src-renderer/features/export/ExportDialog';
import { setupI18n } from '../../setupI18n';

describe('ExportDialog', () => {
  beforeAll(setupI18n);

  it('offers the PDF only for one letter and exports the chosen scope and format', async () => {
    const onExport = vi.fn().mockResolvedValue({ ok: true, fileName: 'notities.md', noteCount: 3, warnings: ['1 notitie zonder plek is weggelaten.'] });
    render(<ExportDialog hasLetter resultCount={4} tags={['motie', 'toezegging']} onExport={onExport} onClose={() => undefined} />);
    expect(screen.getByRole('radio', { name: /De brief als PDF/ })).toHaveProperty('disabled', false);
    await userEvent.click(screen.getByRole('radio', { name: 'Met een label' }));
    expect(screen.getByRole('radio', { name: /De brief als PDF/ })).toHaveProperty('disabled', true);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Label' }), 'toezegging');
    await userEvent.click(screen.getByRole('radio', { name: 'Markdown (.md)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Exporteren' }));
    expect(onExport).toHaveBeenCalledWith({ scope: 'tag', format: 'md', tag: 'toezegging' });
    expect(await screen.findByText('3 notities geëxporteerd naar notities.md.')).toBeTruthy();
    expect(screen.getByText('1 notitie zonder plek is weggelaten.')).toBeTruthy();
  });

  it('cannot export search results when there are none', () => {
    render(<ExportDialog hasLetter={false} resultCount={0} tags={[]} onExport={vi.fn()} onClose={() => undefined} />);
    expect(screen.getByRole('radio', { name: 'Van deze brief' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('radio', { name: /zoekresultaten/ })).toHaveProperty('disabled', true);
    expect(screen.getByRole('radio', { name: 'Van het hele archief' })).toHaveProperty('checked', true);
  });
});
