// The product's extractor: the worker pool of node/extract behind the archive's LetterExtractor.
import os from 'node:os';
import { ExtractPool } from '../extract/ExtractPool';
import { inThreadExtractor, type LetterExtractor } from './letterExtractor';

/** Extraction in `size` worker threads (default: one per core). */
export function poolExtractor(size = os.availableParallelism()): LetterExtractor {
  const pool = new ExtractPool({ size });
  return {
    parallelism: size,
    extract: ({ absolute, kind: _kind, ...options }) => pool.extract(absolute, options),
    warm: () => pool.warm(),
    release: () => pool.releaseIdle(),
    close: () => pool.close(),
  };
}

/** The pool when its worker bundle is built, else in-thread extraction (source runs without a build). */
export function defaultExtractor(): LetterExtractor {
  try {
    return poolExtractor();
  } catch {
    return inThreadExtractor();
  }
}
