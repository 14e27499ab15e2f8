// Regenerates every package's src/generated/ from the specs in spec/.
//
//   node scripts/src/generate.ts                     all packages, in place
//   node scripts/src/generate.ts --package client    one package
//   node scripts/src/generate.ts --out /tmp/x        into another root (used by the freshness check)
//   node scripts/src/generate.ts --timings           also print when each phase ended, as JSON
import { parseArgs } from 'node:util';
import { writeGenerated } from './generator.ts';
import { repoRoot } from './specs.ts';

const { values } = parseArgs({
  options: {
    package: { type: 'string', multiple: true },
    out: { type: 'string' },
    timings: { type: 'boolean', default: false },
  },
});

const timings = values.timings ? new Map<string, number>() : undefined;
const written = await writeGenerated({
  packages: values.package,
  outRoot: values.out ?? repoRoot,
  timings,
});
if (timings) {
  timings.set('written', performance.now());
  const rounded = Object.fromEntries([...timings].map(([phase, ms]) => [phase, Math.round(ms)]));
  console.log(`Timings: ${JSON.stringify(rounded)}`);
}
console.log(`Generated ${written.length} files`);
