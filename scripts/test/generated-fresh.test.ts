import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSpecs, renderAll, staleFiles, writeGenerated } from '../src/generator.ts';
import { repoRoot } from '../src/specs.ts';

/** The lines only one of two texts has, counted with repeats: a diff's added and removed lines. */
function changedLines(before: string, after: string): string[] {
  const counts = new Map<string, number>();
  for (const line of before.split('\n')) counts.set(line, (counts.get(line) ?? 0) + 1);
  const added: string[] = [];
  for (const line of after.split('\n')) {
    const left = counts.get(line) ?? 0;
    if (left > 0) counts.set(line, left - 1);
    else added.push(line);
  }
  const removed = [...counts].flatMap(([line, count]) => Array<string>(count).fill(line));
  return [...added, ...removed];
}

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
    // The pagination schema is shared by the list responses, so its checks sit in shared modules.
    expect(stale[0]).toBe(
      'packages/testing/src/generated/specs/bifrost-logs.openapi.yaml (differs from the spec)',
    );
    expect(stale.length).toBeGreaterThan(1);
    for (const path of stale.slice(1)) {
      expect(path).toMatch(
        /^packages\/validators\/src\/generated\/bifrost\/compiled-responses\/[\w-]+\.ts \(differs from the spec\)$/,
      );
    }
  });

  it('changes a few short lines when a field is added to a schema', async () => {
    const specs = loadSpecs();
    specs.cloudflare.components.schemas.Gateway.properties.review_note = {
      type: 'string',
      maxLength: 200,
    };
    const [before, after] = await Promise.all([renderAll(), renderAll(undefined, specs)]);
    const changed = [...after].flatMap(([path, contents]) =>
      changedLines(before.get(path) ?? '', contents).map((line) => ({ path, line })),
    );
    // The field's type, its checks in the validators that reach Gateway, and the mock's spec copy.
    const folder = 'packages/validators/src/generated/cloudflare';
    for (const { path } of changed) {
      expect(path).toMatch(
        /^packages\/(testing\/src\/generated\/specs\/cloudflare|validators\/src\/generated\/cloudflare\/(types\.ts$|compiled-responses\/))/,
      );
    }
    expect(
      changed.filter((c) => c.path === `${folder}/types.ts`).map((c) => c.line.trim()),
    ).toEqual(['review_note?: string;']);
    // About 80 today: the field's checks in the two validators that reach Gateway, and the error
    // constants after them renumbered. One unformatted module would be one line of megabytes.
    expect(changed.length).toBeLessThanOrEqual(120);
    for (const { line } of changed) expect(line.length).toBeLessThanOrEqual(120);
  });

  it('is the same on every run', async () => {
    const [first, second] = [await renderAll(), await renderAll()];
    expect([...second.entries()]).toEqual([...first.entries()]);
  });
});
