import { useTranslation } from 'react-i18next';
import { Tabs } from '../components/Tabs';
import type { ReactNode } from 'react';

export type PanelTab = 'metadata' | 'notes' | 'links';

type Props = { tab: PanelTab; onTab: (tab: PanelTab) => void; metadata: ReactNode; notes: ReactNode; links: ReactNode; noteCount: number };

/** The side panel of the open letter: its metadata, notes and links, as tabs. */
export function ReadingRoomPanel({ tab, onTab, metadata, notes, links, noteCount }: Props) {
  const { t } = useTranslation();
  return (
    <aside className="side-panel" aria-label={t('panel.label')}>
      <Tabs
        label={t('panel.label')}
        selected={tab}
        onSelect={(id) => onTab(id as PanelTab)}
        tabs={[
          { id: 'metadata', label: t('panel.metadata'), content: metadata },
          { id: 'notes', label: noteCount ? `${t('panel.notes')} (${noteCount})` : t('panel.notes'), content: notes },
          { id: 'links', label: t('panel.links'), content: links },
        ]}
      />
    </aside>
  );
}
