import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'validators',
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
  },
});
