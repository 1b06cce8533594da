import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import testingLibrary from 'eslint-plugin-testing-library';
import vitest from '@vitest/eslint-plugin';
import globals from 'globals';

/** Bans imports (besides react-router-dom and deep recharts paths) for a set of files. */
function restrict(files, ignores, groups) {
  return [
    {
      files: [files],
      ignores,
      rules: {
        'no-restricted-imports': [
          'error',
          {
            paths: [
              { name: 'react-router-dom', message: 'React Router 8: import from "react-router".' },
              {
                name: 'zod/mini',
                message: 'Import { z } from "@/lib/zod" (it turns off code generation for the CSP).',
              },
              {
                name: 'zod',
                message: 'Import { z } from "@/lib/zod" (it turns off code generation for the CSP).',
              },
            ],
            patterns: [
              { group: ['recharts/*'], message: 'Import from "recharts" only.' },
              {
                group: groups,
                allowTypeImports: true,
                message: 'This import breaks the layering in ARCHITECTURE.md.',
              },
            ],
          },
        ],
      },
    },
  ];
}

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'test-results',
      'playwright-report',
      'public/mockServiceWorker.js',
      '**/*.local.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        projectService: {
          allowDefaultProject: ['tests/e2e/run.mjs', 'tests/tools/*.mjs', 'public/first-paint.js'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-deprecated': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'react-router-dom', message: 'React Router 8: import from "react-router".' }],
          patterns: [{ group: ['recharts/*'], message: 'Import from "recharts" only.' }],
        },
      ],
    },
  },
  // Architecture (layering lib ◀ components ◀ features ◀ app; recharts only in components/charts;
  // src never imports mocks). eslint-plugin-import-x is not used: its native resolver's platform
  // packages are missing from this registry mirror, which breaks `npm ci`.
  ...restrict('src/**/*.{ts,tsx}', ['src/components/charts/**', 'src/main.tsx'], ['recharts', '**/mocks/**']),
  ...restrict(
    'src/components/**/*.{ts,tsx}',
    ['src/components/charts/**'],
    ['recharts', '@/features/*', '@/app/*', '**/mocks/**'],
  ),
  ...restrict('src/components/charts/**/*.{ts,tsx}', [], ['@/features/*', '@/app/*', '**/mocks/**']),
  ...restrict(
    'src/lib/**/*.{ts,tsx}',
    [],
    ['recharts', '@/features/*', '@/app/*', '@/components/*', '**/mocks/**'],
  ),
  ...restrict('src/features/**/*.{ts,tsx}', [], ['recharts', '@/app/*', '**/mocks/**']),
  // The one module that imports zod itself (to configure it before any schema is built).
  { files: ['src/lib/zod.ts'], rules: { 'no-restricted-imports': 'off' } },

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
  {
    // A classic script the browser runs as written, before the app (see vite.config.ts `prerender`).
    files: ['public/first-paint.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { sourceType: 'script', globals: globals.browser },
  },
);
