import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Temporary: files being restructured elsewhere that do not pass yet (each entry's findings noted);
// delete an entry when its file passes.
const pendingRestructure = [
  'libs/common/src/deadlines/clock-jobs-queue.ts', // 28 no-explicit-any
  'libs/common/src/events/event-consumer.ts', // 20, 28 no-explicit-any
  'libs/common/src/worker/index.ts', // 32, 34 no-explicit-any
];

// Plain typescript-eslint `recommended`, not the type-checked variant: the whole repository lints
// in seconds on two cores without building a TypeScript program.
export default defineConfig(
  // Built and generated files.
  globalIgnores(['**/dist/', '**/node_modules/', '**/coverage/', '.data/', 'apps/console/src/gql/', 'test/gql/']),
  globalIgnores(pendingRestructure),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { args: 'after-used', ignoreRestSiblings: true, caughtErrors: 'none' }],
    },
  },
  {
    // Plain Node: the commands run before anything is compiled, the Jest configuration, bench and tools.
    files: ['**/*.{js,mjs,cjs}', 'scripts/**', 'tools/**', 'bench/**', 'test/**'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['apps/console/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      // Chinese labels indent and separate with the ideographic space (U+3000) on purpose.
      'no-irregular-whitespace': ['error', { skipTemplates: true, skipJSXText: true }],
    },
  },
  {
    // Temporary: these reset state in an effect when the address or session changes; deriving it
    // while rendering instead changes when their queries run, a change of its own with the browser tests.
    files: ['apps/console/src/pages/CasesPage.tsx', 'apps/console/src/pages/NoticesPage.tsx', 'apps/console/src/session/session.tsx'],
    rules: { 'react-hooks/set-state-in-effect': 'off' },
  },
  {
    files: ['apps/*/src/**/*.service.ts'],
    // Temporary: services still sending SQL. Delete an entry once its SQL has moved to the store.
    ignores: [
      'apps/assessment/src/jurisdictions/jurisdictions.service.ts',
      'apps/assessment/src/schemes/assessment-results.service.ts',
      'apps/assessment/src/schemes/schemes.service.ts',
      'apps/assessment/src/statistics/jurisdiction-indicators.service.ts',
      'apps/cases/src/auth/user-accounts.service.ts',
      'apps/cases/src/calendar/calendar.service.ts',
      'apps/cases/src/cases/case-queries.service.ts',
      'apps/cases/src/cases/lifecycle.service.ts',
      'apps/cases/src/cases/registration.service.ts',
      'apps/cases/src/categories/category.service.ts',
      'apps/cases/src/deadlines/deadline-scheduling.service.ts',
      'apps/cases/src/directory/directory.service.ts',
      'apps/cases/src/receptions/reception.service.ts',
      'apps/meetings/src/conference-meetings/conference-meetings.service.ts',
      'apps/meetings/src/conferences/conferences.service.ts',
      'apps/meetings/src/jurisdictions/jurisdictions.service.ts',
      'apps/meetings/src/supervision/notice-queries.service.ts',
      'apps/meetings/src/supervision/supervision-settings.service.ts',
      'apps/meetings/src/tasks/task-lists.service.ts',
      'apps/meetings/src/tasks/task-queries.service.ts',
      'apps/meetings/src/tasks/tasks.service.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.type='MemberExpression'][callee.property.name=/^(query|getRepository|createQueryBuilder)$/]",
          message: "SQL belongs in the feature's store (<feature>.store.ts)",
        },
      ],
    },
  },
  prettier,
);
