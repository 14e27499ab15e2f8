// What the seeded traffic is made of: the models teams call through a gateway (with the provider
// path and request type each one logs), and how often requests fail, come from which SDK, and get
// feedback. Weights are relative.
import type { PayloadFormat } from './log-payloads.ts';

export interface ModelRoute {
  readonly provider: string;
  readonly model: string;
  readonly modelType: string;
  readonly path: string;
  readonly requestType: string;
  readonly format: PayloadFormat;
  readonly weight: number;
}

const chat = (provider: string, model: string, path: string, weight: number): ModelRoute => ({
  provider,
  model,
  modelType: 'chat',
  path,
  requestType: 'chat.completions',
  format: 'openai',
  weight,
});

export const catalogue: readonly ModelRoute[] = [
  chat('openai', 'gpt-4o-mini', 'chat/completions', 30),
  chat('openai', 'gpt-4o', 'chat/completions', 8),
  chat('openai', 'gpt-4.1-mini', 'chat/completions', 6),
  {
    provider: 'openai',
    model: 'text-embedding-3-small',
    modelType: 'embeddings',
    path: 'embeddings',
    requestType: 'embeddings',
    format: 'openai-embeddings',
    weight: 6,
  },
  ...['claude-3-5-sonnet-20241022', 'claude-3-5-haiku-20241022'].map((model, i) => ({
    provider: 'anthropic',
    model,
    modelType: 'chat',
    path: 'v1/messages',
    requestType: 'messages',
    format: 'anthropic' as const,
    weight: i === 0 ? 14 : 6,
  })),
  {
    provider: 'workers-ai',
    model: '@cf/meta/llama-3.1-8b-instruct',
    modelType: 'text-generation',
    path: '@cf/meta/llama-3.1-8b-instruct',
    requestType: 'text-generation',
    format: 'workers-ai',
    weight: 10,
  },
  ...['gemini-2.0-flash', 'gemini-1.5-flash'].map((model, i) => ({
    provider: 'google-ai-studio',
    model,
    modelType: 'chat',
    path: `v1beta/models/${model}:generateContent`,
    requestType: 'generateContent',
    format: 'google' as const,
    weight: i === 0 ? 6 : 3,
  })),
  chat('groq', 'llama-3.3-70b-versatile', 'openai/v1/chat/completions', 5),
  chat('mistral', 'mistral-small-latest', 'v1/chat/completions', 3),
];

export const statuses = [
  { status: 200, weight: 880 },
  { status: 400, weight: 25 },
  { status: 401, weight: 10 },
  { status: 429, weight: 45 },
  { status: 500, weight: 20 },
  { status: 502, weight: 8 },
  { status: 503, weight: 12 },
];

export const userAgents: Readonly<Record<PayloadFormat, readonly string[]>> = {
  openai: ['OpenAI/JS 4.77.0', 'OpenAI/Python 1.59.7'],
  'openai-embeddings': ['OpenAI/Python 1.59.7'],
  anthropic: ['Anthropic/JS 0.33.1', 'Anthropic/Python 0.42.0'],
  'workers-ai': ['workers-ai-binding', 'curl/8.7.1'],
  google: ['google-genai-sdk/0.8.0 gl-python/3.12.4', 'python-httpx/0.27.2'],
};

export const users = Array.from(
  { length: 48 },
  (_, i) => `u_${String(10_000 + i * 1_931).slice(-5)}`,
);

export const feedbackMix = [
  { value: 1, weight: 55 },
  { value: -1, weight: 30 },
  { value: 0, weight: 15 },
];
