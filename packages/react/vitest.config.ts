import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'react',
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['test/setup.ts'],
    // One Prism server per API for the whole run; tests read their URLs with `mockServerUrl`.
    globalSetup: ['@ai-gateway/testing/vitest-global-setup'],
    // `*.test-d.tsx` files are type tests: checked by tsc, never run.
    typecheck: { enabled: true, include: ['test/**/*.test-d.tsx'], tsconfig: './tsconfig.json' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
