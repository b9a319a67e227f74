import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Only the main process may import these: Electron, Node, and the two stores' lowdb and pg.
const nodeOnly = ['electron', 'electron/*', 'node:*', 'lowdb', 'lowdb/*', 'pg', 'pg/*'];

/** `describe.only`, `it.only`, `test.only`, `test.describe.only`, `describe.sequential.only`…: the root of the chain is a test function. */
const testFunction = /^(describe|suite|it|test)$/;
const onlyCall = `MemberExpression[property.name='only']:matches([object.name=${testFunction}], [object.object.name=${testFunction}], [object.object.object.name=${testFunction}])`;

/** Who may import whom (ARCHITECTURE.md): the boundaries that keep the backend Electron-free and the renderer sandboxable. */
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
        [...nodeOnly, '**/electron/**'],
        'The renderer runs sandboxed: import only shared/ and browser code; talk to main through renderer/api.',
      ),
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': boundary(
        [...nodeOnly, 'react', 'react-dom', '**/electron/**', '**/renderer/**'],
        'shared/ is plain TypeScript both sides agree on: no Electron, Node, React or DOM.',
      ),
    },
  },
  {
    files: ['electron/backend/**/*.ts'],
    rules: {
      'no-restricted-imports': boundary(
        ['electron', 'electron/*', '**/renderer/**'],
        'The backend is plain Node so it runs without Electron (host, tests): never import electron.',
      ),
    },
  },
);
