// Layering (DESIGN.md "Shape", STYLE.md 1): each folder says where it runs, and the
// linter refuses imports that cross the line.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const effects = ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'electron', 'http', 'crypto'];
const effectPatterns = effects.map((name) => ({ group: [name], message: 'core/ and shared/ are pure: inject effects instead.' }));

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'bench/data/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src-main/core/**/*.ts', 'src-main/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...effectPatterns, { group: ['**/node/**', '**/electron/**', 'react', 'react-dom'], message: 'core/ and shared/ import nothing with effects.' }] }],
    },
  },
  {
    files: ['src-main/node/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['electron', '**/electron/**', '**/cli/**', '**/src-renderer/**'], message: 'node/ must not depend on electron/, cli/ or the renderer.' }] }],
    },
  },
  {
    files: ['src-main/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/node/**', '**/core/**', 'node:*', 'fs'], message: 'The preload is a narrow facade over IPC.' },
            { group: ['zod', '**/shared/api', '**/shared/contract/**'], message: 'The preload forwards by channel name (shared/channels): schemas belong to main.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src-renderer/**/*.ts', 'src-renderer/**/*.tsx'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/src-main/node/**', '**/src-main/core/**', '**/src-main/electron/**', '**/src-main/cli/**', 'electron', 'node:*'], message: 'The renderer talks only to LeeszaalApi.' },
            // commands.ts and commandLabels.ts are pure data the renderer shares with the native menus;
            // lineRects.ts the one rule placing a passage on a page (search hits and notes alike).
            { group: ['**/src-main/shared/**', '!**/src-main/shared/commands', '!**/src-main/shared/commandLabels', '!**/src-main/shared/lineRects'], allowTypeImports: true, message: 'Import the contract with `import type` only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: globals.node },
  },
);
