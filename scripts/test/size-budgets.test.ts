import { describe, expect, it } from 'vitest';
import { budgets, measure } from '../src/bundle-size.ts';

// Sizes of what an application bundles (min+gzip), measured on the built packages.
describe('size budgets', () => {
  it.each(budgets.map((entry) => [entry.name, entry] as const))('%s', async (_, entry) => {
    const { initial } = await measure(entry);
    expect(initial, `${(initial / 1000).toFixed(1)} kB`).toBeGreaterThan(0);
    expect(initial / 1000).toBeLessThanOrEqual(entry.budgetKb as number);
  });

  // The response validators sit behind a dynamic import: they load, lazily, only when used.
  it.each(['cloudflare', 'bifrost'])(
    'keeps response validation out of the first load of the %s client',
    async (api) => {
      const client = budgets.find((entry) => entry.name.endsWith(`${api} — the whole client`));
      const responses = budgets.find((entry) => entry.name.endsWith(`${api}/responses`));
      if (!client || !responses) throw new Error(`No size budget for the ${api} client`);
      const [{ lazy }, validators] = await Promise.all([measure(client), measure(responses)]);
      // Less than the whole entry: the runtime they share is loaded first.
      expect(lazy).toBeGreaterThan(validators.initial * 0.75);
    },
  );
});
