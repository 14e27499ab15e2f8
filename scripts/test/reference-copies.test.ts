import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiNames, repoRoot, specFiles } from '../src/specs.ts';

// The vendor documents are kept in the repository so the checks run anywhere; where the
// upstream copies sit next to the checkout, ours must be identical to them.
const upstreamFolder = new URL('../shared/reference/', `file://${repoRoot}`);

describe.skipIf(!existsSync(upstreamFolder))('vendor reference copies', () => {
  it.each(apiNames)('%s copy is identical to the upstream document', (api) => {
    const file = specFiles[api].reference;
    const upstream = new URL(file.split('/').at(-1) as string, upstreamFolder);
    const local = new URL(file, `file://${repoRoot}`);
    expect(readFileSync(local, 'utf8')).toBe(readFileSync(upstream, 'utf8'));
  });
});
