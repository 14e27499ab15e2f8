import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'bench',
    include: ['test/**/*.test.ts'],
    // The validators' compiled output is plain ESM of several MB: Node loads it in well under a
    // second, Vite's transform of it takes several.
    server: { deps: { external: [/\/packages\/validators\/dist\//] } },
  },
});
