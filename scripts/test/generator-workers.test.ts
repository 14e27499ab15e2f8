import { describe, expect, it } from 'vitest';
import { loadSpecs, renderAll } from '../src/generator.ts';

describe('generation in worker threads', () => {
  it('renders the same files, in the same order, as every target in one thread', async () => {
    const specs = loadSpecs();
    const inWorkers = await renderAll(undefined, specs);
    const inOneThread = await renderAll(undefined, specs, { workers: false });
    expect([...inWorkers.keys()]).toEqual([...inOneThread.keys()]);
    for (const [path, contents] of inOneThread) expect(inWorkers.get(path), path).toBe(contents);
  });

  it('says when each phase ended, each target generated before it was formatted', async () => {
    const timings = new Map<string, number>();
    await renderAll(['client', 'validators'], loadSpecs(), { timings });
    expect([...timings.keys()].sort()).toEqual([
      'packages/client formatted',
      'packages/client generated',
      'packages/validators formatted',
      'packages/validators generated',
      'specs read',
    ]);
    const at = (phase: string) => timings.get(phase) as number;
    for (const pkg of ['packages/client', 'packages/validators']) {
      expect(at(`${pkg} generated`)).toBeGreaterThan(at('specs read'));
      expect(at(`${pkg} formatted`)).toBeGreaterThanOrEqual(at(`${pkg} generated`));
    }
  });

  it('fails with the error of a target that fails in its worker', async () => {
    const specs = loadSpecs();
    specs.bifrost.components.schemas.LogEntry.properties.id.format = 'no-such-format';
    await expect(renderAll(['validators'], specs)).rejects.toThrow(
      'bifrost: format "no-such-format" has no validator in runtime/formats.ts',
    );
  });
});
