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
const rendererBase = { group: ['**/electron/**', 'node:*'], message: 'The renderer talks to the main side only through shared/api.' };

// Walls inside the renderer (README "Architecture"): for each folder, the renderer folders it may
// not import. Lower layers know nothing of higher ones: ui/, commands/ and host/ are leaves; the
// slide view draws widgets and knows no editor; the Editor object (store/) knows no screen and
// no React UI; the print window's code (print/) never pulls in the editor or presenting; the
// editor screen is composed of the rest but not of the app shell or the print window; widgets
// are plug-ins (issue #12) that get what they need as props and contexts (render context,
// update and editDeck, WidgetEditContext), never from store/, editor/, slide/, a screen or the router.
const SCREENS = ['app', 'prefs', 'home', 'editor', 'present', 'print', 'export', 'lock'];
const RENDERER_WALLS = {
  ui: ['store', 'slide', 'widgets', 'host', 'commands', 'router', ...SCREENS],
  commands: ['store', 'slide', 'widgets', 'host', 'ui', 'router', ...SCREENS],
  host: ['store', 'slide', 'widgets', 'commands', 'ui', 'router', ...SCREENS],
  slide: ['store', 'host', 'commands', 'router', ...SCREENS],
  store: ['slide', 'ui', 'router', ...SCREENS],
  lock: ['slide', 'widgets', 'router', ...SCREENS.filter((s) => s !== 'lock')],
  print: ['store', 'commands', ...SCREENS.filter((s) => s !== 'print')],
  present: ['app', 'prefs', 'home', 'editor', 'print', 'export', 'lock'],
  export: ['app', 'prefs', 'home', 'editor', 'present', 'lock'],
  editor: ['app', 'prefs', 'home', 'print'],
  app: ['slide', 'widgets', 'editor', 'present', 'print', 'export', 'lock'],
  prefs: ['slide', 'widgets', 'editor', 'present', 'print', 'export', 'lock', 'app', 'home'],
  // The library's cards draw each deck's first slide with the one SlideView (issue #17 item 8).
  home: ['store', 'widgets', 'editor', 'present', 'print', 'export'],
  widgets: ['store', 'slide', 'router', ...SCREENS],
};
const wallConfigs = Object.entries(RENDERER_WALLS).map(([folder, banned]) => ({
  files: [`renderer/${folder}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [noElectron],
        patterns: [
          rendererBase,
          {
            regex: `^(\\.\\./)+(${banned.join('|')})(/|$)`,
            message: `renderer/${folder} may not import renderer/{${banned.join(',')}} (the walls in eslint.config.js; README "Architecture").`,
          },
        ],
      },
    ],
  },
}));

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
          patterns: [rendererBase],
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
  },  ...wallConfigs,
  {
    // Type-aware rules on the app's code and its tests, each file read with its side's tsconfig
    // (tests and tool configs: the root one): a promise is awaited, handled or explicitly dropped
    // with `void`, and never passed where nothing waits for it (an async onChange, an async
    // forEach callback). In a test an unawaited expect(locator) or click passes without checking.
    files: ['shared/**/*.ts', 'electron/**/*.ts', 'renderer/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}', '*.ts'],
    ignores: ['**/*.d.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
);
