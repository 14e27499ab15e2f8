import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'client',
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
    // The validators' compiled output is plain ESM of several MB: Node loads it in well under a
    // second, Vite's transform of it takes several.
    server: { deps: { external: [/\/packages\/validators\/dist\//] } },
  },
});
