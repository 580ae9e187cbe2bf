// Lint: TypeScript rules plus the dependency direction of DESIGN.md §1, enforced here
// rather than by good intentions: renderer -> shared <- electron, and only
// electron/main and electron/preload import 'electron'.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noElectron = { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' };
const notRenderer = { group: ['**/renderer/**'], message: 'electron/ never imports the renderer.' };
const notCli = { group: ['**/cli/**'], message: 'Only the CLIs import electron/cli (the browser host); share code through electron/services.' };

export default tseslint.config(
  { ignores: ['.tmp/**', '.tmp-harness.ts', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'assets/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Text from files is rendered as text, never HTML.' },
      ],
    },
  },
  {
    // Deck data is an immer draft inside apply(); structuredClone throws on a draft.
    files: ['shared/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', { name: 'structuredClone', message: 'Use plainCopy (shared/deck/plainCopy.ts): it also copies immer drafts.' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [{ group: ['**/electron/**', 'node:*'], message: 'The renderer talks to the main side only through shared/api.' }],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, 'react', 'react-dom', 'fs', 'path', 'os'],
          patterns: [
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports nothing from electron/ or renderer/.' },
            { group: ['node:*'], message: 'shared/ is plain TypeScript: no Node.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: [notRenderer] }],
    },
  },
  {
    // The desktop host and the browser host share electron/services, never each other's code.
    files: ['electron/services/**/*.ts', 'electron/api/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: [notRenderer, notCli] }],
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [notRenderer, notCli] }],
    },
  },
);
