// The request and response payloads of one seeded log, by request type, with the usage they
// report and the content summary the server keeps for `content_search`.
import { conversations } from './content.ts';
import type { Draw } from './draw.ts';
import { mediaPayload } from './media-payloads.ts';
import type { BilledUsage } from './pricing.ts';
import type { LogEntry } from './store.ts';

export interface Usage extends BilledUsage {
  readonly reasoningTokens?: number;
  /** Which kind of tokens the prompt and completion are. */
  readonly promptKind?: 'text_tokens' | 'audio_tokens';
  readonly completionKind?: 'text_tokens' | 'audio_tokens' | 'image_tokens';
}

export interface Payload {
  /** What the caller sent: on every row, list rows trimmed. */
  readonly request: Partial<LogEntry>;
  /** What the provider answered: on finished successful rows only. */
  readonly response: Partial<LogEntry>;
  /** The provider's bodies as JSON text, for gateways that keep them. */
  readonly rawRequest: string;
  readonly rawResponse: string;
  /** Provider usage of a successful request; none for the request types that report none. */
  readonly usage?: Usage;
  readonly summary: string;
}

const tokensOf = (text: string) => Math.max(1, Math.ceil(text.length / 4));

const orderTool = {
  type: 'function' as const,
  function: {
    name: 'lookup_order',
    description: 'Look up an order by its number.',
    parameters: {
      type: 'object',
      properties: { order_number: { type: 'string' } },
      required: ['order_number'],
    },
  },
};

function chatPayload(draw: Draw, model: string, object: string): Payload {
  const talk = draw.pick(conversations);
  const history = [
    ...(talk.system ? [{ role: 'system' as const, content: talk.system }] : []),
    { role: 'user' as const, content: talk.user },
  ];
  // Earlier turns and attached documents, which the preview does not show.
  const context = draw.skewed(0, 600, 24_000);
  const promptTokens = history.reduce((sum, m) => sum + tokensOf(m.content), 0) + context;
  const reasoning = model.startsWith('o3') ? draw.skewed(64, 900, 12_000) : 0;
  const completionTokens =
    Math.round(tokensOf(talk.assistant) * draw.between(0.9, 1.4)) + reasoning;
  const cached =
    promptTokens > 1024 && draw.chance(0.3) ? Math.floor(promptTokens * draw.between(0.4, 0.9)) : 0;
  const params = {
    temperature: draw.pick([0, 0.2, 0.7, 1]),
    max_completion_tokens: draw.pick([256, 512, 1024, 4096]),
  };
  const withTools = object !== 'count_tokens' && draw.chance(0.12);
  const usage: Usage = {
    promptTokens,
    completionTokens,
    cachedReadTokens: cached,
    reasoningTokens: reasoning,
  };
  const body = {
    model,
    messages: history,
    ...params,
    ...(withTools ? { tools: [orderTool] } : {}),
  };
  if (object === 'count_tokens')
    return {
      request: { input_history: history },
      response: {},
      rawRequest: JSON.stringify(body),
      rawResponse: JSON.stringify({ input_tokens: promptTokens }),
      summary: talk.user,
    };
  if (object === 'text_completion')
    return {
      request: {
        input_history: [{ role: 'user', content: talk.user }],
        params: { temperature: params.temperature, max_tokens: params.max_completion_tokens },
      },
      response: { output_message: { role: 'assistant', content: talk.assistant } },
      rawRequest: JSON.stringify({ model, prompt: talk.user }),
      rawResponse: JSON.stringify({
        object: 'text_completion',
        model,
        choices: [{ index: 0, text: talk.assistant, finish_reason: 'stop' }],
      }),
      usage,
      summary: talk.user,
    };
  if (object === 'responses') {
    const id = `msg_${draw.uuid().replaceAll('-', '')}`;
    return {
      request: {
        responses_input_history: [
          { type: 'message', role: 'user', content: [{ type: 'input_text', text: talk.user }] },
        ],
        params: {
          temperature: params.temperature,
          max_output_tokens: params.max_completion_tokens,
          ...(talk.system ? { instructions: talk.system } : {}),
        },
      },
      response: {
        responses_output: [
          {
            id,
            type: 'message',
            status: 'completed',
            role: 'assistant',
            content: [{ type: 'output_text', text: talk.assistant }],
          },
        ],
      },
      rawRequest: JSON.stringify({ model, input: talk.user, instructions: talk.system }),
      rawResponse: JSON.stringify({
        object: 'response',
        model,
        status: 'completed',
        output: [{ id, type: 'message' }],
      }),
      usage,
      summary: talk.user,
    };
  }
  const callsTool = withTools && draw.chance(0.5);
  const output = callsTool
    ? {
        role: 'assistant' as const,
        content: null,
        tool_calls: [
          {
            index: 0,
            type: 'function',
            id: `call_${draw.uuid().slice(0, 8)}`,
            function: { name: 'lookup_order', arguments: '{"order_number":"A-10482"}' },
          },
        ],
      }
    : { role: 'assistant' as const, content: talk.assistant };
  return {
    request: { input_history: history, params, ...(withTools ? { tools: [orderTool] } : {}) },
    response: { output_message: output },
    rawRequest: JSON.stringify(body),
    rawResponse: JSON.stringify({
      object: 'chat.completion',
      model,
      choices: [{ index: 0, message: output, finish_reason: callsTool ? 'tool_calls' : 'stop' }],
    }),
    usage,
    summary: talk.user,
  };
}

const chatObjects = new Set([
  'chat_completion',
  'chat_completion_stream',
  'text_completion',
  'responses',
  'count_tokens',
]);

export const isChatObject = (object: string) => chatObjects.has(object);

/** The payloads of one request of `object` to `model`. */
export function payloadFor(draw: Draw, model: string, object: string): Payload {
  return isChatObject(object)
    ? chatPayload(draw, model, object)
    : mediaPayload(draw, model, object);
}
