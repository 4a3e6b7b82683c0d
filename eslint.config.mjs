// ESLint flat config. Why each rule set is here is written down in CONTRIBUTING.md ("Lint and format");
// every rule turned off or narrowed below says why on its own line.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

const TS = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
const JS = ['**/*.js', '**/*.mjs', '**/*.cjs'];
const ELEMENTS = ['packages/elements/src/**/*.ts', 'stories/**/*.ts'];

export default defineConfig(
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      'storybook-static/',
      'release/',
      'coverage/',
      'bench/.tmp/',
      'bench/results/',
      'examples/report/', // written by the build (npm run build), not source
      'packages/core/api/',
      'packages/elements/custom-elements.json',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: {
      parserOptions: {
        // One program per tsconfig: the root one (with allowJs, so scripts get promise checks too)
        // and the JSX ones whose compiler options differ (React example, framework type fixtures).
        project: ['./tsconfig.eslint.json', './examples/react/tsconfig.json', './scripts/test/types/*/tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: TS,
    extends: [...tseslint.configs.recommendedTypeChecked],
  },
  {
    // Type-aware rules that pay off in untyped scripts too: a forgotten await in a build or
    // test script exits early or swallows an error. The no-unsafe-* family is left to TS files:
    // in plain JavaScript every imported value is `any`, so it would only report noise.
    files: JS,
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    files: [...TS, ...JS],
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            // node:test's describe/it return promises that the runner itself awaits.
            { from: 'package', name: ['describe', 'it', 'test', 'suite'], package: 'node:test' },
            // @open-wc/semantic-dom-diff types chai's `equal`/`eql` (type `Chai.Equal`) as returning a
            // promise; it is one only after `.dom`, which no test uses: `expect(x).to.equal(y)` is
            // synchronous. `accessible()` and other real promises are still checked.
            { from: 'package', name: 'Equal', package: '@open-wc/semantic-dom-diff' },
          ],
        },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        // `_name` marks a parameter a signature needs but the body does not use; `{ a, ...rest }`
        // is how a copy without `a` is made, so rest siblings count as used.
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // `typeof import('./rules-loader.js')` names a lazily loaded chunk's type where it is used,
      // without a static import beside the dynamic one; so type annotations may use import().
      '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }],
      // `interface PlanIssue extends Issue<PlanIssueCode> {}` names one kind of the shared issue
      // type, so that it reads well in signatures and API docs; a type alias would do the same.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: JS,
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // These run in a browser: the page-level tests' support scripts, and the functions that the
    // page-level tests, the benchmark and the test runner's commands hand to `page.evaluate`.
    files: ['scripts/test/**', 'bench/render.mjs', 'scripts/wtr-commands.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ELEMENTS,
    extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice']],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'lit/attribute-names': 'error',
      'lit/lifecycle-super': 'error',
      'lit/no-classfield-shadowing': 'error',
      'lit/no-invalid-escape-sequences': 'error',
      'lit/no-legacy-imports': 'error',
      'lit/no-native-attributes': 'error',
      'lit/no-template-bind': 'error',
      'lit/no-this-assign-in-render': 'error',
      'lit/no-useless-template-literals': 'error',
      // Not lit/no-value-attribute: it is about text fields, whose typed value leaves the attribute
      // behind (ours bind `.value=${live(…)}`); a radio's `value` is its identity, and as an
      // attribute it is also in server-rendered HTML, where a property binding is not.
      'lit/prefer-nothing': 'error',
      'lit/prefer-static-styles': 'error',
      'lit/value-after-constraints': 'error',
      // Lit calls an `@event=${this.onX}` listener with the host as `this`, so methods passed to
      // event bindings are bound; the rule cannot see that (it still holds outside these files).
      '@typescript-eslint/unbound-method': 'off',
      // LitElement always defines the lifecycle callbacks, so `if (super.connectedCallback)` guards
      // (meant for mixins over unknown bases) would be dead code.
      'wc/guard-super-call': 'off',
    },
  },
  {
    // This test edits a valid plan into invalid ones along deep paths (`p.indicators[2].target.min
    // = 5`); the document is loosely typed `any` on purpose, as no plan type can hold what it must
    // reject, and `noUncheckedIndexedAccess` rules out a recursive record type.
    files: ['packages/core/src/plan/format-1-1.test.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
    },
  },
  {
    // Framework type fixtures are compiled by scripts/test/framework-types.test.mjs against the
    // built declarations; their imports point into dist, so they are linted without types.
    files: ['scripts/test/types/**'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
