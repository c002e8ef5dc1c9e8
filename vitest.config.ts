import { defineConfig } from 'vitest/config';

/**
 * Two tiers. `unit`: pure modules, no test bed, no network, seconds (`npm run test:unit`); files named
 * `*.unit.test.ts`. `e2e`: everything else, against the real local test bed, which its global setup
 * starts (or reuses) and which fails the run with the reason when it cannot start.
 */
export default defineConfig({
  test: {
    pool: 'forks',
    reporters: ['default'],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: 'coverage',
    },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.unit.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.unit.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          // Against real processes on a 2-core machine, a test can lose a race with the machine's load; one retry
          // absorbs that, and a real defect still fails twice.
          retry: 1,
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
