import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    globalSetup: ['test/unit/globalSetup.ts'],
    // Grading tests start real workers; two cores are plenty busy with two files at a time.
    maxWorkers: 2,
    testTimeout: 20_000,
  },
});
