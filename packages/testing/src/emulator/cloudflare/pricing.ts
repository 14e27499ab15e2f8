// What the gateway charges per model, so that a seeded log's cost follows from its tokens the way
// the real service computes it (the spec's examples use these prices: 538 in + 251 out on
// gpt-4o-mini is $0.000231). Prices are list prices in USD per million tokens.

export interface ModelPrice {
  readonly input: number;
  readonly output: number;
}

export const modelPrices: Readonly<Record<string, ModelPrice>> = {
  'gpt-4o-mini': { input: 0.15, output: 0.6 },
  'gpt-4o': { input: 2.5, output: 10 },
  'gpt-4.1-mini': { input: 0.4, output: 1.6 },
  'text-embedding-3-small': { input: 0.02, output: 0 },
  'claude-3-5-sonnet-20241022': { input: 3, output: 15 },
  'claude-3-5-haiku-20241022': { input: 0.8, output: 4 },
  '@cf/meta/llama-3.1-8b-instruct': { input: 0.282, output: 0.827 },
  '@cf/baai/bge-base-en-v1.5': { input: 0.067, output: 0 },
  'gemini-2.0-flash': { input: 0.1, output: 0.4 },
  'gemini-1.5-flash': { input: 0.075, output: 0.3 },
  'llama-3.3-70b-versatile': { input: 0.59, output: 0.79 },
  'mistral-small-latest': { input: 0.2, output: 0.6 },
};

/** Rounded well below a cent's millionth, so that sums and comparisons do not see float noise. */
const roundCost = (usd: number) => Math.round(usd * 1e10) / 1e10;

/** The cost of a request that reached the provider; 0 for an unknown model, as the gateway reports. */
export function costOf(model: string, tokensIn: number | null, tokensOut: number | null): number {
  const price = modelPrices[model];
  if (!price) return 0;
  return roundCost(((tokensIn ?? 0) * price.input + (tokensOut ?? 0) * price.output) / 1e6);
}
