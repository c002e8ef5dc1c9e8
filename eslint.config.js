import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.tools/', '.testbed/', 'coverage/', 'test/fixtures/', 'testbed/charts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        performance: 'readonly',
        AbortController: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [{ name: 'child_process', message: 'Use src/process/run-tool.ts (argument arrays, redacted logging).' }] }],
    },
  },
  {
    files: ['src/**/*.ts', 'actions/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'child_process', message: 'Use src/process/run-tool.ts (argument arrays, redacted logging).' },
            { name: 'node:child_process', message: 'Use src/process/run-tool.ts (argument arrays, redacted logging).' },
          ],
        },
      ],
    },
  },
);
