import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'logs-explorer',
    include: ['test/**/*.test.ts'],
    // The end-to-end test builds the app, starts both emulators and a browser.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
