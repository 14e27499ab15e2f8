// What the seeded requests say: prompts and answers by kind of request, and the errors providers
// and the gateway answer with. Plain data, picked by the seed.
import type { components } from '@ai-gateway/validators/bifrost';

type BifrostError = components['schemas']['BifrostError'];

export interface Conversation {
  readonly system?: string;
  readonly user: string;
  readonly assistant: string;
}

export const conversations: readonly Conversation[] = [
  {
    system: 'You are a concise support assistant for Acme Cloud.',
    user: 'How do I rotate the API key of my staging project?',
    assistant:
      'Open Settings → API keys in the staging project, choose Rotate next to the key, then update your deployments with the new value before the old key expires (24 hours later).',
  },
  {
    system: 'You are a concise support assistant for Acme Cloud.',
    user: 'Why was my invoice for October higher than usual?',
    assistant:
      'Your October invoice includes 1.8 TB of egress above the free tier and a pro-rated upgrade to the Team plan on 14 October. The usage page breaks both down by day.',
  },
  {
    system: 'You are a concise support assistant for Acme Cloud.',
    user: 'Can I get a refund for the unused months of my annual plan?',
    assistant:
      'Annual plans can be refunded pro rata within 30 days of renewal. After that, unused months can be converted to credit. I can open the request for you.',
  },
  {
    system: 'You are a concise support assistant for Acme Cloud.',
    user: 'My deployment is stuck in "pending" for 20 minutes, what should I check?',
    assistant:
      'Check the build log for a failed health check first; most stuck deployments wait on a port that the app never opens. Then confirm the region has capacity on the status page.',
  },
  {
    system: 'You are a senior engineer reviewing code. Be direct.',
    user:
      'Review this SQL: SELECT * FROM orders WHERE customer_id = ' +
      "'" +
      '42' +
      "'" +
      ' ORDER BY created_at',
    assistant:
      'Select only the columns you need, compare customer_id as an integer so the index is used, and add LIMIT if this feeds a page. An index on (customer_id, created_at) serves both the filter and the order.',
  },
  {
    system: 'You are a senior engineer reviewing code. Be direct.',
    user: 'Is it safe to retry a POST that timed out?',
    assistant:
      'Only if the endpoint is idempotent or you send an idempotency key. Otherwise a retry after a timeout can create the resource twice, because the first request may have succeeded.',
  },
  {
    system: 'You are a senior engineer reviewing code. Be direct.',
    user: 'Write a TypeScript function that debounces another function.',
    assistant:
      'function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number) {\n  let timer: ReturnType<typeof setTimeout> | undefined;\n  return (...args: A) => {\n    clearTimeout(timer);\n    timer = setTimeout(() => fn(...args), ms);\n  };\n}',
  },
  {
    user: 'Summarise the attached incident timeline in five bullet points.',
    assistant:
      '- 09:12 error rate on checkout rose to 14%\n- 09:15 on-call paged, rollback started\n- 09:21 rollback complete, errors back to baseline\n- 09:40 root cause: a missing database index in release 3.18\n- 10:05 index added, release re-deployed',
  },
  {
    user: 'Translate to German: "Your order has shipped and will arrive on Thursday."',
    assistant: 'Ihre Bestellung wurde versandt und trifft am Donnerstag ein.',
  },
  {
    user: 'Draft a polite reply declining a meeting on Friday afternoon.',
    assistant:
      'Thank you for the invitation. Unfortunately I am not available on Friday afternoon. Could we find a slot early next week instead?',
  },
  {
    system: 'Extract structured data. Answer with JSON only.',
    user: 'Invoice INV-20931 from Northwind Traders, due 2026-12-15, total EUR 4,180.00',
    assistant:
      '{"invoice_number":"INV-20931","vendor":"Northwind Traders","due_date":"2026-12-15","currency":"EUR","total":4180}',
  },
  {
    system: 'Extract structured data. Answer with JSON only.',
    user: 'Classify the sentiment of: "The new dashboard is slow and the export button is gone."',
    assistant: '{"sentiment":"negative","topics":["performance","export"]}',
  },
  {
    user: 'What is the difference between p50 and p99 latency?',
    assistant:
      'p50 is the median: half the requests are faster. p99 is the value only 1% of requests exceed, so it shows the slow tail that averages hide.',
  },
  {
    user: 'Give me three names for an internal tool that tracks GPU quotas.',
    assistant: 'QuotaLens, GPU Ledger and Slotwise.',
  },
  {
    system: 'You answer questions about the employee handbook.',
    user: 'How many days of parental leave do we get?',
    assistant:
      'The handbook grants 16 weeks of paid parental leave to every parent, to be taken within the first year.',
  },
  {
    system: 'You answer questions about the employee handbook.',
    user: 'Can I expense a standing desk for working from home?',
    assistant:
      'Yes: home-office equipment up to EUR 600 per year can be expensed with a receipt, standing desks included.',
  },
];

export const documents: readonly string[] = [
  'Acme Cloud regions: eu-west-1 (Dublin), eu-central-1 (Frankfurt), us-east-1 (Virginia).',
  'Refund policy: annual plans are refundable pro rata within 30 days of renewal.',
  'To rotate an API key, open Settings, then API keys, and choose Rotate.',
  'Egress above 1 TB per month is billed at USD 0.08 per GB.',
  'Support hours are 08:00 to 20:00 CET on working days; enterprise plans include 24/7 support.',
  'Deployments fail the health check when the app does not listen on the configured port.',
];

export const rerankQueries: readonly string[] = [
  'how do I get a refund',
  'which regions are in Europe',
  'why did my deployment fail',
  'what does egress cost',
];

export const speechTexts: readonly string[] = [
  'Thank you for calling Acme Cloud support. Your ticket number is 4 8 1 9.',
  'Your deployment to eu-west-1 finished successfully.',
  'Welcome back. You have three unread notifications.',
];

export const transcripts: readonly string[] = [
  'Hi, I am calling about my invoice, the amount looks higher than last month.',
  'The deployment has been pending for a while, can someone take a look?',
  'I would like to upgrade our plan to the team tier.',
];

export const imagePrompts: readonly string[] = [
  'A flat illustration of a cloud server rack with a friendly robot, pastel colours',
  'Product photo of a matte black coffee mug on a wooden desk, soft morning light',
  'Isometric diagram of a data pipeline with three stages, minimal style',
];

/** An error that ended an attempt, as a function of what was asked. */
export type ErrorMaker = (provider: string, model: string, object: string) => BifrostError;

const extra = (provider: string, model: string, object: string) => ({
  provider,
  original_model_requested: model,
  resolved_model_used: model,
  request_type: object,
});

export const providerErrors: readonly (readonly [weight: number, make: ErrorMaker])[] = [
  [
    30,
    (provider, model, object) => ({
      is_bifrost_error: false,
      status_code: 429,
      error:
        provider === 'anthropic'
          ? {
              type: 'rate_limit_error',
              message:
                "This request would exceed your organization's rate limit of 80,000 input tokens per minute. Please reduce the prompt length or try again later.",
            }
          : {
              type: 'tokens',
              code: 'rate_limit_exceeded',
              message: `Rate limit reached for ${model} on tokens per min (TPM): Limit 2000000, Used 1998421, Requested 6144. Please try again in 140ms.`,
            },
      extra_fields: extra(provider, model, object),
    }),
  ],
  [
    14,
    (provider, model, object) => ({
      is_bifrost_error: false,
      status_code: 400,
      error: {
        type: 'invalid_request_error',
        code: 'context_length_exceeded',
        param: 'messages',
        message:
          "This model's maximum context length is 128000 tokens. However, your messages resulted in 131072 tokens. Please reduce the length of the messages.",
      },
      extra_fields: extra(provider, model, object),
    }),
  ],
  [
    16,
    (provider, model, object) => ({
      is_bifrost_error: false,
      status_code: provider === 'anthropic' ? 529 : 503,
      error:
        provider === 'anthropic'
          ? { type: 'overloaded_error', message: 'Overloaded' }
          : { type: 'server_error', message: 'The server is overloaded or not ready yet.' },
      extra_fields: extra(provider, model, object),
    }),
  ],
  [
    8,
    (provider, model, object) => ({
      is_bifrost_error: false,
      status_code: 500,
      error: {
        type: 'api_error',
        message: 'The server had an error while processing your request. Sorry about that!',
      },
      extra_fields: extra(provider, model, object),
    }),
  ],
  [
    4,
    (provider, model, object) => ({
      is_bifrost_error: false,
      status_code: 401,
      error: {
        type: 'authentication_error',
        code: 'invalid_api_key',
        message: 'Incorrect API key provided.',
      },
      extra_fields: extra(provider, model, object),
    }),
  ],
  [
    10,
    (provider, model, object) => ({
      is_bifrost_error: true,
      status_code: 504,
      error: { message: 'request timed out after 30s', error: 'context deadline exceeded' },
      extra_fields: extra(provider, model, object),
    }),
  ],
  [
    6,
    (provider, model, object) => ({
      is_bifrost_error: true,
      status_code: 429,
      type: 'rate_limited',
      error: {
        type: 'rate_limited',
        message: 'virtual key request rate limit exceeded: 600 requests per minute',
      },
      extra_fields: extra(provider, model, object),
    }),
  ],
  [
    4,
    (provider, model, object) => ({
      is_bifrost_error: true,
      status_code: 402,
      type: 'budget_exceeded',
      error: {
        type: 'budget_exceeded',
        message: 'virtual key budget exceeded: USD 500.00 per month',
      },
      extra_fields: extra(provider, model, object),
    }),
  ],
];
