import type { BuildOptions, BuildResult } from 'esbuild';

export declare const nodeBundleOptions: BuildOptions;
export declare const workerEntries: Record<string, string>;
export declare function buildNodeBundle(options: BuildOptions): Promise<BuildResult>;
