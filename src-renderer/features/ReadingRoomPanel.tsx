import { useTranslation } from 'react-i18next';
import { Tabs } from '../components/Tabs';
import type { ReactNode } from 'react';

export type PanelTab = 'metadata' | 'notes' | 'links';

type Props = {
  tab: PanelTab;
  onTab: (tab: PanelTab) => void;
  /** Whether a letter is open; without one each tab asks the user to choose one. */
  letterOpen: boolean;
  /** Each tab's content; null while what it needs is not available (yet) in this transport. */
  metadata: ReactNode | null;
  notes: ReactNode | null;
  links: ReactNode | null;
  noteCount: number;
};

/** The side panel of the open letter: its metadata, notes and links, as tabs. */
export function ReadingRoomPanel({ tab, onTab, letterOpen, metadata, notes, links, noteCount }: Props) {
  const { t } = useTranslation();
  const body = (content: ReactNode | null) =>
    !letterOpen ? <p className="empty">{t('letters.choose')}</p> : (content ?? <p className="empty">{t('panel.pending')}</p>);
  return (
    <aside className="side-panel" aria-label={t('panel.label')}>
      <Tabs
        label={t('panel.label')}
        selected={tab}
        onSelect={(id) => onTab(id as PanelTab)}
        tabs={[
          { id: 'metadata', label: t('panel.metadata'), content: body(metadata) },
          { id: 'notes', label: noteCount ? `${t('panel.notes')} (${noteCount})` : t('panel.notes'), content: body(notes) },
          { id: 'links', label: t('panel.links'), content: body(links) },
        ]}
      />
    </aside>
  );
}
