// Flat ESLint config: typescript-eslint (type-aware), lit, lit-a11y and wc rules; Prettier owns formatting.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

/** Markup is never built from strings (STYLE.md 9). */
const noHtmlStrings = [
  {
    selector: "MemberExpression[property.name='innerHTML']",
    message: 'Render text with Lit templates, never innerHTML.',
  },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No HTML strings.' },
];

/**
 * Server rendering (magnesium-widgets/ssr, DESIGN.md): no browser global at import time, in a constructor, a class
 * field, render() or willUpdate(). Page inputs are read on connect (see components/localization.ts). Calls that reach
 * a global indirectly are caught by test/node/ssr.test.mjs, which renders every widget and fixture in Node.
 */
const browserGlobal = 'Identifier[name=/^(document|window|customElements|matchMedia|navigator|localStorage)$/]';
const ssrSafe = [
  {
    selector: `MethodDefinition[key.name=/^(constructor|render|willUpdate)$/] ${browserGlobal}`,
    message: 'Server rendering: read browser globals in connectedCallback/firstUpdated, not in render()/willUpdate().',
  },
  {
    selector: `PropertyDefinition ${browserGlobal}:not(:function ${browserGlobal})`,
    message: 'Server rendering: class fields run in the constructor; read browser globals on connect.',
  },
  {
    selector: `Program > :matches(ExpressionStatement, VariableDeclaration, ExportNamedDeclaration) ${browserGlobal}:not(:function ${browserGlobal}):not(ClassBody ${browserGlobal})`,
    message: 'Server rendering: nothing may touch a browser global at import time.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'test/.build/**',
      'node_modules/**',
      'components/locales/**',
      'storybook-static/**',
      'coverage/**',
      'custom-elements.json',
      'bench/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.ts'],
    languageOptions: { globals: globals.browser },
    plugins: { lit, 'lit-a11y': litA11y, wc },
    rules: {
      ...lit.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      'wc/guard-super-call': 'off',
      'lit/no-template-bind': 'error',
      'lit/attribute-value-entities': 'error',
      // Markup is never built from strings (STYLE.md 9).
      'no-restricted-syntax': ['error', ...noHtmlStrings],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Text renders as text.' }] },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Unit messages keep a no-break space between number and unit, inside template literals.
      'no-irregular-whitespace': ['error', { skipTemplates: true }],
    },
  },
  {
    // The framework-free core and its data: no Lit, no DOM, and zod only in the schema entry.
    files: ['src/**/*.ts'],
    ignores: ['src/schema/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['lit', 'lit/*', '@lit/*'], message: 'src/ is framework-free.' },
            {
              group: ['zod', 'zod/*'],
              message: 'zod stays out of browser bundles: import only types from src/schema.',
            },
            {
              group: ['../components/*', '../../components/*'],
              message: 'Imports point down: src/ never imports components/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['components/**/*.ts'],
    ignores: ['components/**/*.fixtures.ts'],
    rules: { 'no-restricted-syntax': ['error', ...noHtmlStrings, ...ssrSafe] },
  },
  {
    // dist/cdn/autoload.js: a browser-only CDN entry that watches the page as it loads; never server-rendered.
    files: ['components/autoload.ts'],
    rules: { 'no-restricted-syntax': ['error', ...noHtmlStrings] },
  },
  {
    files: ['test/**/*.ts', 'stories/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/pages/**/*.js', 'demo/**/*.js', 'bench/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The WordPress plugin's editor script: a classic script in wp-admin, on WordPress's own globals.
    files: ['wordpress/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
  },
);
