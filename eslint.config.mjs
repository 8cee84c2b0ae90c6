// ESLint (flat config): typescript-eslint's recommended rules on the sources, and the layering
// rules: editor APIs stay out of the engine (server/src/core imports no vscode* package), and
// the language server, smslint and the library reach the engine through core/index.ts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'out/**', '**/*.vsix', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // A file that grows past this is doing two jobs: split it along its seam (ARCHITECTURE.md).
      'max-lines': ['error', { max: 400 }],
    },
  },
  {
    // One namespace per custom method (`SegmentsRequest.type`, `.method`), as vscode-eslint's customMessages.ts.
    files: ['server/src/protocol/**/*.ts'],
    rules: { '@typescript-eslint/no-namespace': 'off' },
  },
  {
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['vscode', 'vscode-*', 'vscode/*'], message: 'server/src/core is pure: no editor API (see ARCHITECTURE.md).' },
          { group: ['node:*', 'fs', 'path', 'child_process', 'url'], message: 'server/src/core works on strings and offsets: no file system or process.' },
        ],
      }],
    },
  },
  {
    // The front ends (the language server, smslint, the library) use the engine's entry.
    files: ['server/src/lsp/**/*.ts', 'server/src/cli/**/*.ts', 'server/src/library.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/core/*', '!**/core/types', '!**/core/index'], message: 'Import the engine from core/index.ts (what the front ends use); add an export there if it lacks one.' }],
      }],
    },
  },
);
