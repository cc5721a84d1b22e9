// One config, two projects: pure unit specs next to the code, and integration/e2e tests in test/
// that talk to the real Redis and PostgreSQL (started by .ci/run).
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.json');

const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.(ts|js)$': ['ts-jest', { tsconfig: 'tsconfig.spec.json', diagnostics: false }] },
  // A few dependencies ship ESM only (content-disposition, under @fastify/static); jest's CommonJS runtime needs them compiled.
  transformIgnorePatterns: ['/node_modules/(?!(content-disposition)/)'],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  moduleFileExtensions: ['ts', 'js', 'json'],
};

module.exports = {
  testTimeout: 30000,
  // One test file at a time (the machine has two cores and the timing-sensitive tests share them), in a worker
  // process that is replaced once a file leaves it above this: each file's app graph stays reachable after the file
  // (~60 MB a file), and a single process running all 139 grew past 3.8 GB, where GC pauses stalled app starts
  // past their 30 s hooks (CI stopped at ~100 suites three times).
  workerIdleMemoryLimit: '1GB',
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      setupFiles: ['<rootDir>/test/support/env.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/after-each-file.ts'],
    },
  ],
};
