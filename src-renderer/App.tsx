import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeeszaalApi } from '../src-main/shared/api';
import type { Command } from './commands/Command';
import { ShortcutOverview } from './commands/ShortcutOverview';
import { useCommandKeys } from './commands/useCommandKeys';
import { CommandButton } from './components/CommandButton';
import { Tabs } from './components/Tabs';
import { ProgressBar } from './features/archive/ProgressBar';
import { UnreadableLetters } from './features/archive/UnreadableLetters';
import { useArchive } from './features/archive/useArchive';
import { WelcomeScreen } from './features/archive/WelcomeScreen';
import { FacetFilters } from './features/letters/FacetFilters';
import { countFacets, filterLetters, noFilters, type LetterFilters } from './features/letters/filterLetters';
import { LetterList } from './features/letters/LetterList';
import type { LetterRow, SortOrder } from './features/letters/LetterRow';
import { SortControl } from './features/letters/SortControl';
import { sortLetters } from './features/letters/sortLetters';
import { Reader } from './features/viewer/Reader';
import { useViewer } from './features/viewer/useViewer';
import type { Overlay } from './pdf/Overlay';
import { usePdfDocument } from './pdf/usePdfDocument';

type PanelTab = 'metadata' | 'notes' | 'links';

/** The reading room: letters on the left, the open letter in the middle, its details on the right. */
export function App({ api }: { api: LeeszaalApi }) {
  const { t } = useTranslation();
  const archive = useArchive(api);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [initialPage, setInitialPage] = useState(1);
  const [order, setOrder] = useState<SortOrder>({ key: 'date', descending: true });
  const [filters, setFilters] = useState<LetterFilters>(noFilters);
  const [tab, setTab] = useState<PanelTab>('metadata');
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const pdf = usePdfDocument(api, selectedId);
  const viewer = useViewer();
  const openedAt = useRef<{ id: string; at: number; painted: boolean } | null>(null);

  const rows: LetterRow[] = archive.letters;
  const facets = useMemo(() => countFacets(rows), [rows]);
  const shown = useMemo(() => sortLetters(filterLetters(rows, filters), order), [rows, filters, order]);
  const overlays = useMemo<Overlay[]>(() => [], []);

  const openLetter = useCallback((id: string, page = 1) => {
    openedAt.current = { id, at: performance.now(), painted: false };
    setInitialPage(page);
    setSelectedId(id);
  }, []);

  const onPageRendered = useCallback((page: number) => {
    const opened = openedAt.current;
    if (!opened || opened.painted) return;
    opened.painted = true;
    // For the end-to-end test that measures click-to-first-paint (goal: 300 ms).
    window.dispatchEvent(new CustomEvent('leeszaal:firstpage', { detail: { letterId: opened.id, page, ms: performance.now() - opened.at } }));
  }, []);

  const focus = (selector: string) => () => document.querySelector<HTMLElement>(selector)?.focus();
  const showTab = (id: PanelTab) => () => {
    setTab(id);
    requestAnimationFrame(focus(`#tab-${id}`));
  };
  const commands: Command[] = [
    { id: 'archive.open', label: 'commands.openArchive', keys: ['Ctrl+O'], run: () => void archive.choose() },
    { id: 'letters.focus', label: 'commands.focusLetters', keys: ['Alt+1'], run: focus('[data-testid="letter-list"]') },
    { id: 'viewer.focus', label: 'commands.focusLetter', keys: ['Alt+2'], run: focus('[data-testid="pdf-container"]') },
    { id: 'panel.metadata', label: 'commands.showMetadata', keys: ['Alt+3'], run: showTab('metadata') },
    { id: 'panel.notes', label: 'commands.showNotes', keys: ['Alt+4'], run: showTab('notes') },
    { id: 'panel.links', label: 'commands.showLinks', keys: ['Alt+5'], run: showTab('links') },
    ...viewer.commands,
    { id: 'help.shortcuts', label: 'commands.shortcuts', keys: ['?', 'F1'], run: () => setShortcutsOpen(true) },
  ];
  const byId = new Map(commands.map((command) => [command.id, command]));
  useCommandKeys(commands);

  return (
    <div className="app">
      <a className="skip-link" href="#reader">
        {t('app.skipToLetter')}
      </a>
      <header className="app-header">
        <h1 className="app-title">{t('app.title')}</h1>
        <span className="archive-name">
          {archive.archive ? `${archive.archive.name} · ${t('archive.letters', { count: archive.archive.letterCount })}` : t('archive.none')}
        </span>
        <CommandButton command={byId.get('archive.open')} className="header-button" />
        <CommandButton command={byId.get('help.shortcuts')} icon="?" className="icon-button header-button" />
      </header>
      {archive.error && (
        <div className="message message-error" role="alert">
          {archive.error}{' '}
          <button type="button" className="link-button" onClick={archive.dismissError}>
            {t('dialog.close')}
          </button>
        </div>
      )}
      {archive.archive?.sidecarElsewhere && (
        <div className="message" role="status">
          {t('archive.sidecarElsewhere', { sidecar: archive.archive.sidecar })}
        </div>
      )}
      {archive.progress && <ProgressBar progress={archive.progress} />}
      {archive.settled && !archive.archive ? (
        <main className="welcome-main">
          <WelcomeScreen recent={archive.recent} onChoose={() => void archive.choose()} onOpen={(root) => void archive.open(root)} />
        </main>
      ) : (
        <div className="app-body">
          <nav className="sidebar" aria-label={t('letters.list')}>
            <div className="sidebar-tools">
              <SortControl order={order} onChange={setOrder} />
              <FacetFilters facets={facets} filters={filters} onChange={setFilters} notesKnown={rows.some((row) => row.noteCount !== undefined)} />
            </div>
            <p className="list-count" aria-live="polite">
              {t('letters.shown', { count: shown.length })}
            </p>
            <LetterList letters={shown} selectedId={selectedId} onSelect={(id) => openLetter(id)} />
            <UnreadableLetters letters={archive.letters} onOpen={(id) => openLetter(id)} />
          </nav>
          <main className="reader" id="reader" aria-label={t('viewer.region')}>
            <Reader pdf={pdf} viewer={viewer} commands={byId} overlays={overlays} initialPage={initialPage} onPageRendered={onPageRendered} />
          </main>
          <aside className="side-panel" aria-label={t('panel.label')}>
            <Tabs
              label={t('panel.label')}
              selected={tab}
              onSelect={(id) => setTab(id as PanelTab)}
              tabs={[
                { id: 'metadata', label: t('panel.metadata'), content: <p className="empty">{t('panel.pending')}</p> },
                { id: 'notes', label: t('panel.notes'), content: <p className="empty">{t('panel.pending')}</p> },
                { id: 'links', label: t('panel.links'), content: <p className="empty">{t('panel.pending')}</p> },
              ]}
            />
          </aside>
        </div>
      )}
      {shortcutsOpen && <ShortcutOverview commands={commands} onClose={() => setShortcutsOpen(false)} />}
    </div>
  );
}
