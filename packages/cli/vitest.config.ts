import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'cli',
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 30_000,
    // The validators' compiled output is several MB of plain ESM: Node loads it fast, Vite's
    // transform of it takes seconds per test file.
    server: { deps: { external: [/\/packages\/validators\/dist\//] } },
  },
});
