import { useTranslation } from 'react-i18next';
import type { ProgressEvent } from '../../../src-main/shared/contract/archive';
import { etaParts } from '../../format/formatDate';

/** Progress of opening or indexing an archive, with the time left when it is known. */
export function ProgressBar({ progress }: { progress: ProgressEvent }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL');
  const label = t(`progress.${progress.phase}`, { done: number.format(progress.done), total: number.format(progress.total) });
  const eta = progress.etaMs !== undefined && progress.etaMs > 0 ? etaParts(progress.etaMs) : null;
  return (
    <div className="progress" role="status" data-testid="progress">
      <progress max={Math.max(progress.total, 1)} value={progress.done} aria-label={label} />
      <span>{label}</span>
      {eta && <span className="progress-eta">{t(`progress.eta.${eta.unit}`, { count: eta.count })}</span>}
      {progress.current && <span className="progress-current">{progress.current}</span>}
    </div>
  );
}
