import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Only the main process may import these: Electron, Node, and the two stores' lowdb and pg.
const nodeOnly = ['electron', 'electron/*', 'node:*', 'lowdb', 'lowdb/*', 'pg', 'pg/*'];

/** `describe.only`, `it.only`, `test.only`, `test.describe.only`, `describe.sequential.only`…: the root of the chain is a test function. */
const testFunction = /^(describe|suite|it|test)$/;
const onlyCall = `MemberExpression[property.name='only']:matches([object.name=${testFunction}], [object.object.name=${testFunction}], [object.object.object.name=${testFunction}])`;

/**
 * The layers (docs/architecture.md), each a folder. Every file belongs to one (a file that belongs
 * to none is an error), and the first that matches is its layer.
 */
const layer = (type, pattern) => ({ type, pattern, partialMatch: false });
const layers = [
  layer('electron-main', 'electron/main'),
  layer('electron-host', 'electron/host'),
  layer('electron-common', 'electron/common'),
  layer('backend-store', 'electron/backend/store'),
  layer('backend-services', 'electron/backend/services'),
  layer('backend-office', 'electron/backend/office'),
  layer('backend-demo', 'electron/backend/demo'),
  layer('backend', 'electron/backend'),
  layer('renderer-feature', 'renderer/features/*'),
  layer('renderer', 'renderer'),
  layer('shared', 'shared'),
  layer('tooling', ['tests', 'scripts', 'bench']),
];
/** Files of no layer that are still known: the tools' settings at the top. */
const knownFiles = [{ category: 'settings', pattern: '*.{js,ts}' }];
const backendLayers = ['backend', 'backend-store', 'backend-services', 'backend-office', 'backend-demo'];

/** Who may import whom, as an allow-list: an import between layers that no line here allows is an error. */
const mayImport = (from, to) => ({
  from: { element: { type: from } },
  allow: { to: { element: { types: { anyOf: to } } } },
});
const layerPolicies = [
  // The Electron shell and the browser host serve the backend; neither imports the other.
  mayImport('electron-main', ['electron-main', 'electron-common', ...backendLayers, 'shared']),
  mayImport('electron-host', ['electron-host', 'electron-common', ...backendLayers, 'shared']),
  mayImport('electron-common', ['electron-common', 'backend', 'shared']),
  // The backend is plain Node: never the shell or a host.
  mayImport('backend', [...backendLayers, 'shared']),
  mayImport('backend-services', ['backend-services', 'backend-store', 'backend-demo', 'backend', 'shared']),
  // The store knows no service; of the office book only the types of its sign-ins (BookStore names them).
  mayImport('backend-store', ['backend-store', 'backend', 'shared']),
  { from: { element: { type: 'backend-store' } }, allow: { to: { element: { type: 'backend-office' } }, dependency: { kind: 'type' } } },
  mayImport('backend-office', ['backend-office', 'backend-store', 'backend-services', 'backend', 'shared']),
  mayImport('backend-demo', ['backend-demo', 'backend-store', 'shared']),
  // The renderer reaches main only through renderer/api, so it imports only itself and shared/.
  mayImport('renderer', ['renderer', 'renderer-feature', 'shared']),
  mayImport('renderer-feature', ['renderer', 'shared']),
  // A feature uses another only through that feature's index.ts, never its files; its own files freely.
  // (renderer/app still imports a screen's own file, so the screen loads when first opened.)
  {
    from: { element: { type: 'renderer-feature' } },
    allow: { to: { element: { type: 'renderer-feature', fileInternalPath: 'index.ts' } } },
  },
  {
    from: { element: { type: 'renderer-feature' } },
    allow: { to: { element: { type: 'renderer-feature' } }, dependency: { relationship: { to: 'internal' } } },
  },
  mayImport('shared', ['shared']),
  { from: { file: { categories: 'settings' } }, allow: { to: { element: { type: 'tooling' } } } },
  mayImport('tooling', [
    'tooling',
    'electron-main',
    'electron-host',
    'electron-common',
    ...backendLayers,
    'renderer',
    'renderer-feature',
    'shared',
  ]),
];

/** Packages a layer may not import (the layer rules above cover the project's own files). */
const boundary = (patterns, message) => ['error', { patterns: [{ group: patterns, message }] }];

export default tseslint.config(
  {
    ignores: ['dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/.books/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['**/*.{js,mjs,ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
      'boundaries/elements': layers,
      'boundaries/files': knownFiles,
    },
    rules: {
      'boundaries/no-unknown-files': 'error',
      'boundaries/dependencies': ['error', { default: 'disallow', policies: layerPolicies }],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': ['error', { selector: onlyCall, message: 'A `.only` skips every other test; remove it before committing.' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/component/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': boundary(
        nodeOnly,
        'The renderer runs sandboxed: import only shared/ and browser code; talk to main through renderer/api.',
      ),
    },
  },
  {
    // Every word a person reads on screen comes from the catalogues (renderer/i18n): text between
    // tags, and the attributes that are read or shown. Class names, routes, test ids and other
    // attributes are not text and are not checked; neither is `t('…')`, whose argument is a key.
    // Types tell a key from a word: a literal the code types as one of a few names (a form's
    // field, a column, a chart's side) is a key. A string with no letter (✓, ▲, '3 2') is no word.
    files: ['renderer/**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': { include: ['^(title|aria-label|aria-description|aria-placeholder|aria-valuetext|placeholder|alt|label)$'] },
          words: { exclude: [/^[^\p{L}]*$/u] },
          message: 'Words a person reads come from the catalogues (renderer/i18n, through t()), so they can be translated.',
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': boundary(
        [...nodeOnly, 'react', 'react-dom'],
        'shared/ is plain TypeScript both sides agree on: no Electron, Node, React or DOM.',
      ),
    },
  },
  {
    files: ['electron/backend/**/*.ts'],
    rules: {
      'no-restricted-imports': boundary(
        ['electron', 'electron/*'],
        'The backend is plain Node so it runs without Electron (host, tests): never import electron.',
      ),
    },
  },
);
