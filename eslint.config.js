// One lint config for the monorepo. The pure packages may not reach for I/O or UI.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const impureModules = [
  { name: 'react', message: 'Pure packages stay free of UI.' },
  { name: 'node:fs', message: 'Pure packages do no I/O.' },
  { name: 'fs', message: 'Pure packages do no I/O.' },
  { name: 'socket.io', message: 'Pure packages do no I/O.' },
  { name: '@prisma/client', message: 'Pure packages do no I/O.' },
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/.data/**', '**/generated/**', '**/test-results/**', '**/playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['packages/rules/src/**/*.ts', 'packages/board/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: impureModules, patterns: ['react-*', '@prisma/*', 'node:*'] }],
      // They run in the browser as well as on the server: configuration comes in as arguments.
      'no-restricted-globals': ['error', { name: 'process', message: 'Pure packages take their configuration as arguments.' }],
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
);
