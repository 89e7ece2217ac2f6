// @ts-check
import tseslint from 'typescript-eslint';

/**
 * Architecture rules: each SDK is imported in one folder only and the domain
 * core imports none. Flat config replaces (does not merge) a rule per file,
 * so each area gets exactly one `no-restricted-imports` with its full list.
 */
const SDK = {
  tables: { group: ['@azure/data-tables'], message: 'Only bot/src/storage/table imports @azure/data-tables.' },
  bot: { group: ['botbuilder', 'botbuilder-*', 'botframework-*'], message: 'Only bot/src/teams imports botbuilder.' },
  restify: { group: ['restify', 'restify-*'], message: 'Only bot/src/server.ts imports restify.' },
  teamsJs: { group: ['@microsoft/teams-js', '@microsoft/teamsfx'], message: 'teams-js belongs to the tab.' },
};
const domainOnly = {
  group: ['botbuilder', 'botbuilder-*', 'botframework-*', '@azure/*', 'restify', '@microsoft/*', 'adaptivecards*', 'pino', 'node:*', 'fs', 'http', 'https'],
  message: 'The domain core imports no SDK and does no I/O.',
};

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const tests = ['bot/src/**/*.test.ts', 'bot/src/testing/**'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'tab/dist/**', '.data/**', 'coverage/**', 'artifacts/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['bot/src/**/*.ts'], ignores: tests, rules: restrict(SDK.tables, SDK.bot, SDK.restify, SDK.teamsJs) },
  { files: ['bot/src/storage/table/**/*.ts'], ignores: tests, rules: restrict(SDK.bot, SDK.restify, SDK.teamsJs) },
  { files: ['bot/src/teams/**/*.ts'], ignores: tests, rules: restrict(SDK.tables, SDK.restify, SDK.teamsJs) },
  { files: ['bot/src/server.ts'], rules: restrict(SDK.tables, SDK.bot, SDK.teamsJs) },
  { files: ['bot/src/domain/**/*.ts'], ignores: tests, rules: restrict(domainOnly) },
  { files: ['scripts/**/*.ts', 'bench/**/*.ts'], rules: { 'no-console': 'off' } },
);
