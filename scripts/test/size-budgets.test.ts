import { describe, expect, it } from 'vitest';
import { budgets, measure } from '../src/bundle-size.ts';

// Sizes of what an application bundles (min+gzip), measured on the built packages.
describe('size budgets', () => {
  it.each(budgets.map((entry) => [entry.name, entry] as const))('%s', async (_, entry) => {
    const { initial } = await measure(entry);
    expect(initial, `${(initial / 1000).toFixed(1)} kB`).toBeGreaterThan(0);
    expect(initial / 1000).toBeLessThanOrEqual(entry.budgetKb as number);
  });

  it('keeps response validation out of the first load of a client', async () => {
    const { initial, lazy } = await measure(budgets[1] as (typeof budgets)[number]);
    expect(lazy).toBeGreaterThan(initial / 2);
  });
});
