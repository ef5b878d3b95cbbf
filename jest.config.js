// Three projects: pure unit specs (engine) run without a database; integration specs get one
// PostgreSQL (embedded, or TEST_DATABASE_URL) prepared once by the global setup; browser specs drive
// the editor console in Debian's Chromium against the same database (their setup builds the console
// when its build is stale, and they are skipped, saying why, where Chromium is missing outside CI).
// Type errors are caught by `npm run typecheck`; ts-jest only transpiles each file on its own.
const tsJest = ['ts-jest', { diagnostics: false, tsconfig: { isolatedModules: true } }];
// jose 6 ships ES modules only; test/support/esm-to-cjs.js makes them loadable under Jest.
const transform = { '^.+\\.ts$': tsJest, '/node_modules/jose/.+\\.js$': '<rootDir>/test/support/esm-to-cjs.js' };
const transformIgnorePatterns = ['/node_modules/(?!jose/)'];

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      transformIgnorePatterns,
      testMatch: ['<rootDir>/test/unit/**/*.spec.ts'],
      setupFiles: ['reflect-metadata'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform,
      transformIgnorePatterns,
      testMatch: ['<rootDir>/test/integration/**/*.spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      setupFiles: ['reflect-metadata'],
    },
    {
      displayName: 'browser',
      testEnvironment: 'node',
      transform,
      transformIgnorePatterns,
      testMatch: ['<rootDir>/test/browser/**/*.spec.ts'],
      globalSetup: '<rootDir>/test/browser/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      setupFiles: ['reflect-metadata'],
    },
  ],
};
