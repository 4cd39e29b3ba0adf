import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    environmentMatchGlobs: [['tests/unit/src-renderer/**', 'jsdom']],
    globalSetup: ['tests/globalSetup.ts'],
    testTimeout: 30_000,
  },
});
