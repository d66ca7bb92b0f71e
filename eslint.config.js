// Lint: typescript-eslint's recommended type-aware rules plus a security lint against raw HTML
// sinks (innerHTML, insertAdjacentHTML, document.write): Backstory renders page and corpus text.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import noUnsanitized from 'eslint-plugin-no-unsanitized';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', '.cache/**', 'node_modules/**', 'bench-results/**', 'tests/.artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  noUnsanitized.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // What runs in the pages a journalist reads writes nothing to their console (a page can read
    // it, and it would tell the page that Backstory is there): failures go to diagnostics.
    files: ['lib/page/**', 'lib/ui/card/**', 'lib/entities/scan/**', 'lib/text/**', 'entrypoints/content.ts', 'entrypoints/page-stage.ts', 'entrypoints/card-ui.ts'],
    rules: { 'no-console': 'error' },
  },
  {
    // Unit tests build their DOM fixtures from literal HTML; no page or corpus text is involved.
    files: ['tests/unit/**'],
    rules: { 'no-unsanitized/property': 'off', 'no-unsanitized/method': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
