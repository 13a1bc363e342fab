// Lint rules. The core must stay pure: no editor, protocol or file-system imports.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.e2e/**', 'bench/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'error',
      '@typescript-eslint/no-namespace': 'off',
    },
  },
  {
    files: ['server/src/core/**/*.ts', 'server/src/report/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['vscode', 'vscode-*', 'node:*', 'fs', 'path', 'os', 'child_process'], message: 'The core is pure: inject I/O instead.' },
          ],
        },
      ],
    },
  },
);
