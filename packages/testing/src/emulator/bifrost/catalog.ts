// The gateway the seeded logs come from: its provider keys, virtual keys, routing rules and the
// models its callers use. Fixed across seeds, like a gateway's configuration; only traffic varies.

/** A model as callers use it, with the request types it serves and how fast it answers. */
export interface ModelProfile {
  readonly provider: string;
  readonly model: string;
  /** Request types with their relative weights. */
  readonly objects: readonly (readonly [object: string, weight: number])[];
  /** Share of all traffic. */
  readonly weight: number;
  /** Time to the first token, and per generated token, in ms. */
  readonly firstTokenMs: number;
  readonly perTokenMs: number;
  /** Where a failed attempt falls back to, by model name. */
  readonly fallback?: string;
}

const chat: ModelProfile['objects'] = [
  ['chat_completion', 70],
  ['chat_completion_stream', 26],
  ['count_tokens', 4],
];

// biome-ignore format: a table reads best one row a line.
export const models: readonly ModelProfile[] = [
  { provider: 'openai', model: 'gpt-4o-mini', objects: [...chat, ['responses', 12], ['list_models', 1]], weight: 30, firstTokenMs: 280, perTokenMs: 7, fallback: 'claude-3-5-haiku-20241022' },
  { provider: 'openai', model: 'gpt-4o', objects: [...chat, ['responses', 15]], weight: 12, firstTokenMs: 420, perTokenMs: 14, fallback: 'claude-3-5-sonnet-20241022' },
  { provider: 'openai', model: 'gpt-4.1', objects: [['responses', 60], ['chat_completion', 40]], weight: 5, firstTokenMs: 450, perTokenMs: 12, fallback: 'gpt-4o' },
  { provider: 'openai', model: 'o3-mini', objects: [['chat_completion', 80], ['responses', 20]], weight: 3, firstTokenMs: 1900, perTokenMs: 9, fallback: 'gpt-4o' },
  { provider: 'openai', model: 'gpt-3.5-turbo-instruct', objects: [['text_completion', 1]], weight: 1.5, firstTokenMs: 200, perTokenMs: 5 },
  { provider: 'openai', model: 'text-embedding-3-small', objects: [['embedding', 1]], weight: 8, firstTokenMs: 90, perTokenMs: 0 },
  { provider: 'openai', model: 'gpt-4o-mini-tts', objects: [['speech', 1]], weight: 1.2, firstTokenMs: 700, perTokenMs: 1.5 },
  { provider: 'openai', model: 'gpt-4o-mini-transcribe', objects: [['transcription', 1]], weight: 1.2, firstTokenMs: 1100, perTokenMs: 4 },
  { provider: 'openai', model: 'gpt-image-1', objects: [['image_generation', 1]], weight: 1, firstTokenMs: 9000, perTokenMs: 2 },
  { provider: 'anthropic', model: 'claude-3-5-sonnet-20241022', objects: chat, weight: 13, firstTokenMs: 650, perTokenMs: 16, fallback: 'anthropic.claude-3-5-sonnet-20241022-v2:0' },
  { provider: 'anthropic', model: 'claude-3-5-haiku-20241022', objects: chat, weight: 6, firstTokenMs: 380, perTokenMs: 8, fallback: 'gpt-4o-mini' },
  { provider: 'bedrock', model: 'anthropic.claude-3-5-sonnet-20241022-v2:0', objects: chat, weight: 3, firstTokenMs: 800, perTokenMs: 17, fallback: 'claude-3-5-sonnet-20241022' },
  { provider: 'bedrock', model: 'amazon.titan-embed-text-v2:0', objects: [['embedding', 1]], weight: 2, firstTokenMs: 120, perTokenMs: 0 },
  { provider: 'gemini', model: 'gemini-2.0-flash', objects: chat, weight: 5, firstTokenMs: 300, perTokenMs: 5, fallback: 'gpt-4o-mini' },
  { provider: 'gemini', model: 'gemini-1.5-pro', objects: chat, weight: 1.5, firstTokenMs: 900, perTokenMs: 13, fallback: 'gpt-4o' },
  { provider: 'mistral', model: 'mistral-large-latest', objects: chat, weight: 2, firstTokenMs: 500, perTokenMs: 11, fallback: 'gpt-4o' },
  { provider: 'cohere', model: 'command-r-plus', objects: [['chat_completion', 1]], weight: 1, firstTokenMs: 600, perTokenMs: 12 },
  { provider: 'cohere', model: 'rerank-english-v3.0', objects: [['rerank', 1]], weight: 2, firstTokenMs: 160, perTokenMs: 0 },
  { provider: 'groq', model: 'llama-3.1-8b-instant', objects: chat, weight: 2, firstTokenMs: 120, perTokenMs: 1.2, fallback: 'gpt-4o-mini' },
  // A custom provider whose model is missing from the price list: its rows have no cost.
  { provider: 'acme-vllm', model: 'qwen2.5-72b-instruct', objects: chat, weight: 1.5, firstTokenMs: 700, perTokenMs: 20, fallback: 'gpt-4o' },
];

export interface ProviderKey {
  readonly id: string;
  readonly name: string;
  readonly provider: string;
  readonly weight: number;
  /** The secret as the server shows it: redacted. */
  readonly value: string;
}

// biome-ignore format: a table reads best one row a line.
export const providerKeys: readonly ProviderKey[] = [
  { provider: 'openai', id: '2b6f0e84-3d1c-4a97-8e25-f7c90b1d4a63', name: 'openai-primary', weight: 0.7, value: 'sk-p******************************Xk2Q' },
  { provider: 'openai', id: 'c41f9a07-5e3b-4d82-b6a1-0e7d9f2c5b38', name: 'openai-batch', weight: 0.3, value: 'sk-p******************************7fLe' },
  { provider: 'anthropic', id: '9a4c7e21-6b0d-4f58-a3e9-1c8d52f07b46', name: 'anthropic-prod', weight: 0.8, value: 'sk-a******************************qM3w' },
  { provider: 'anthropic', id: 'f0b3d8e6-21a7-4c95-8d4e-6a1f7c3b9e02', name: 'anthropic-backup', weight: 0.2, value: 'sk-a******************************Z8uT' },
  { provider: 'bedrock', id: '5e1b8d3a-7f24-4c60-9a1e-b3d6f0c82e95', name: 'bedrock-us-east-1', weight: 1, value: 'AKIA************3QXV' },
  { provider: 'gemini', id: '7d2e6f19-4a8c-4b3e-9f07-c5a1d8e2b6f4', name: 'gemini-main', weight: 1, value: 'AIza*******************************b2Yk' },
  { provider: 'mistral', id: '3c8a1e5f-9b2d-4e76-a0f3-d7b4c6e19a85', name: 'mistral-eu', weight: 1, value: 'mist*************************9dQa' },
  { provider: 'cohere', id: 'e6f2a9d4-0c7b-4185-b3e9-8a5d1f4c7b20', name: 'cohere-prod', weight: 1, value: 'co-*************************h4Rn' },
  { provider: 'groq', id: 'a9d5c3b7-6e1f-4f28-8c4a-2b7e0d9f3a61', name: 'groq-main', weight: 1, value: 'gsk_*************************p0Vs' },
  { provider: 'acme-vllm', id: 'b2e7f4a1-8d3c-4a69-9e5b-0f6c1d8a4e73', name: 'acme-vllm-cluster', weight: 1, value: 'acme*********************1sGd' },
];

export interface RoutingRule {
  readonly id: string;
  readonly name: string;
  /** The model requests it catches, and the one it sends them to. */
  readonly from: string;
  readonly to: string;
}

// biome-ignore format: a table reads best one row a line.
export const routingRules: readonly RoutingRule[] = [
  { id: '8b2e5c71-4d9a-4f36-a0c8-e71f3b6d2a94', name: 'long-context-to-bedrock', from: 'claude-3-5-sonnet-20241022', to: 'anthropic.claude-3-5-sonnet-20241022-v2:0' },
  { id: '4f7a2d9e-1b6c-4e83-95d0-a3c8e6f21b47', name: 'batch-to-mini', from: 'gpt-4o', to: 'gpt-4o-mini' },
  { id: 'd1c6e8b3-7a4f-4b29-8e05-5f9a2c7d3e16', name: 'eu-residency-to-mistral', from: 'gpt-4o-mini', to: 'mistral-large-latest' },
];

export interface VirtualKey {
  readonly id: string;
  readonly name: string;
  readonly value: string;
  readonly weight: number;
  readonly team: string;
  /** Routing rules that apply to its requests, and how often their condition holds. */
  readonly rules: readonly (readonly [ruleName: string, share: number])[];
  /** Whether the semantic cache answers for it (its finished chat rows carry `cache_debug`). */
  readonly cache: boolean;
  /** Whether the gateway keeps raw request and response bodies for it. */
  readonly rawBodies: boolean;
}

// biome-ignore format: a table reads best one row a line.
export const virtualKeys: readonly VirtualKey[] = [
  { id: '0d7a3f96-2e4b-4c18-8f5a-6b9e1c3d7a20', name: 'support-bot', value: 'sk-bf-****************************3e1c', weight: 35, team: 'support', rules: [['long-context-to-bedrock', 0.25]], cache: true, rawBodies: false },
  { id: '6e9b2f4d-8c1a-4d57-b0e3-7a5f9c2d8b14', name: 'internal-tools', value: 'sk-bf-****************************a97d', weight: 20, team: 'platform', rules: [], cache: false, rawBodies: true },
  { id: '1f4c8a6e-3d9b-4e72-a5f0-b8c2e7d4a913', name: 'data-pipeline', value: 'sk-bf-****************************5b0e', weight: 15, team: 'data', rules: [['batch-to-mini', 0.6]], cache: false, rawBodies: false },
  { id: '9c3e7b1a-5f2d-4a86-8b4e-d6a0f3c9e752', name: 'mobile-app', value: 'sk-bf-****************************c2f8', weight: 15, team: 'mobile', rules: [['eu-residency-to-mistral', 0.2]], cache: true, rawBodies: false },
];

/** Share of requests made without a virtual key (straight to the gateway). */
export const noVirtualKeyWeight = 15;
