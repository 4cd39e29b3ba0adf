import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeeszaalApi } from '../src-main/shared/api';
import type { MetadataField, PdfRect } from '../src-main/shared/contract/letterContent';
import { apiCalls } from './api/calls';
import type { Command } from './commands/Command';
import { menuCommandKeys } from './commands/menuCommandKeys';
import { ShortcutOverview } from './commands/ShortcutOverview';
import { useCommandKeys } from './commands/useCommandKeys';
import { CommandButton } from './components/CommandButton';
import { ProgressBar } from './features/archive/ProgressBar';
import { UnreadableLetters } from './features/archive/UnreadableLetters';
import { useArchive } from './features/archive/useArchive';
import { WelcomeScreen } from './features/archive/WelcomeScreen';
import { ExportDialog, type ExportChoice, type ExportOutcome } from './features/export/ExportDialog';
import { fromBase64, saveFile } from './features/export/saveFile';
import { FacetFilters } from './features/letters/FacetFilters';
import { countFacets, filterLetters, noFilters, type LetterFilters } from './features/letters/filterLetters';
import { LetterList } from './features/letters/LetterList';
import type { SortOrder } from './features/letters/LetterRow';
import { SortControl } from './features/letters/SortControl';
import { sortLetters } from './features/letters/sortLetters';
import { toRow } from './features/letters/toRow';
import { LinksTab } from './features/links/LinksTab';
import { MetadataTab } from './features/metadata/MetadataTab';
import { locateQuote } from './features/notes/locateQuote';
import { NotesTab } from './features/notes/NotesTab';
import { useNotes } from './features/notes/useNotes';
import { ReadingRoomPanel, type PanelTab } from './features/ReadingRoomPanel';
import { SearchBox } from './features/search/SearchBox';
import { SearchHits } from './features/search/SearchHits';
import { useHitNavigation } from './features/search/useHitNavigation';
import { useSearch } from './features/search/useSearch';
import { Reader } from './features/viewer/Reader';
import { useViewer } from './features/viewer/useViewer';
import { useFetched } from './hooks/useFetched';
import type { Overlay, PdfSelection } from './pdf/Overlay';
import { usePdfDocument } from './pdf/usePdfDocument';

/** The reading room: letters on the left, the open letter in the middle, its details on the right. */
export function App({ api }: { api: LeeszaalApi }) {
  const { t } = useTranslation();
  const calls = useMemo(() => apiCalls(api), [api]);
  const archive = useArchive(api);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [initialPage, setInitialPage] = useState(1);
  const [order, setOrder] = useState<SortOrder>({ key: 'date', descending: true });
  const [filters, setFilters] = useState<LetterFilters>(noFilters);
  const [tab, setTab] = useState<PanelTab>('metadata');
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  const [sourceField, setSourceField] = useState<MetadataField | null>(null);
  const [pendingNote, setPendingNote] = useState<PdfSelection | null>(null);
  const [noSelection, setNoSelection] = useState(false);
  const [contentVersion, setContentVersion] = useState(0);
  const pdf = usePdfDocument(api, selectedId, {
    unlock: calls.unlockLetter,
    // Unlocked: its status, metadata and text are known now (list, metadata tab, search).
    onUnlocked: () => {
      setContentVersion((version) => version + 1);
      void archive.reload();
    },
  });
  const viewer = useViewer();
  const notes = useNotes(calls.notes, selectedId, archive.archive?.root ?? null);
  const openedAt = useRef<{ id: string; at: number; painted: boolean } | null>(null);
  const searchFilters = useMemo(
    () => ({
      // Chosen years become one date range (from the earliest to the latest chosen year).
      dateFrom: filters.years.size ? `${[...filters.years].sort()[0]}-01-01` : undefined,
      dateTo: filters.years.size ? `${[...filters.years].sort().at(-1)}-12-31` : undefined,
      senders: filters.senders.size ? [...filters.senders] : undefined,
      kinds: filters.kinds.size ? ([...filters.kinds] as ('pdf' | 'txt')[]) : undefined,
      hasNotes: filters.hasNotes || undefined,
    }),
    [filters],
  );
  const search = useSearch(calls.search, searchFilters);
  const content = useFetched(calls.letterContent, selectedId, contentVersion);
  const hitNavigation = useHitNavigation({
    search,
    selectedId,
    pages: content.value?.id === selectedId ? (content.value?.text?.pages ?? null) : null,
    handle: viewer.handle,
    openLetter: (id, page) => openLetter(id, page),
  });
  // Corrections change links (reference, uw kenmerk): fetched again with the content.
  const links = useFetched(calls.letterLinks, selectedId, contentVersion);

  const noteCounts = useMemo(() => {
    if (!calls.notes) return null;
    const counts = new Map<string, number>();
    for (const note of notes.all) counts.set(note.letterId, (counts.get(note.letterId) ?? 0) + 1);
    return counts;
  }, [calls.notes, notes.all]);
  const rows = useMemo(() => archive.letters.map((letter) => toRow(letter, noteCounts ? (noteCounts.get(letter.id) ?? 0) : undefined)), [archive.letters, noteCounts]);
  const facets = useMemo(() => countFacets(rows), [rows]);
  const shown = useMemo(() => sortLetters(filterLetters(rows, filters), order), [rows, filters, order]);
  const titleOf = useCallback((id: string) => {
    const row = rows.find((candidate) => candidate.id === id);
    return row ? (row.subject ?? row.name) : id.slice(0, 12);
  }, [rows]);

  const overlays = useMemo<Overlay[]>(() => {
    const list: Overlay[] = notes.notes
      .filter((note) => note.page && note.rects.length > 0 && note.status !== 'orphan')
      .map((note) => ({ id: note.id, page: note.page!, rects: note.rects, kind: 'note', colour: note.colour, label: note.text || note.quote.exact }));
    if (pendingNote) list.push({ id: 'pending', page: pendingNote.page, rects: pendingNote.rects, kind: 'pending' });
    const source = sourceField ? content.value?.metadata?.[sourceField]?.source : undefined;
    if (source) list.push({ id: `source-${sourceField}`, page: source.page, rects: [source.rect], kind: 'source', label: t(`metadata.${sourceField}`) });
    return [...hitNavigation.overlays, ...list];
  }, [notes.notes, pendingNote, sourceField, content.value, t, hitNavigation.overlays]);

  const openLetter = useCallback((id: string, page = 1) => {
    openedAt.current = { id, at: performance.now(), painted: false };
    setInitialPage(page);
    setSelectedId(id);
    setPendingNote(null);
    setNoSelection(false);
  }, []);

  const onPageRendered = useCallback((page: number) => {
    const opened = openedAt.current;
    if (!opened || opened.painted) return;
    opened.painted = true;
    // For the end-to-end test that measures click-to-first-paint (goal: 300 ms).
    window.dispatchEvent(new CustomEvent('leeszaal:firstpage', { detail: { letterId: opened.id, page, ms: performance.now() - opened.at } }));
  }, []);

  const stepLetter = (step: 1 | -1) => {
    const list = shown.map((row) => row.id);
    const index = selectedId ? list.indexOf(selectedId) : -1;
    const next = list[Math.max(0, Math.min(list.length - 1, index + step))];
    if (next) openLetter(next);
  };
  const addNote = () => {
    const selection = viewer.handle?.selection() ?? null;
    setSourceField(null);
    setTab('notes');
    setNoSelection(!selection);
    if (selection) setPendingNote(selection);
  };
  const runExport = async (choice: ExportChoice): Promise<ExportOutcome> => {
    if (!calls.exportNotes) return { ok: false, message: t('export.unavailable') };
    const letterIds =
      choice.scope === 'letter' && selectedId ? [selectedId] : choice.scope === 'results' ? search.response?.hits.map((hit) => hit.letter.id) : undefined;
    const result = await calls.exportNotes({ format: choice.format, letterIds, tag: choice.tag });
    if (!result.ok) return { ok: false, message: result.error.message };
    saveFile(fromBase64(result.value.base64), result.value.fileName, result.value.mimeType);
    return { ok: true, fileName: result.value.fileName, noteCount: result.value.noteCount, warnings: result.value.warnings };
  };

  const focus = (selector: string) => () => document.querySelector<HTMLElement>(selector)?.focus();
  const showTab = (id: PanelTab) => () => {
    setSourceField(null);
    setTab(id);
    requestAnimationFrame(focus(`#tab-${id}`));
  };
  const letterOpen = viewer.handle !== null;
  // Ids and keys of commands that the desktop menu also offers match src-main/shared/commands.ts.
  const commands: Command[] = [
    { id: 'openArchive', label: 'commands.openArchive', keys: menuCommandKeys.openArchive, run: () => void archive.choose() },
    { id: 'exportNotes', label: 'commands.exportNotes', keys: menuCommandKeys.exportNotes, enabled: calls.exportNotes !== undefined, run: () => setExportOpen(true) },
    {
      id: 'focusSearch',
      label: 'commands.focusSearch',
      keys: menuCommandKeys.focusSearch,
      // With a letter open, Ctrl+F finds in that letter (as in every reader); otherwise it searches the archive.
      run: letterOpen ? () => viewer.commands.find((command) => command.id === 'findInLetter')?.run() : focus('#archive-search'),
    },
    { id: 'searchArchive', label: 'commands.searchArchive', keys: ['Ctrl+Shift+F', '/'], enabled: calls.search !== undefined, run: focus('#archive-search') },
    { id: 'nextHit', label: 'commands.nextHit', keys: menuCommandKeys.nextHit, enabled: hitNavigation.canStep, run: () => hitNavigation.step(1) },
    { id: 'previousHit', label: 'commands.previousHit', keys: menuCommandKeys.previousHit, enabled: hitNavigation.canStep, run: () => hitNavigation.step(-1) },
    { id: 'addNote', label: 'commands.addNote', keys: menuCommandKeys.addNote, enabled: letterOpen && calls.notes !== undefined, run: addNote },
    { id: 'undo', label: 'commands.undo', keys: ['Ctrl+Z'], inFields: false, enabled: calls.notes !== undefined, run: () => void notes.undo() },
    { id: 'redo', label: 'commands.redo', keys: ['Ctrl+Y', 'Ctrl+Shift+Z'], inFields: false, enabled: calls.notes !== undefined, run: () => void notes.redo() },
    { id: 'nextLetter', label: 'commands.nextLetter', keys: menuCommandKeys.nextLetter, run: () => stepLetter(1) },
    { id: 'previousLetter', label: 'commands.previousLetter', keys: menuCommandKeys.previousLetter, run: () => stepLetter(-1) },
    ...viewer.commands,
    { id: 'focusLetters', label: 'commands.focusLetters', keys: ['Alt+1'], run: focus('[data-testid="letter-list"], [data-testid="hit-list"] button') },
    { id: 'focusLetter', label: 'commands.focusLetter', keys: ['Alt+2'], run: focus('[data-testid="pdf-container"]') },
    { id: 'showMetadata', label: 'commands.showMetadata', keys: ['Alt+3'], run: showTab('metadata') },
    { id: 'showNotes', label: 'commands.showNotes', keys: ['Alt+4'], run: showTab('notes') },
    { id: 'showLinks', label: 'commands.showLinks', keys: ['Alt+5'], run: showTab('links') },
    { id: 'shortcuts', label: 'commands.shortcuts', keys: ['?', 'F1'], run: () => setShortcutsOpen(true) },
  ];
  const byId = new Map(commands.map((command) => [command.id, command]));
  useCommandKeys(commands);
  // The desktop menu sends command ids; they run exactly as their shortcut would.
  const latestCommands = useRef(byId);
  latestCommands.current = byId;
  useEffect(() => api.onCommand(({ id }) => {
    const command = latestCommands.current.get(id);
    if (command && command.enabled !== false) command.run();
  }), [api]);

  const correct = calls.correctMetadata
    ? async (field: MetadataField, value: string) => {
        if (!selectedId || !calls.correctMetadata) return null;
        const result = await calls.correctMetadata({ id: selectedId, field, value: value || null });
        if (!result.ok) return result.error.message;
        setContentVersion((version) => version + 1);
        await archive.reload();
        return null;
      }
    : undefined;

  const allTags = useMemo(() => [...new Set(notes.all.flatMap((note) => note.tags))].sort(), [notes.all]);
  const showSource = (field: MetadataField | null) => setSourceField(field);
  const focusSource = (rect: { page: number; rect: PdfRect } | undefined) => rect && viewer.handle?.showRect(rect.page, rect.rect);

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
        <span className="header-spacer" />
        {calls.search && archive.archive && <SearchBox onSearch={(query) => void search.search(query)} busy={search.busy} error={search.error} />}
        <CommandButton command={byId.get('exportNotes')} className="header-button" />
        <CommandButton command={byId.get('openArchive')} className="header-button" />
        <CommandButton command={byId.get('shortcuts')} icon="?" className="icon-button header-button" />
      </header>
      {archive.error && (
        <div className="message message-error" role="alert">
          {archive.error}{' '}
          <button type="button" className="link-button" onClick={archive.dismissError}>
            {t('dialog.close')}
          </button>
        </div>
      )}
      {notes.error && (
        <div className="message message-error" role="alert">
          {notes.error}
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
          <nav className="sidebar" aria-label={search.response ? t('search.results') : t('letters.list')}>
            {search.response ? (
              <SearchHits
                hits={search.response.hits}
                total={search.response.total}
                tookMs={search.response.tookMs}
                pending={search.response.pending}
                current={search.current}
                onOpen={hitNavigation.open}
                onClear={search.clear}
              />
            ) : (
              <>
                <div className="sidebar-tools">
                  <SortControl order={order} onChange={setOrder} />
                  <FacetFilters facets={facets} filters={filters} onChange={setFilters} notesKnown={noteCounts !== null} />
                </div>
                <p className="list-count" aria-live="polite">
                  {t('letters.shown', { count: shown.length })}
                </p>
                <LetterList letters={shown} selectedId={selectedId} onSelect={(id) => openLetter(id)} />
              </>
            )}
            <UnreadableLetters letters={archive.letters} onOpen={(id) => openLetter(id)} />
          </nav>
          <main className="reader" id="reader" aria-label={t('viewer.region')}>
            <span className="visually-hidden" role="status" data-testid="hit-position" data-position={hitNavigation.position ?? ''}>
              {hitNavigation.position && t('search.hitPosition', { position: hitNavigation.position.replace('/', ` ${t('shortcuts.of')} `) })}
            </span>
            <Reader
              pdf={pdf}
              viewer={viewer}
              commands={byId}
              overlays={overlays}
              initialPage={initialPage}
              onPageRendered={onPageRendered}
              onNoteClick={(id) => {
                setSourceField(null);
                setTab('notes');
                requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-note-id="${CSS.escape(id)}"] .note-jump`)?.focus());
              }}
            />
          </main>
          <ReadingRoomPanel
            tab={tab}
            onTab={(next) => {
              // The metadata tab unmounts without a blur: its source outline goes with it.
              setSourceField(null);
              setTab(next);
            }}
            noteCount={notes.notes.length}
            letterOpen={selectedId !== null}
            metadata={
              calls.letterContent ? (
                <MetadataTab
                  metadata={content.value?.metadata ?? null}
                  onShowSource={(field) => {
                    showSource(field);
                    if (field && document.activeElement?.closest('.metadata-field')) focusSource(content.value?.metadata?.[field]?.source);
                  }}
                  onGoToPage={(page) => viewer.handle?.goToPage(page)}
                  onCorrect={correct}
                />
              ) : null
            }
            notes={
              calls.notes ? (
                <NotesTab
                  notes={notes.notes}
                  pending={pendingNote}
                  warning={noSelection ? t('notes.noSelection') : notes.warning}
                  addShortcut={byId.get('addNote')?.keys[0] ?? ''}
                  onAdd={addNote}
                  onCreate={(draft) => {
                    if (!pendingNote) return;
                    const { exact, prefix, suffix, page, ratio } = pendingNote;
                    const pages = content.value?.text?.pages.map((candidate) => candidate.text);
                    const located = pages ? locateQuote(pages, page, exact, ratio) : null;
                    // No rectangles: main anchors the quote in the extracted text and derives them from
                    // the letter's own line geometry, which the PDF export uses too (the text layer
                    // can sit a little off the glyphs when a font is not embedded).
                    void notes
                      .create({ ...draft, quote: located?.quote ?? { exact, prefix, suffix }, position: located?.position, page, rects: [] })
                      .then((created) => created && setPendingNote(null));
                  }}
                  onCancelCreate={() => setPendingNote(null)}
                  onUpdate={(id, draft) => void notes.update(id, draft)}
                  onDelete={(note) => void notes.remove(note)}
                  onJump={(note) => note.page && (note.rects[0] ? viewer.handle?.showRect(note.page, note.rects[0]) : viewer.handle?.goToPage(note.page))}
                />
              ) : null
            }
            links={
              calls.letterLinks && selectedId ? (
                <LinksTab links={links.value} currentId={selectedId} titleOf={titleOf} onOpen={openLetter} onGoToPage={(page) => viewer.handle?.goToPage(page)} />
              ) : null
            }
          />
        </div>
      )}
      {notes.deleted && (
        <div className="toast" role="status">
          {t('notes.deleted')}{' '}
          <button type="button" className="link-button" onClick={() => void notes.undo()}>
            {t('notes.undo')}
          </button>
        </div>
      )}
      {shortcutsOpen && <ShortcutOverview commands={commands} onClose={() => setShortcutsOpen(false)} />}
      {exportOpen && (
        <ExportDialog
          hasLetter={selectedId !== null}
          resultCount={search.response?.hits.length ?? 0}
          tags={allTags}
          onExport={runExport}
          onClose={() => setExportOpen(false)}
        />
      )}
    </div>
  );
}
