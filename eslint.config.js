import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import testingLibrary from 'eslint-plugin-testing-library';
import vitest from '@vitest/eslint-plugin';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'public/mockServiceWorker.js'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        projectService: { allowDefaultProject: ['tests/e2e/run.mjs', 'tests/tools/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      '@typescript-eslint/no-deprecated': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'import-x/no-cycle': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'react-router-dom', message: 'React Router 8: import from "react-router".' }],
          patterns: [{ group: ['recharts/*'], message: 'Import from "recharts" only.' }],
        },
      ],
    },
  },
  {
    // Architecture: recharts only in src/components/charts; src never imports mocks (except the guarded dev boot).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/components/charts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react-router-dom', message: 'React Router 8: import from "react-router".' },
            { name: 'recharts', message: 'Only src/components/charts may import recharts.' },
          ],
          patterns: [{ group: ['recharts/*'], message: 'Import from "recharts" only.' }],
        },
      ],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src', from: './mocks', except: [], message: 'src must not import mocks.' },
            {
              target: './src/components',
              from: ['./src/features', './src/app'],
              message: 'Shared UI must not depend on features or the app.',
            },
            {
              target: './src/lib',
              from: ['./src/features', './src/app', './src/components'],
              message: 'lib is the bottom layer.',
            },
            { target: './src/features', from: './src/app', message: 'Features must not import the app.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main.tsx'],
    rules: { 'import-x/no-restricted-paths': 'off' },
  },
  {
    files: ['src/**/*.tsx'],
    ...reactHooks.configs.flat.recommended,
  },
  ...pluginQuery.configs['flat/recommended-strict'],
  {
    files: ['tests/integration/**/*.{ts,tsx}'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'src/**/*.test.ts'],
    plugins: { vitest },
    rules: {
      ...vitest.configs.recommended.rules,
      'vitest/expect-expect': 'off',
      'vitest/valid-expect': ['error', { maxArgs: 2 }],
    },
  },
  {
    // Data-integrity checks iterate over records; an expect per record is the point.
    files: ['tests/unit/dataset.test.ts'],
    rules: { 'vitest/no-conditional-expect': 'off' },
  },
  {
    files: ['tests/e2e/**', 'playwright.config.ts'],
    rules: { 'vitest/no-standalone-expect': 'off', 'vitest/require-hook': 'off', 'no-empty-pattern': 'off' },
  },
  {
    files: ['**/*.mjs', 'eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
