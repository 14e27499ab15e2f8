// What a seeded account is made of: the built-in evaluators, and the datasets, evaluations,
// routing graphs and provider keys a team running AI traffic through Cloudflare would set up.
// Providers and models are the ones the seeded logs use, so that dataset filters select logs.
import type { components } from '@ai-gateway/validators/cloudflare';
import type { EvaluationType } from './store.ts';

type Schemas = components['schemas'];
type Element = Schemas['DynamicRouteElement'];
type DatasetFilter = Schemas['DatasetFilter'];

const weekMs = 7 * 86_400_000;

/** Cloudflare's built-in evaluators, as the spec lists them; added weeks before the seeded data. */
export function builtInEvaluationTypes(now: Date): EvaluationType[] {
  const at = (weeksAgo: number) => new Date(now.getTime() - weeksAgo * weekMs).toISOString();
  const builtIn = (
    id: string,
    name: string,
    description: string,
    mandatory: boolean,
    added: number,
    changed = added,
  ) => ({
    id,
    name,
    type: name.toLowerCase(),
    description,
    mandatory,
    enable: true,
    created_at: at(added),
    modified_at: at(changed),
  });
  return [
    builtIn(
      '2f8c1d6e-4b7a-4e9d-8c3f-0a5b7d9e1f24',
      'Cost',
      'Average and total cost of the requests in the selected datasets.',
      true,
      42,
    ),
    builtIn(
      '7a3e9b0c-1d5f-4c8e-a2b6-9f4d0e7c3a15',
      'Speed',
      'Average end-to-end latency of the requests in the selected datasets.',
      true,
      42,
    ),
    builtIn(
      'c1d4f7a2-8e3b-4f6c-9d0a-5b2e8c1f4d37',
      'Performance',
      'Share of positive human feedback on the requests in the selected datasets.',
      false,
      39,
      28,
    ),
  ];
}

export interface GatewayTemplate {
  readonly id: string;
  /** Production traffic: authentication, rate limits, retries, keys; otherwise a scratch gateway. */
  readonly production: boolean;
}

export const gatewayTemplates: readonly GatewayTemplate[] = [
  { id: 'support-bot-prod', production: true },
  { id: 'docs-search', production: true },
  { id: 'checkout-assistant', production: true },
  { id: 'sales-copilot-prod', production: true },
  { id: 'code-review', production: true },
  { id: 'support-bot-staging', production: false },
  { id: 'internal-tools', production: false },
  { id: 'data_enrichment-dev', production: false },
  { id: 'eval-sandbox', production: false },
];

const filter = (
  key: DatasetFilter['key'],
  operator: DatasetFilter['operator'],
  ...value: DatasetFilter['value']
) => ({ key, operator, value });

export const datasetTemplates: readonly { name: string; filters: DatasetFilter[] }[] = [
  {
    name: 'OpenAI failures',
    filters: [filter('provider', 'eq', 'openai'), filter('success', 'eq', false)],
  },
  {
    name: 'Expensive Claude calls',
    filters: [filter('model', 'eq', 'claude-3-5-sonnet-20241022'), filter('cost', 'gt', 0.005)],
  },
  { name: 'Workers AI traffic', filters: [filter('provider', 'eq', 'workers-ai')] },
  { name: 'Slow responses', filters: [filter('duration', 'gt', 4000)] },
  { name: 'Cache hits', filters: [filter('cached', 'eq', true)] },
  { name: 'Negative feedback', filters: [filter('feedback', 'eq', -1)] },
  { name: 'Long prompts', filters: [filter('tokens_in', 'gt', 2000)] },
  { name: 'Gemini and Groq', filters: [filter('provider', 'eq', 'google-ai-studio', 'groq')] },
  { name: 'GPT-4o family', filters: [filter('model', 'contains', 'gpt-4o')] },
];

export const evaluationNames = [
  'Weekly cost review',
  'Claude cost and latency review',
  'Failure cost',
  'Latency check before launch',
  'Feedback audit',
];

const ref = (elementId: string) => ({ elementId });
const start = (next: string): Element => ({
  id: 'start',
  type: 'start',
  outputs: { next: ref(next) },
});
const end: Element = { id: 'end', type: 'end', outputs: {} };
const model = (
  id: string,
  provider: string,
  name: string,
  timeout: number,
  retries: number,
  fallback = 'end',
): Element => ({
  id,
  type: 'model',
  properties: { provider, model: name, timeout, retries },
  outputs: { success: ref('end'), fallback: ref(fallback) },
});
const rate = (
  id: string,
  key: string,
  limitType: 'count' | 'cost',
  limit: number,
  window: number,
  success: string,
  fallback: string,
): Element => ({
  id,
  type: 'rate',
  properties: { key, limitType, limit, window },
  outputs: { success: ref(success), fallback: ref(fallback) },
});

/** Routing graphs, each as the versions it went through, oldest first. */
export const routeTemplates: readonly { name: string; versions: Element[][] }[] = [
  {
    name: 'support-fallback',
    versions: [
      [start('primary'), model('primary', 'openai', 'gpt-4o-mini', 30000, 2), end],
      [
        start('primary'),
        model('primary', 'openai', 'gpt-4o-mini', 30000, 2, 'backup'),
        model('backup', 'anthropic', 'claude-3-5-sonnet-20241022', 45000, 1),
        end,
      ],
      [
        start('per-user-limit'),
        rate('per-user-limit', 'metadata.user_id', 'count', 200, 3600, 'primary', 'budget'),
        model('primary', 'openai', 'gpt-4o-mini', 30000, 2, 'backup'),
        model('backup', 'anthropic', 'claude-3-5-sonnet-20241022', 45000, 1),
        model('budget', 'workers-ai', '@cf/meta/llama-3.1-8b-instruct', 20000, 1),
        end,
      ],
    ],
  },
  {
    name: 'premium-ab-test',
    versions: [
      [
        start('is-premium'),
        {
          id: 'is-premium',
          type: 'conditional',
          properties: { conditions: { 'metadata.plan': { $eq: 'premium' } } },
          outputs: { true: ref('ab-split'), false: ref('budget') },
        },
        { id: 'ab-split', type: 'percentage', outputs: { '20': ref('gpt'), '80': ref('claude') } },
        model('claude', 'anthropic', 'claude-3-5-sonnet-20241022', 45000, 1, 'gpt'),
        model('gpt', 'openai', 'gpt-4o-mini', 30000, 2),
        model('budget', 'workers-ai', '@cf/meta/llama-3.1-8b-instruct', 20000, 1),
        end,
      ],
    ],
  },
  {
    name: 'team-cost-guard',
    versions: [
      [
        start('team-budget'),
        rate('team-budget', 'metadata.team', 'cost', 25, 86400, 'fast', 'cheap'),
        model('fast', 'anthropic', 'claude-3-5-haiku-20241022', 30000, 1, 'cheap'),
        model('cheap', 'workers-ai', '@cf/meta/llama-3.1-8b-instruct', 20000, 0),
        end,
      ],
      [
        start('team-budget'),
        rate('team-budget', 'metadata.team', 'cost', 50, 86400, 'fast', 'cheap'),
        model('fast', 'google-ai-studio', 'gemini-2.0-flash', 30000, 1, 'cheap'),
        model('cheap', 'workers-ai', '@cf/meta/llama-3.1-8b-instruct', 20000, 0),
        end,
      ],
    ],
  },
];

/** Providers whose keys a gateway stores, with the shape of their keys. */
export const providerKeys: readonly { provider: string; prefix: string; length: number }[] = [
  { provider: 'openai', prefix: 'sk-proj-', length: 48 },
  { provider: 'anthropic', prefix: 'sk-ant-api03-', length: 40 },
  { provider: 'google-ai-studio', prefix: 'AIza', length: 35 },
  { provider: 'groq', prefix: 'gsk_', length: 52 },
  { provider: 'mistral', prefix: '', length: 32 },
];
