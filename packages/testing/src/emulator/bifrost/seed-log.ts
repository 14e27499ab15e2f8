// One seeded attempt as the gateway logs it: how it ended, what it cost, and the full record.
import type { ModelProfile, ProviderKey, RoutingRule, VirtualKey } from './catalog.ts';
import { providerErrors } from './content.ts';
import type { Draw } from './draw.ts';
import type { Payload, Usage } from './payloads.ts';
import { costOf } from './pricing.ts';
import type { LogEntry } from './store.ts';
import { fromNanos } from './time.ts';

type Status = LogEntry['status'];
type BifrostError = NonNullable<LogEntry['error_details']>;
type CacheHit = 'direct' | 'semantic' | undefined;

/** Lookups of the semantic cache embed the prompt with this model; that is what a hit costs. */
const cacheEmbeddingModel = 'text-embedding-3-small';

/** What one caller asked for, and how the gateway routed it. */
export interface Request {
  readonly object: string;
  readonly profile: ModelProfile;
  readonly virtualKey: VirtualKey | undefined;
  readonly rule: RoutingRule | undefined;
  readonly payload: Payload;
}

/** One try at answering a request: the first one, or a fallback after it failed. */
export interface Attempt {
  readonly id: string;
  readonly parentId: string | null;
  readonly fallbackIndex: number;
  readonly profile: ModelProfile;
  /** Nanoseconds since the epoch. */
  readonly start: bigint;
  readonly status: Status;
  readonly key: ProviderKey;
}

interface Outcome {
  readonly error: BifrostError | undefined;
  readonly retries: number;
  readonly usage: Usage | undefined;
  readonly hit: CacheHit;
  /** Whether the semantic cache was asked (its finished chat rows carry `cache_debug`). */
  readonly cached: boolean;
  readonly latency: number;
  readonly cost: number | undefined;
}

function errorLatency(draw: Draw, error: BifrostError): number {
  if (error.is_bifrost_error && error.status_code === 504) return draw.between(30_000, 30_400);
  if (error.is_bifrost_error) return draw.between(0.6, 8);
  if (error.status_code === 400 || error.status_code === 401) return draw.between(120, 600);
  return draw.between(180, 4_000);
}

function outcomeOf(draw: Draw, request: Request, attempt: Attempt): Outcome {
  const { profile, status } = attempt;
  const { object } = request;
  const error =
    status === 'error'
      ? draw.weighted(providerErrors, ([weight]) => weight)[1](
          profile.provider,
          profile.model,
          object,
        )
      : undefined;
  const retryable = error?.status_code === 429 || (error?.status_code ?? 0) >= 500;
  const retries = retryable ? draw.int(0, 3) : status === 'success' && draw.chance(0.03) ? 1 : 0;
  const usage = status === 'success' ? request.payload.usage : undefined;
  const cached =
    request.virtualKey?.cache === true &&
    status === 'success' &&
    (object === 'chat_completion' || object === 'chat_completion_stream');
  const hit: CacheHit = cached
    ? draw.weighted(['direct', 'semantic', undefined] as const, (h) =>
        h === 'direct' ? 12 : h === 'semantic' ? 10 : 78,
      )
    : undefined;

  const answering =
    profile.firstTokenMs * draw.between(0.6, 1.6) +
    (usage?.completionTokens ?? 0) * profile.perTokenMs * draw.between(0.8, 1.3);
  let latency = error ? errorLatency(draw, error) : answering;
  if (status === 'cancelled') latency = draw.between(0.1, 0.9) * answering;
  if (hit) latency = hit === 'direct' ? draw.between(3, 25) : draw.between(40, 160);
  latency += retries * draw.between(400, 2_000);

  // A cache hit costs its lookup only: nothing for an exact match, the prompt's embedding else.
  const lookup = { promptTokens: usage?.promptTokens ?? 0, completionTokens: 0 };
  const cost = hit
    ? hit === 'semantic'
      ? (costOf(cacheEmbeddingModel, lookup)?.total_cost ?? 0)
      : 0
    : usage && costOf(profile.model, usage)?.total_cost;
  return { error, retries, usage, hit, cached, latency: Math.round(latency * 100) / 100, cost };
}

function tokenUsage(model: string, usage: Usage, priced: boolean) {
  const cost = priced ? costOf(model, usage) : undefined;
  const cachedRead = usage.cachedReadTokens ?? 0;
  const reasoning = usage.reasoningTokens ?? 0;
  return {
    prompt_tokens: usage.promptTokens,
    prompt_tokens_details: {
      [usage.promptKind ?? 'text_tokens']: usage.promptTokens - cachedRead,
      cached_read_tokens: cachedRead,
    },
    completion_tokens: usage.completionTokens,
    completion_tokens_details: {
      [usage.completionKind ?? 'text_tokens']: usage.completionTokens - reasoning,
      reasoning_tokens: reasoning,
    },
    total_tokens: usage.promptTokens + usage.completionTokens,
    ...(cost ? { cost } : {}),
  };
}

function cacheDebug(draw: Draw, hit: CacheHit, promptTokens: number) {
  const cacheId = draw.uuid();
  if (hit === 'direct') return { cache_hit: true, hit_type: 'direct', cache_id: cacheId };
  const lookup = {
    cache_id: cacheId,
    provider_used: 'openai',
    model_used: cacheEmbeddingModel,
    input_tokens: promptTokens,
    threshold: 0.9,
  };
  if (hit === 'semantic')
    return {
      cache_hit: true,
      hit_type: 'semantic',
      ...lookup,
      similarity: Number(draw.between(0.9, 0.995).toFixed(4)),
    };
  return { cache_hit: false, ...lookup };
}

function routingTrace(request: Request, attempt: Attempt, engines: readonly string[]): string {
  const { virtualKey, rule } = request;
  const { profile, key } = attempt;
  return [
    virtualKey &&
      `[governance] virtual key ${virtualKey.name}: ${profile.provider}/${profile.model} allowed`,
    rule && `[routing-rule] ${rule.name} matched: ${rule.from} -> ${rule.to}`,
    engines.includes('loadbalancing') &&
      `[loadbalancing] selected key ${key.name} (weight ${key.weight})`,
  ]
    .filter(Boolean)
    .join('\n');
}

function rawResponse(status: Status, payload: Payload, error: BifrostError | undefined): string {
  if (error) return JSON.stringify({ error: error.error });
  return status === 'success' ? payload.rawResponse : '';
}

/** What a row says about who asked, drawn apart from the traffic so the traffic stays the same. */
export interface Attribution {
  readonly fields: Pick<
    LogEntry,
    | 'user_id'
    | 'user_name'
    | 'team_id'
    | 'team_name'
    | 'customer_id'
    | 'customer_name'
    | 'business_unit_id'
    | 'business_unit_name'
  >;
  /** Why a successful generation stopped, when the provider says. */
  readonly stopReason: string | undefined;
}

/** One record per try: the retries failed on the same key, the last try is the outcome. */
function attemptTrail(key: ProviderKey, retries: number, error: BifrostError | undefined) {
  const reason = error?.error.type ?? (retries > 0 ? 'server_error' : undefined);
  return Array.from({ length: retries + 1 }, (_, index) => ({
    attempt: index,
    key_id: key.id,
    key_name: key.name,
    ...(index < retries && reason ? { fail_reason: reason } : {}),
  }));
}

/** The full record of an attempt, and how long it took (ms). */
export function buildLog(
  draw: Draw,
  request: Request,
  attempt: Attempt,
  multiKey: boolean,
  attribution: Attribution,
) {
  const { profile, status, key } = attempt;
  const { payload, virtualKey, rule, object } = request;
  const outcome = outcomeOf(draw, request, attempt);
  const { error, usage, hit, cost } = outcome;
  const engines = [
    ...(virtualKey ? ['governance'] : []),
    ...(rule ? ['routing-rule'] : []),
    ...(multiKey ? ['loadbalancing'] : []),
  ];
  const keepsRaw = virtualKey?.rawBodies === true;
  const log: LogEntry = {
    id: attempt.id,
    parent_request_id: attempt.parentId,
    provider: profile.provider,
    model: profile.model,
    object,
    status,
    timestamp: fromNanos(attempt.start),
    created_at: fromNanos(attempt.start + BigInt(draw.int(150_000, 1_500_000))),
    number_of_retries: outcome.retries,
    fallback_index: attempt.fallbackIndex,
    ...(status === 'processing' ? {} : { latency: outcome.latency }),
    ...(cost === undefined ? {} : { cost }),
    stream: object === 'chat_completion_stream',
    selected_key_id: key.id,
    selected_key_name: key.name,
    virtual_key_id: virtualKey?.id ?? null,
    virtual_key_name: virtualKey?.name ?? null,
    ...(engines.length > 0 ? { routing_engines_used: engines } : {}),
    routing_rule_id: rule?.id ?? null,
    routing_rule_name: rule?.name ?? null,
    selected_prompt_name: null,
    selected_prompt_version: null,
    selected_prompt_id: null,
    ...attribution.fields,
    ...(status === 'success' && attribution.stopReason
      ? { stop_reason: attribution.stopReason }
      : {}),
    ...(payload.summary === '' ? {} : { content_summary: payload.summary }),
    ...(status === 'processing'
      ? {}
      : { attempt_trail: attemptTrail(key, outcome.retries, error) }),
    ...(usage ? { token_usage: tokenUsage(profile.model, usage, !hit) } : {}),
    ...(error ? { error_details: error } : {}),
    ...payload.request,
    ...(status === 'success' ? payload.response : {}),
    ...(virtualKey ? { metadata: { team: virtualKey.team } } : {}),
    selected_key: { id: key.id, name: key.name, value: key.value, models: [], weight: key.weight },
    ...(virtualKey
      ? {
          virtual_key: {
            id: virtualKey.id,
            name: virtualKey.name,
            value: virtualKey.value,
            is_active: true,
          },
        }
      : {}),
    ...(outcome.cached ? { cache_debug: cacheDebug(draw, hit, usage?.promptTokens ?? 0) } : {}),
    ...(engines.length > 0 ? { routing_engine_logs: routingTrace(request, attempt, engines) } : {}),
    // Kept only where the gateway is configured to; the server sends "" otherwise.
    raw_request: keepsRaw
      ? payload.rawRequest.replace(/"model":"[^"]*"/, `"model":${JSON.stringify(profile.model)}`)
      : '',
    raw_response: keepsRaw ? rawResponse(status, payload, error) : '',
    is_large_payload_request: false,
    is_large_payload_response: false,
  };
  return { log, latency: outcome.latency };
}
