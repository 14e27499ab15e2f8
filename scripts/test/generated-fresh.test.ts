import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSpecs, renderAll, staleFiles, writeGenerated } from '../src/generator.ts';
import { repoRoot } from '../src/specs.ts';

describe('generated code', () => {
  const scratch = mkdtemp(join(tmpdir(), 'ai-gateway-generate-'));
  afterAll(async () => rm(await scratch, { recursive: true, force: true }));

  it('is what the specs produce (run `pnpm generate` and commit if this fails)', async () => {
    const root = await scratch;
    await writeGenerated({ outRoot: root });
    const stale = await staleFiles(await renderAll(), repoRoot);
    expect(stale).toEqual([]);
    // Writing and rendering agree, so the check compares what `pnpm generate` really writes.
    expect(await staleFiles(await renderAll(), root)).toEqual([]);
  });

  it('names the files a spec edit makes stale', async () => {
    const specs = loadSpecs();
    specs.bifrost.components.schemas.LogsPagination.properties.limit.maximum = 5000;
    const stale = await staleFiles(await renderAll(undefined, specs), repoRoot);
    expect(stale).toEqual([
      'packages/testing/src/generated/specs/bifrost-logs.openapi.yaml (differs from the spec)',
      'packages/validators/src/generated/bifrost/compiled-responses.ts (differs from the spec)',
    ]);
  });

  it('is the same on every run', async () => {
    const [first, second] = [await renderAll(), await renderAll()];
    expect([...second.entries()]).toEqual([...first.entries()]);
  });
});
