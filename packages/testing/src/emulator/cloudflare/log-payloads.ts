// The request and response bodies a seeded log stores, in each provider's own wire format, so that
// `…/logs/{id}/request` and `…/response` agree with the log: same model, same token counts.

/** The body shapes the seeded providers speak. */
export type PayloadFormat = 'openai' | 'openai-embeddings' | 'anthropic' | 'workers-ai' | 'google';

export interface Exchange {
  readonly format: PayloadFormat;
  readonly model: string;
  readonly status: number;
  readonly tokensIn: number | null;
  readonly tokensOut: number | null;
  /** Streamed answers are stored as the event stream the provider sent: a string, not an object. */
  readonly stream: boolean;
  readonly createdAt: number;
  readonly conversation: Conversation;
  readonly user: string | undefined;
  /** Seeded id suffix for the provider's own response id. */
  readonly responseId: string;
}

export interface Conversation {
  readonly system: string;
  readonly question: string;
  readonly answer: string;
}

export const conversations: readonly Conversation[] = [
  {
    system:
      'You are the support assistant for Northwind Cloud. Answer briefly and link to the docs.',
    question: 'How do I rotate the API token my CI pipeline uses?',
    answer:
      'Create a new token under Settings > API tokens, update the CI secret with it, run one pipeline to confirm, then revoke the old token.',
  },
  {
    system: 'You are the support assistant for Northwind Cloud.',
    question: 'Our nightly export job started failing with HTTP 413 yesterday. What changed?',
    answer:
      'Export payloads above 10 MB are now rejected with 413. Split the job into batches of at most 5,000 rows or enable compressed uploads.',
  },
  {
    system: 'Summarise customer tickets in one sentence for the on-call engineer.',
    question: 'Customer reports that invoices for March show the wrong VAT rate for Ireland.',
    answer: 'March invoices for Irish customers use an outdated VAT rate and need to be reissued.',
  },
  {
    system: 'You translate product UI strings into German. Keep placeholders unchanged.',
    question: 'Translate: "You have {count} unread messages."',
    answer: 'Sie haben {count} ungelesene Nachrichten.',
  },
  {
    system:
      'You classify incoming emails as billing, technical, sales or other. Reply with one word.',
    question: 'Hi, can we get a quote for 250 seats on the enterprise plan?',
    answer: 'sales',
  },
  {
    system: 'You write SQL for a PostgreSQL analytics database. Return only the query.',
    question: 'Daily active users for the last 7 days from the events table.',
    answer:
      "SELECT date_trunc('day', created_at) AS day, count(DISTINCT user_id) FROM events WHERE created_at > now() - interval '7 days' GROUP BY 1 ORDER BY 1;",
  },
];

const errorMessages: Readonly<Record<number, string>> = {
  400: 'Invalid request: messages must not be empty.',
  401: 'Incorrect API key provided.',
  429: 'Rate limit reached for requests. Please try again in 20s.',
  500: 'The server had an error while processing your request.',
  502: 'Bad gateway.',
  503: 'The engine is currently overloaded, please try again later.',
};

const errorType = (status: number) =>
  status === 429 ? 'rate_limit_error' : status >= 500 ? 'api_error' : 'invalid_request_error';

export function requestPayload(exchange: Exchange): unknown {
  const { model, conversation: talk } = exchange;
  switch (exchange.format) {
    case 'openai-embeddings':
      return { model, input: talk.question };
    case 'anthropic':
      return {
        model,
        max_tokens: 1024,
        system: talk.system,
        messages: [{ role: 'user', content: talk.question }],
      };
    case 'google':
      return {
        systemInstruction: { parts: [{ text: talk.system }] },
        contents: [{ role: 'user', parts: [{ text: talk.question }] }],
        generationConfig: { temperature: 0.2, maxOutputTokens: 1024 },
      };
    case 'workers-ai':
      return {
        messages: [
          { role: 'system', content: talk.system },
          { role: 'user', content: talk.question },
        ],
        max_tokens: 1024,
      };
    case 'openai':
      return {
        model,
        messages: [
          { role: 'system', content: talk.system },
          { role: 'user', content: talk.question },
        ],
        temperature: 0.2,
        max_tokens: 1024,
        ...(exchange.stream ? { stream: true, stream_options: { include_usage: true } } : {}),
        ...(exchange.user ? { user: exchange.user } : {}),
      };
  }
}

function errorPayload(exchange: Exchange): unknown {
  const message = errorMessages[exchange.status] ?? 'Request failed.';
  switch (exchange.format) {
    case 'anthropic':
      return { type: 'error', error: { type: errorType(exchange.status), message } };
    case 'google':
      return { error: { code: exchange.status, message, status: 'INVALID_ARGUMENT' } };
    case 'workers-ai':
      return { result: null, success: false, errors: [{ code: 5006, message }], messages: [] };
    default:
      return { error: { message, type: errorType(exchange.status), param: null, code: null } };
  }
}

function openAiStream(exchange: Exchange, usage: object): string {
  const id = `chatcmpl-${exchange.responseId}`;
  const created = Math.floor(exchange.createdAt / 1000);
  const chunk = (choice: object, extra: object = {}) =>
    `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model: exchange.model, choices: [choice], ...extra })}\n\n`;
  return [
    chunk({ index: 0, delta: { role: 'assistant', content: exchange.conversation.answer } }),
    chunk({ index: 0, delta: {}, finish_reason: 'stop' }, { usage }),
    'data: [DONE]\n\n',
  ].join('');
}

export function responsePayload(exchange: Exchange): unknown {
  if (exchange.status >= 400) return errorPayload(exchange);
  const { model, conversation: talk, responseId } = exchange;
  const input = exchange.tokensIn ?? 0;
  const output = exchange.tokensOut ?? 0;
  const usage = { prompt_tokens: input, completion_tokens: output, total_tokens: input + output };
  switch (exchange.format) {
    case 'openai-embeddings':
      return {
        object: 'list',
        data: [{ object: 'embedding', index: 0, embedding: [0.0023, -0.0094, 0.0157, -0.0041] }],
        model,
        usage: { prompt_tokens: input, total_tokens: input },
      };
    case 'anthropic':
      return {
        id: `msg_${responseId}`,
        type: 'message',
        role: 'assistant',
        model,
        content: [{ type: 'text', text: talk.answer }],
        stop_reason: 'end_turn',
        stop_sequence: null,
        usage: { input_tokens: input, output_tokens: output },
      };
    case 'google':
      return {
        candidates: [
          {
            content: { role: 'model', parts: [{ text: talk.answer }] },
            finishReason: 'STOP',
            index: 0,
          },
        ],
        usageMetadata: {
          promptTokenCount: input,
          candidatesTokenCount: output,
          totalTokenCount: input + output,
        },
        modelVersion: model,
      };
    case 'workers-ai':
      return { result: { response: talk.answer, usage }, success: true, errors: [], messages: [] };
    case 'openai':
      if (exchange.stream) return openAiStream(exchange, usage);
      return {
        id: `chatcmpl-${responseId}`,
        object: 'chat.completion',
        created: Math.floor(exchange.createdAt / 1000),
        model,
        choices: [
          {
            index: 0,
            message: { role: 'assistant', content: talk.answer, refusal: null },
            logprobs: null,
            finish_reason: 'stop',
          },
        ],
        usage,
      };
  }
}
