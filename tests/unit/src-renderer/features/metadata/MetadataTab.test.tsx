import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { metadataFields, type LetterMetadata, type PdfRect } from '../../../../../src-main/shared/contract/letterContent';
import { fieldOrder, MetadataTab } from '../../../../../src-renderer/features/metadata/MetadataTab';
import { setupI18n } from '../../setupI18n';

const rect = [430, 655, 470, 664] as unknown as PdfRect;
const metadata: LetterMetadata = {
  date: { value: '2019-06-19', source: { page: 1, rect }, confidence: 0.95 },
  reference: { value: 'BS2019011367', source: { page: 1, rect }, confidence: 0.9 },
  subject: { value: 'Wintertraining in Noorwegen', confidence: 0.4 },
  pageCount: 3,
  language: 'nl',
  citations: [{ raw: 'Kamerstuk 33 279, nr. 28', key: '33279-28', page: 2 }],
};

describe('MetadataTab', () => {
  beforeAll(setupI18n);

  it('lists the same fields as the contract', () => {
    expect([...fieldOrder]).toEqual([...metadataFields]);
  });

  it('shows every field, the date in Dutch, missing ones said plainly, doubtful ones marked', () => {
    render(<MetadataTab metadata={metadata} onShowSource={() => undefined} onGoToPage={() => undefined} />);
    expect(screen.getByText('19 juni 2019')).toBeTruthy();
    expect(screen.getAllByText('niet gevonden')).toHaveLength(3);
    expect(screen.getByText('onzeker')).toBeTruthy();
    expect(screen.getByText(/Kamerstuk 33 279, nr. 28/)).toBeTruthy();
  });

  it('shows the source on hover and on keyboard focus, and hides it after', () => {
    const onShowSource = vi.fn();
    const { container } = render(<MetadataTab metadata={metadata} onShowSource={onShowSource} onGoToPage={() => undefined} />);
    const date = container.querySelector<HTMLElement>('[data-field="date"]')!;
    fireEvent.mouseEnter(date);
    expect(onShowSource).toHaveBeenLastCalledWith('date');
    fireEvent.mouseLeave(date);
    expect(onShowSource).toHaveBeenLastCalledWith(null);
    fireEvent.focus(container.querySelector<HTMLElement>('[data-field="reference"]')!);
    expect(onShowSource).toHaveBeenLastCalledWith('reference');
  });

  it('keeps a correction through the callback and shows its problem when refused', async () => {
    const onCorrect = vi.fn().mockResolvedValueOnce('Een datum is JJJJ-MM-DD.').mockResolvedValueOnce(null);
    render(<MetadataTab metadata={metadata} onShowSource={() => undefined} onGoToPage={() => undefined} onCorrect={onCorrect} />);
    await userEvent.click(screen.getByRole('button', { name: 'Datum corrigeren' }));
    const input = screen.getByRole('textbox', { name: 'Datum corrigeren' });
    await userEvent.clear(input);
    await userEvent.type(input, '19-06-2019{Enter}');
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'Een datum is JJJJ-MM-DD.');
    await userEvent.clear(input);
    await userEvent.type(input, '2019-06-20{Enter}');
    expect(onCorrect).toHaveBeenLastCalledWith('date', '2019-06-20');
    expect(screen.queryByRole('textbox', { name: 'Datum corrigeren' })).toBeNull();
  });

  it('marks a corrected field, shows what the letter says, and restores it', async () => {
    const corrected: LetterMetadata = {
      ...metadata,
      date: { value: '2019-06-20', confidence: 1, corrected: true, extracted: '2019-06-19' },
      sender: { value: 'Ministerie van Defensie', confidence: 1, corrected: true },
    };
    const onCorrect = vi.fn().mockResolvedValue(null);
    const { container } = render(<MetadataTab metadata={corrected} onShowSource={() => undefined} onGoToPage={() => undefined} onCorrect={onCorrect} />);
    const date = container.querySelector<HTMLElement>('[data-field="date"]')!;
    expect(date.textContent).toContain('gecorrigeerd');
    expect(date.textContent).toContain('20 juni 2019');
    expect(date.textContent).toContain('In de brief: 19 juni 2019');
    expect(container.querySelector('[data-field="sender"]')!.textContent).toContain('Niet in de brief gevonden');
    expect(container.querySelector('[data-field="reference"]')!.textContent).not.toContain('gecorrigeerd');
    // A corrected value is certain: no "onzeker" badge next to it.
    expect(date.textContent).not.toContain('onzeker');
    await userEvent.click(screen.getByRole('button', { name: 'Datum terugzetten naar wat in de brief staat' }));
    expect(onCorrect).toHaveBeenLastCalledWith('date', '');
  });
});
