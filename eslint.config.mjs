// ESLint (flat config): typescript-eslint's recommended rules on the sources, and the layering
// rule that keeps editor APIs out of the engine (server/src/core imports no vscode* package).
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
);
