import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'testing',
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // Dogfoods the published global setup: one server per API for the whole run.
    globalSetup: ['./src/vitest-global-setup.ts'],
    // Test files start Prism processes of their own, which takes seconds on a busy machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The validators' compiled output is several MB of plain ESM: Node loads it fast, Vite's
    // transform of it takes seconds per test file.
    server: { deps: { external: [/\/packages\/validators\/dist\//] } },
  },
});
