// The linter (npm run lint; CI runs it): typescript-eslint's recommended rules, and the Lit and
// web-components rules, over the sources, tests, stories and scripts. Formatting is not its business.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'storybook-static/**',
      'node_modules/**',
      'src/model/generated/**',
      'bench/results/**',
      'coverage/**',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        console: 'readonly',
        customElements: 'readonly',
        globalThis: 'readonly',
      },
    },
    rules: {
      // the UI strings hold no-break spaces on purpose (French puts one before : ; ? !)
      'no-irregular-whitespace': ['error', {skipStrings: true, skipTemplates: true, skipComments: true}],
      // unused names are TypeScript's to report (noUnusedLocals, noUnusedParameters), with `_` for the deliberate ones
      '@typescript-eslint/no-unused-vars': [
        'error',
        {argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none'},
      ],
      // Prettier wraps code at 120 columns but leaves Lit templates (their whitespace is text), strings and
      // comments as written: this bounds them (a URL, a regular expression or a line of prose in quotes may run longer)
      'max-len': [
        'error',
        {
          code: 160,
          ignoreUrls: true,
          ignoreRegExpLiterals: true,
          // a line that is one quoted string or template (a UI sentence, an expected message)
          ignorePattern: String.raw`^\s*(['"\x60]).*\1[,;]?$`,
        },
      ],
    },
  },
  {
    // chai's property assertions (expect(x).to.exist) are expressions
    files: ['**/*.test.ts'],
    rules: {'@typescript-eslint/no-unused-expressions': 'off'},
  },
  {
    // code that runs in a page: the benchmark's harness, and what scripts hand to page.evaluate
    files: ['bench/pages/**', 'scripts/**/*.mjs'],
    languageOptions: {
      globals: {
        requestAnimationFrame: 'readonly',
        navigator: 'readonly',
        AbortSignal: 'readonly',
        gc: 'readonly',
        performance: 'readonly',
        getComputedStyle: 'readonly',
        matchMedia: 'readonly',
        NodeFilter: 'readonly',
        Node: 'readonly',
      },
    },
  },
  {
    // Node scripts and the benchmark
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs', '*.mjs', 'test/**/*.mjs', '.storybook/**'],
    languageOptions: {
      globals: {
        process: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
        performance: 'readonly',
        structuredClone: 'readonly',
      },
    },
  },
);
