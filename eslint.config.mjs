// @ts-check
import tseslint from 'typescript-eslint';

const sdkImports = ['botbuilder', 'botbuilder-*', 'botframework-*', '@azure/*', 'restify', '@microsoft/*', 'adaptivecards*', 'pino', 'node:*'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'tab/dist/**', '.data/**', 'coverage/**', 'artifacts/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Each SDK is touched in one folder only.
    files: ['bot/src/**/*.ts'],
    ignores: ['bot/src/storage/table/**', 'bot/src/**/*.test.ts', 'bot/src/testing/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['@azure/data-tables'], message: 'Only bot/src/storage/table imports @azure/data-tables.' }] }] },
  },
  {
    files: ['bot/src/**/*.ts'],
    ignores: ['bot/src/teams/**', 'bot/src/**/*.test.ts', 'bot/src/testing/**', 'bot/src/server.ts', 'bot/src/main.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['botbuilder', 'botbuilder-*', 'botframework-*'], message: 'Only bot/src/teams imports botbuilder.' }] }] },
  },
  {
    // The domain core imports no SDK and does no I/O.
    files: ['bot/src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: sdkImports, message: 'The domain core imports no SDK or I/O module.' }] }],
    },
  },
  {
    files: ['scripts/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
