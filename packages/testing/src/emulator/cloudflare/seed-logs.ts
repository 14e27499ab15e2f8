// Seeded gateway logs: a realistic month of traffic whose every field agrees with the rest of the
// log (cost from tokens and price, payloads with the same model and usage, ids that embed the time).
import { createRandom, hashSeed } from '../../fixtures/random.ts';
import type { SeedOptions } from '../core/types.ts';
import {
  conversations,
  type Exchange,
  type PayloadFormat,
  requestPayload,
  responsePayload,
} from './log-payloads.ts';
import { catalogue, feedbackMix, statuses, userAgents, users } from './log-traffic.ts';
import { costOf } from './pricing.ts';
import type { CloudflareStore, Gateway, LogDetail, LogHiddenFields, StoredLog } from './store.ts';

type Random = () => number;

const dayMs = 86_400_000;
const seededSpanMs = 28 * dayMs;
const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;

function pickWeighted<T extends { weight: number }>(random: Random, items: readonly T[]): T {
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  let target = random() * total;
  for (const item of items) {
    target -= item.weight;
    if (target < 0) return item;
  }
  return items[items.length - 1] as T;
}

/** Skewed towards small values, as token counts are: most prompts are short, a few are long. */
const skewed = (random: Random, min: number, max: number) =>
  Math.round(min + (max - min) * random() ** 2.2);

const randomText = (random: Random, alphabet: string, length: number) => {
  let text = '';
  for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
  return text;
};

/** A ULID, as the spec's examples use: 10 characters of millisecond time, then 16 random ones. */
export function ulid(time: number, random: Random): string {
  let prefix = '';
  for (let rest = time, i = 0; i < 10; i++, rest = Math.floor(rest / 32))
    prefix = crockford[rest % 32] + prefix;
  return prefix + randomText(random, crockford, 16);
}

/** The millisecond time a ULID carries. */
export function ulidTime(id: string): number {
  let time = 0;
  for (const char of id.slice(0, 10)) time = time * 32 + crockford.indexOf(char);
  return time;
}

function metadataOf(random: Random, user: string): Record<string, string | number | boolean> {
  const metadata: Record<string, string | number | boolean> = { user_id: user };
  if (random() < 0.4) metadata.ticket = `SUP-${40_000 + Math.floor(random() * 9_000)}`;
  if (random() < 0.5) metadata.plan = random() < 0.3 ? 'premium' : 'free';
  if (random() < 0.3) metadata.env = random() < 0.8 ? 'prod' : 'staging';
  if (random() < 0.15) metadata.retry = random() < 0.5;
  return metadata;
}

function hiddenFields(random: Random, gateway: Gateway, format: PayloadFormat): LogHiddenFields {
  const dlp = random();
  const feedback = random() < 0.12 ? pickWeighted(random, feedbackMix).value : null;
  return {
    event_id: random() < 0.7 ? uuid(random) : null,
    authentication: gateway.authentication === true || random() < 0.3,
    wholesale: random() < 0.1,
    compatibilityMode: format !== 'openai-embeddings' && random() < 0.25,
    dlp_action: dlp < 0.01 ? 'BLOCK' : dlp < 0.04 ? 'FLAG' : null,
    user_agent: random() < 0.9 ? pick(random, userAgents[format]) : null,
    feedback,
    score: feedback !== null && random() < 0.5 ? Math.floor(random() * 101) : null,
  };
}

const uuid = (random: Random) => {
  const hex = randomText(random, '0123456789abcdef', 32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
};

function seededLog(random: Random, time: number, gateway: Gateway): StoredLog {
  const route = pickWeighted(random, catalogue);
  const hidden = hiddenFields(random, gateway, route.format);
  const status = hidden.dlp_action === 'BLOCK' ? 400 : pickWeighted(random, statuses).status;
  const success = status < 400;
  const caches = (gateway.cache_ttl ?? 0) > 0 && route.format !== 'openai-embeddings';
  const cached = success && caches && random() < 0.15;
  const stream = route.format === 'openai' && !cached && random() < 0.2;
  const tokensIn = success ? skewed(random, 24, 3_600) : null;
  const tokensOut = !success
    ? null
    : route.modelType === 'embeddings'
      ? 0
      : skewed(random, 12, 1_024);
  const duration = cached
    ? 8 + Math.floor(random() * 60)
    : success
      ? Math.round(160 + (tokensOut ?? 0) * (6 + random() * 14) + (tokensIn ?? 0) * 0.04)
      : status === 429 || status === 401
        ? 20 + Math.floor(random() * 180)
        : 300 + Math.floor(random() * 9_000);
  const user = pick(random, users);
  const metadata = random() < 0.8 ? JSON.stringify(metadataOf(random, user)) : undefined;
  const exchange: Exchange = {
    format: route.format,
    model: route.model,
    status,
    tokensIn,
    tokensOut,
    stream,
    createdAt: time,
    conversation: pick(random, conversations),
    user: route.format === 'openai' && random() < 0.5 ? user : undefined,
    responseId: randomText(
      random,
      'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
      24,
    ),
  };
  const request = requestPayload(exchange);
  const response = responsePayload(exchange);
  const responseContentType = stream && success ? 'text/event-stream' : 'application/json';
  const requestHead = {
    accept: 'application/json',
    'content-type': 'application/json',
    ...(metadata ? { 'cf-aig-metadata': metadata } : {}),
    ...(hidden.user_agent ? { 'user-agent': hidden.user_agent } : {}),
  };
  const responseHead = {
    'content-type': responseContentType,
    ...(cached ? { 'cf-aig-cache-status': 'HIT' } : { 'cf-aig-cache-status': 'MISS' }),
  };
  const log: LogDetail = {
    id: ulid(time, random),
    created_at: isoTime(time),
    provider: route.provider,
    model: route.model,
    model_type: route.modelType,
    path: route.path,
    request_type: route.requestType,
    request_content_type: 'application/json',
    response_content_type: responseContentType,
    status_code: status,
    step: random() < 0.05 ? 1 : 0,
    success,
    cached,
    duration,
    tokens_in: tokensIn,
    tokens_out: tokensOut,
    cost: cached || !success ? 0 : costOf(route.model, tokensIn, tokensOut),
    custom_cost: false,
    request_head: JSON.stringify(requestHead),
    request_head_complete: true,
    request_size: byteLength(JSON.stringify(request)),
    response_head: JSON.stringify(responseHead),
    response_head_complete: true,
    response_size: byteLength(typeof response === 'string' ? response : JSON.stringify(response)),
  };
  if (metadata !== undefined) log.metadata = metadata;
  return { log, request, response, hidden };
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');
let isoDay = Number.NaN;
let isoDate = '';
/** `toISOString`, sped up for the sorted times of a seed by formatting each day once. */
function isoTime(time: number): string {
  const day = Math.floor(time / dayMs);
  if (day !== isoDay) [isoDay, isoDate] = [day, new Date(day * dayMs).toISOString().slice(0, 11)];
  const ms = time - day * dayMs;
  const [hours, minutes, seconds] = [ms / 3_600_000, (ms / 60_000) % 60, (ms / 1000) % 60];
  return `${isoDate}${pad(Math.floor(hours), 2)}:${pad(Math.floor(minutes), 2)}:${pad(Math.floor(seconds), 2)}.${pad(ms % 1000, 3)}Z`;
}

const encoder = new TextEncoder();
const nonAscii = /[^\p{ASCII}]/u;
/** Bytes on the wire; the seeded texts are ASCII, which spares encoding most of them. */
const byteLength = (text: string) =>
  nonAscii.test(text) ? encoder.encode(text).length : text.length;

/**
 * Fills `store.logs` with `options.logs` logs over the gateways that collect logs (all of them if
 * none does), unevenly, in the four weeks before `options.now`; each gateway's list oldest first.
 */
export function seedLogs(store: CloudflareStore, options: SeedOptions): void {
  const gateways = [...store.gateways.values()];
  const collecting = gateways.filter((gateway) => gateway.collect_logs !== false);
  const targets = collecting.length > 0 ? collecting : gateways;
  if (targets.length === 0 || options.logs === 0) return;
  const random = createRandom(hashSeed(`cloudflare-logs:${options.seed}:${options.accountId}`));
  // The first gateways carry most traffic, as a production gateway does next to a staging one.
  const shares = targets.map((gateway, i) => ({ gateway, weight: (0.4 + random()) / (i + 1) }));
  const end = options.now.getTime();
  const times = Array.from(
    { length: options.logs },
    () => end - Math.floor(random() * seededSpanMs),
  );
  times.sort((a, b) => a - b);
  for (const time of times) {
    const { gateway } = pickWeighted(random, shares);
    const logs = store.logs.get(gateway.id) ?? [];
    if (!store.logs.has(gateway.id)) store.logs.set(gateway.id, logs);
    logs.push(seededLog(random, time, gateway));
  }
}
