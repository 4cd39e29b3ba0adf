import { useCallback, useEffect, useRef, useState } from 'react';
import type { LeeszaalApi } from '../../../src-main/shared/api';
import type { ArchiveSummary, ProgressEvent } from '../../../src-main/shared/contract/archive';
import type { LetterSummary } from '../../../src-main/shared/contract/letters';

export type RecentArchive = { root: string; name: string; openedAt: string };

export type ArchiveState = {
  archive: ArchiveSummary | null;
  letters: LetterSummary[];
  recent: RecentArchive[];
  progress: ProgressEvent | null;
  /** Becomes true once we know whether an archive is open (avoids a flash of the welcome screen). */
  settled: boolean;
  error: string | null;
  choose: () => Promise<void>;
  open: (root: string) => Promise<void>;
  reload: () => Promise<void>;
  dismissError: () => void;
};

/** The open archive, its letters, the indexing progress and the recent archives. */
export function useArchive(api: LeeszaalApi): ArchiveState {
  const [archive, setArchive] = useState<ArchiveSummary | null>(null);
  const [letters, setLetters] = useState<LetterSummary[]>([]);
  const [recent, setRecent] = useState<RecentArchive[]>([]);
  const [progress, setProgress] = useState<ProgressEvent | null>(null);
  const [settled, setSettled] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);

  const load = useCallback(
    async (summary: ArchiveSummary) => {
      const mine = ++generation.current;
      setArchive(summary);
      const listed = await api.listLetters({});
      if (mine !== generation.current) return;
      if (listed.ok) setLetters(listed.value);
      else setError(listed.error.message);
    },
    [api],
  );

  const refreshRecent = useCallback(async () => {
    const listed = await api.recentArchives({});
    if (listed.ok) setRecent(listed.value);
  }, [api]);

  useEffect(() => {
    const offProgress = api.onProgress((event) => {
      setProgress(event.phase === 'done' ? null : event);
      // What could not be saved (a full disk) stays in view until dismissed.
      if (event.problem) setError(event.problem);
      // When indexing finishes, statuses and metadata of the letters are known: list again.
      if (event.phase === 'done') {
        void api.currentArchive({}).then(async (current) => {
          if (current.ok && current.value) await load(current.value);
        });
      }
    });
    const offOpened = api.onArchiveOpened((summary) => void load(summary));
    // Letters added, changed or removed while the archive is open: list them again.
    const offChanged = api.onLettersChanged(() => {
      void api.currentArchive({}).then(async (current) => {
        if (current.ok && current.value) await load(current.value);
      });
    });
    void (async () => {
      const current = await api.currentArchive({});
      if (current.ok && current.value) await load(current.value);
      else {
        const opened = await api.openArchive({});
        if (opened.ok) await load(opened.value);
        else if (opened.error.code !== 'no-archive') setError(opened.error.message);
      }
      setSettled(true);
      await refreshRecent();
    })();
    return () => {
      offProgress();
      offOpened();
      offChanged();
    };
  }, [api, load, refreshRecent]);

  const settle = async (result: Awaited<ReturnType<LeeszaalApi['openArchive']>> | Awaited<ReturnType<LeeszaalApi['chooseArchive']>>) => {
    if (!result.ok) setError(result.error.message);
    else if (result.value) {
      setError(null);
      await load(result.value);
      await refreshRecent();
    }
  };

  return {
    archive,
    letters,
    recent,
    progress,
    settled,
    error,
    choose: async () => settle(await api.chooseArchive({})),
    open: async (root) => settle(await api.openArchive({ path: root })),
    reload: async () => {
      if (archive) await load(archive);
    },
    dismissError: () => setError(null),
  };
}
