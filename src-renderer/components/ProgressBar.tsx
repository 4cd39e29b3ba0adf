import { useTranslation } from 'react-i18next';
import type { ProgressEvent } from '../../src-main/shared/contract/archive';

/** Progress of opening or indexing an archive. */
export function ProgressBar({ progress }: { progress: ProgressEvent }) {
  const { t } = useTranslation();
  const label = t('archive.progress', { done: progress.done, total: progress.total });
  return (
    <div className="progress" role="status">
      <progress max={Math.max(progress.total, 1)} value={progress.done} aria-label={label} />
      <span>{label}</span>
    </div>
  );
}
