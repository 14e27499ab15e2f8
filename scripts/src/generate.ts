// Regenerates every package's src/generated/ from the specs in spec/.
//
//   node scripts/src/generate.ts                     all packages, in place
//   node scripts/src/generate.ts --package client    one package
//   node scripts/src/generate.ts --out /tmp/x        into another root (used by the freshness check)
import { parseArgs } from 'node:util';
import { writeGenerated } from './generator.ts';
import { repoRoot } from './specs.ts';

const { values } = parseArgs({
  options: { package: { type: 'string', multiple: true }, out: { type: 'string' } },
});

const written = await writeGenerated({ packages: values.package, outRoot: values.out ?? repoRoot });
console.log(`Generated ${written.length} files`);
