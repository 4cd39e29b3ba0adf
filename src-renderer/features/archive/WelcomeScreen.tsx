import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format/formatDate';
import type { RecentArchive } from './useArchive';

type Props = { recent: readonly RecentArchive[]; onChoose: () => void; onOpen: (root: string) => void };

/** Shown when no archive is open: choose a folder, or one of the archives opened before. */
export function WelcomeScreen({ recent, onChoose, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">{t('welcome.title')}</h2>
      <p>{t('welcome.intro')}</p>
      <button type="button" onClick={onChoose}>
        {t('archive.open')}
      </button>
      {recent.length > 0 && (
        <>
          <h3>{t('welcome.recent')}</h3>
          <ul className="recent-list">
            {recent.map((entry) => (
              <li key={entry.root}>
                <button type="button" className="link-button" onClick={() => onOpen(entry.root)}>
                  {entry.name}
                </button>
                <span className="recent-path">
                  {entry.root} · {formatDate(entry.openedAt.slice(0, 10), i18n.language)}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
