import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { SortControl } from '../../../../../src-renderer/features/letters/SortControl';
import { setupI18n } from '../../setupI18n';

describe('SortControl', () => {
  beforeAll(setupI18n);

  it.each([
    ['Onderwerp', { key: 'subject', descending: false }],
    ['Datum', { key: 'date', descending: false }],
  ])('clicking %s sorts by it (the same column again turns the direction)', async (name, expected) => {
    const onChange = vi.fn();
    render(<SortControl order={{ key: 'date', descending: true }} onChange={onChange} />);
    expect(screen.getByRole('button', { name: /Datum/ }).getAttribute('aria-pressed')).toBe('true');
    await userEvent.click(screen.getByRole('button', { name: new RegExp(name) }));
    expect(onChange).toHaveBeenCalledWith(expected);
  });
});
