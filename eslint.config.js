// @ts-check
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'public/'] },
  js.configs.recommended,
  // Type-checked rules for TypeScript: they catch unhandled promises and unsafe `any` flows.
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.strictTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // noUncheckedIndexedAccess makes every index possibly undefined; `!` marks the places
      // where the index is known to be in range (a regex group that matched, a loop bound).
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Tests edit YAML fixtures as loose data on purpose.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  // Config files run in Node.
  { files: ['*.mjs', '*.js'], languageOptions: { globals: { process: 'readonly' } } },
  ...astro.configs.recommended,
);
