import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import testingLibrary from 'eslint-plugin-testing-library';
import vitest from '@vitest/eslint-plugin';
import globals from 'globals';

import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { readdirSync } from 'node:fs';

const FEATURES = readdirSync(new URL('src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const layer = (message) => `This import breaks the layering in ARCHITECTURE.md: ${message}`;

/**
 * The one-way layering (ARCHITECTURE.md), resolved from real paths, so relative imports count too:
 * config ◀ lib ◀ data ◀ components ◀ features ◀ app; no feature imports another; src never imports
 * mocks, tests or the build (but main.tsx's guarded dev-only mocks).
 */
const zones = [
  {
    target: './src/config',
    from: './src',
    except: ['./config'],
    message: layer('config imports nothing else.'),
  },
  {
    target: './src/lib',
    from: ['./src/data', './src/components', './src/features', './src/app'],
    message: layer('lib is the shared base.'),
  },
  {
    target: './src/data',
    from: ['./src/components', './src/features', './src/app'],
    message: layer('the data layer serves every page, and knows none.'),
  },
  {
    target: './src/components',
    from: ['./src/features', './src/app'],
    message: layer('shared UI takes data as props.'),
  },
  { target: './src/features', from: './src/app', message: layer('features never import the app.') },
  // The embeds (src/embed/) compose features like the app, but load none of the app (its router,
  // query cache, shell); nothing but the build draws them.
  { target: './src/embed', from: './src/app', message: layer('an embed never loads the app.') },
  {
    target: ['./src/config', './src/lib', './src/data', './src/components', './src/features', './src/app'],
    from: './src/embed',
    message: layer('nothing in the app imports an embed; the build draws them.'),
  },
  {
    target: ['./src/main.tsx', './src/sw.ts'],
    from: './src/embed',
    message: layer('nothing in the app imports an embed; the build draws them.'),
  },
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: layer('no feature imports another; share through data/, components/ or lib/.'),
  })),
  {
    target: './src',
    from: ['./tests', './build'],
    message: layer('the app never imports tests or build code.'),
  },
  {
    target: './src',
    from: './mocks',
    except: [],
    message: layer('the app never imports mocks (except the guarded dev boot in main.tsx).'),
  },
  {
    target: './build',
    from: ['./tests', './mocks'],
    message: layer('the build never imports tests or mocks.'),
  },
];

/** Library rules the layering cannot express. */
const libraries = {
  paths: [
    { name: 'react-router-dom', message: 'React Router 8: import from "react-router".' },
    {
      name: 'zod/mini',
      message: 'Import { z } from "@/lib/zod" (it turns off code generation for the CSP).',
    },
    { name: 'zod', message: 'Import { z } from "@/lib/zod" (it turns off code generation for the CSP).' },
  ],
  patterns: [{ group: ['recharts/*'], message: 'Import from "recharts" only.' }],
};

/** The contracts build zod schemas as they load; the app's pages import their types only. */
const contractTypesOnly = {
  group: ['@/data/*/contract', '@/data/registry'],
  allowTypeImports: true,
  message: 'Types only: the contracts build zod schemas, which stay in the data worker.',
};

const rechartsOnlyInCharts = { group: ['recharts'], message: 'Recharts only in src/components/charts/.' };
/** `no-restricted-imports` with the libraries' rules and the given patterns. */
const restrictedImports = (...patterns) => [
  'error',
  { ...libraries, patterns: [...libraries.patterns, ...patterns] },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-e2e',
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
          allowDefaultProject: ['tests/e2e/run.mjs', 'tests/tools/*.mjs'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-deprecated': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
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
  {
    files: ['src/**/*.{ts,tsx}', 'build/**/*.{ts,tsx}', 'mocks/**/*.ts'],
    // Tests may import what they test from anywhere, and the fixtures.
    ignores: ['**/*.test.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: './tsconfig.json' }),
        createNodeResolver(),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': 'error',
      'no-restricted-imports': ['error', libraries],
    },
  },
  {
    // Recharts only behind the chart components (excalidraw's rule for its own wrappers).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/components/charts/**'],
    rules: { 'no-restricted-imports': restrictedImports(rechartsOnlyInCharts) },
  },
  {
    // The contracts build zod schemas as they load: the app's pages import their types only, and
    // what a page runs lives in a module of its own (`order.ts`, `values.ts`), so that zod and the
    // schemas stay in the data worker. (The embed checks its few records itself, on purpose.) A
    // block's rule replaces the one above, so it repeats Recharts' where that applies.
    files: ['src/app/**/*.{ts,tsx}', 'src/features/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', 'src/components/charts/**'],
    rules: { 'no-restricted-imports': restrictedImports(rechartsOnlyInCharts, contractTypesOnly) },
  },
  {
    files: ['src/components/charts/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrictedImports(contractTypesOnly) },
  },
  {
    // The dev-only, guarded mock boot.
    files: ['src/main.tsx'],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: zones.filter((z) => z.from !== './mocks') }],
    },
  },
  {
    // No HTML from data, ever: React escapes text; these are the ways around it.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No raw HTML: render text, and let React escape it.',
        },
        {
          selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
          message: 'No raw HTML: set textContent, or render with React.',
        },
        {
          selector: 'CallExpression[callee.property.name=/^(insertAdjacentHTML|write|writeln)$/]',
          message: 'No raw HTML: build nodes, or render with React.',
        },
      ],
    },
  },
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
    files: ['tests/**/*.{ts,tsx}', 'src/**/*.test.ts', 'build/**/*.test.ts'],
    plugins: { vitest },
    rules: {
      ...vitest.configs.recommended.rules,
      'vitest/expect-expect': 'off',
      'vitest/valid-expect': ['error', { maxArgs: 2 }],
    },
  },
  {
    // Data-integrity checks iterate over records; an expect per record is the point.
    files: ['tests/dataset/*.test.ts'],
    rules: { 'vitest/no-conditional-expect': 'off' },
  },
  {
    files: ['tests/e2e/**', 'playwright.config.ts'],
    rules: { 'vitest/no-standalone-expect': 'off', 'vitest/require-hook': 'off', 'no-empty-pattern': 'off' },
  },
  {
    // The service worker has its own TypeScript project (WebWorker types, see tsconfig.sw.json).
    files: ['src/sw.ts'],
    languageOptions: { parserOptions: { projectService: false, project: './tsconfig.sw.json' } },
  },
  {
    files: ['**/*.mjs', 'eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
