import type { components } from '@ai-gateway/validators/bifrost';

type CostBreakdown = components['schemas']['CostBreakdown'];

/** US dollars per million tokens, and a flat charge for models billed per request. */
interface ModelPrice {
  readonly input: number;
  readonly output: number;
  /** Input tokens read from the provider's prompt cache, when they cost less. */
  readonly cachedInput?: number;
  readonly perRequest?: number;
}

/**
 * The price list of the gateway's model catalog, by model name as logged. A model missing here has
 * no known price: its logs carry no cost, which is what `missing_cost_only` finds.
 */
export const modelPrices: Readonly<Record<string, ModelPrice>> = {
  'gpt-4o': { input: 2.5, output: 10, cachedInput: 1.25 },
  'gpt-4o-mini': { input: 0.15, output: 0.6, cachedInput: 0.075 },
  'gpt-4.1': { input: 2, output: 8, cachedInput: 0.5 },
  'o3-mini': { input: 1.1, output: 4.4, cachedInput: 0.55 },
  'gpt-3.5-turbo-instruct': { input: 1.5, output: 2 },
  'text-embedding-3-small': { input: 0.02, output: 0 },
  'gpt-4o-mini-tts': { input: 0.6, output: 12 },
  'gpt-4o-mini-transcribe': { input: 3, output: 5 },
  'gpt-image-1': { input: 5, output: 40 },
  'claude-3-5-sonnet-20241022': { input: 3, output: 15, cachedInput: 0.3 },
  'claude-3-5-haiku-20241022': { input: 0.8, output: 4, cachedInput: 0.08 },
  'anthropic.claude-3-5-sonnet-20241022-v2:0': { input: 3, output: 15 },
  'amazon.titan-embed-text-v2:0': { input: 0.02, output: 0 },
  'gemini-2.0-flash': { input: 0.1, output: 0.4, cachedInput: 0.025 },
  'gemini-1.5-pro': { input: 1.25, output: 5 },
  'mistral-large-latest': { input: 2, output: 6 },
  'command-r-plus': { input: 2.5, output: 10 },
  'rerank-english-v3.0': { input: 0, output: 0, perRequest: 0.002 },
  'llama-3.1-8b-instant': { input: 0.05, output: 0.08 },
};

export interface BilledUsage {
  readonly promptTokens: number;
  readonly completionTokens: number;
  /** Of the prompt tokens, those read from the prompt cache. */
  readonly cachedReadTokens?: number;
}

// Float sums such as 412 × 0.15 / 1e6 pick up noise in the 17th digit; prices are not that exact.
const dollars = (value: number) => Number(value.toPrecision(12));

/** What a request of `model` with this usage costs, or `undefined` when the model has no price. */
export function costOf(model: string, usage: BilledUsage): CostBreakdown | undefined {
  const price = modelPrices[model];
  if (!price) return undefined;
  const cached = Math.min(usage.cachedReadTokens ?? 0, usage.promptTokens);
  const cachedPrice = price.cachedInput ?? price.input;
  const input = dollars(
    ((usage.promptTokens - cached) * price.input + cached * cachedPrice) / 1_000_000,
  );
  const output = dollars((usage.completionTokens * price.output) / 1_000_000);
  const request = price.perRequest ?? 0;
  return {
    input_tokens_cost: input,
    output_tokens_cost: output,
    request_cost: request,
    total_cost: dollars(input + output + request),
  };
}
