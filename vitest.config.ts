import { defineConfig } from 'vitest/config';

// One config per package; this root file lets `pnpm vitest` run every project at once.
export default defineConfig({
  test: { projects: ['packages/*', 'scripts', 'examples/*', 'bench'] },
});
