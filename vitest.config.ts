import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    // A stray `.only` would quietly skip every other test: refused here as well as by lint.
    allowOnly: false,
    // dispatch checks every answer against its channel's output schema in the tests (off in the app: shared/contract.ts).
    env: { CLIENTBOOK_CHECK_OUTPUTS: '1' },
    // Playwright specs (tests/e2e) and benchmarks are not Vitest's to collect.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/reliability/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        // The backend's tests again, each on a new office book in PostgreSQL instead of a data folder.
        extends: true,
        test: {
          name: 'office',
          // Each test makes a new office book in PostgreSQL, and some load the whole demo firm into it
          // (1.2 s alone; over 5 s on a loaded 2-core CI machine, Vitest's default).
          testTimeout: 20_000,
          include: ['tests/unit/backend/**/*.test.ts'],
          environment: 'node',
          env: { CLIENTBOOK_TEST_BOOK: 'office' },
          globalSetup: ['tests/fixtures/office-server.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          // Each findBy* may wait up to 5 s on a loaded CI machine (tests/component/setup.ts): a test that
          // walks through several screens needs more than Vitest's default 5 s in all.
          testTimeout: 15_000,
          include: ['tests/component/**/*.test.tsx', 'tests/component/**/*.test.ts'],
          environment: 'happy-dom',
          setupFiles: ['tests/component/setup.ts'],
        },
      },
    ],
  },
});
