import { swcOptions } from './test/swc-options.js';

// Three projects: fast pure unit tests, then integration tests and end-to-end tests through the
// gateway, which `npm test` runs together in one run. The last two clone the template database that
// `npm test` prepares first (tools/prepare-test-template.ts), one database per test file.
const swc = ['@swc/jest', swcOptions];

const shared = {
  rootDir: '.',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: {
    '^#common/(.*)$': '<rootDir>/libs/common/src/$1/index.ts',
    '^#test/(.*)\\.js$': '<rootDir>/test/$1',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testEnvironment: 'node',
  setupFiles: ['<rootDir>/test/setup-env.ts'],
};

export default {
  // Integration and end-to-end tests start applications and wait for workers: seconds, not ms.
  testTimeout: 30_000,
  testSequencer: '<rootDir>/test/sequencer.js',
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,test}/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs,tools}/**/*.int-spec.ts'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
    },
  ],
};
