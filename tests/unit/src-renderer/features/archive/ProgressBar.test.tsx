import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ProgressBar } from '../../../../../src-renderer/features/archive/ProgressBar';
import { UnreadableLetters } from '../../../../../src-renderer/features/archive/UnreadableLetters';
import { WelcomeScreen } from '../../../../../src-renderer/features/archive/WelcomeScreen';
import { setupI18n } from '../../setupI18n';

describe('opening an archive', () => {
  beforeAll(setupI18n);

  it.each([
    [{ phase: 'extract', done: 120, total: 10000, etaMs: 45_000 }, '120 van 10.000 brieven gelezen', 'nog ongeveer 45 seconden'],
    [{ phase: 'extract', done: 5000, total: 10000, etaMs: 600_000 }, '5.000 van 10.000 brieven gelezen', 'nog ongeveer 10 minuten'],
    [{ phase: 'index', done: 3, total: 7 }, 'Zoekindex bijwerken: 3 van 7', null],
  ] as const)('shows progress %o with its time left', (progress, label, eta) => {
    render(<ProgressBar progress={progress} />);
    expect(screen.getByRole('progressbar', { name: label })).toBeTruthy();
    if (eta) expect(screen.getByText(eta)).toBeTruthy();
    else expect(screen.queryByText(/nog ongeveer/)).toBeNull();
  });

  it('offers the folder dialog and the archives opened before', async () => {
    const onChoose = vi.fn();
    const onOpen = vi.fn();
    render(<WelcomeScreen recent={[{ root: '/data/defensie', name: 'defensie', openedAt: '2024-03-01T09:00:00Z' }]} onChoose={onChoose} onOpen={onOpen} />);
    await userEvent.click(screen.getByRole('button', { name: 'Archief openen' }));
    expect(onChoose).toHaveBeenCalled();
    expect(screen.getByText(/1 maart 2024/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'defensie' }));
    expect(onOpen).toHaveBeenCalledWith('/data/defensie');
  });

  it('lists unreadable files with the reason, the advice and a password prompt for encrypted ones', async () => {
    const onOpen = vi.fn();
    const letter = (name: string, status: 'encrypted' | 'damaged' | 'ok') => ({ id: name.padEnd(64, 'a'), path: name, name, size: 1, modified: '', kind: 'pdf' as const, status });
    render(<UnreadableLetters letters={[letter('geheim', 'encrypted'), letter('kapot', 'damaged'), letter('goed', 'ok')]} onOpen={onOpen} />);
    expect(screen.getByText('2 bestanden konden niet worden gelezen')).toBeTruthy();
    expect(screen.getByText(/beschadigd\. Vraag een nieuwe kopie/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Wachtwoord invoeren' }));
    expect(onOpen).toHaveBeenCalledWith('geheim'.padEnd(64, 'a'));
  });
});
