// The seeded traffic of one gateway: `logs` requests over the four weeks before `now`, with
// fallback chains, retries, cache hits, in-flight requests and failures, deterministic per seed.
import type { SeedOptions } from '../core/types.ts';
import { models, noVirtualKeyWeight, providerKeys, routingRules, virtualKeys } from './catalog.ts';
import { createDraw, type Draw } from './draw.ts';
import { attribute } from './governance.ts';
import { payloadFor } from './payloads.ts';
import { type Attempt, buildLog, type Request } from './seed-log.ts';
import type { BifrostStore, ClientInfo, LogEntry } from './store.ts';
import { nanosPerMs } from './time.ts';

const windowMs = 28 * 86_400_000;
/** Rows near `now` that are still finishing are left out of the four weeks of history. */
const settledMs = 120_000;
/** Share of requests still running at `now`; they started in its last minute. */
const inFlightShare = 0.004;
/** Share of failed first attempts that the gateway retries on their fallback model. */
const fallbackShare = 0.45;
/** Outcomes of finished attempts, by weight. */
const outcomes = [
  ['success', 87],
  ['error', 10],
  ['cancelled', 3],
] as const;

/** Why generations stopped, by weight; only chat and text generations report one. */
const stopReasons = [
  ['stop', 86],
  ['length', 7],
  ['tool_calls', 5],
  ['content_filter', 2],
] as const;
const stopsOf = new Set([
  'chat_completion',
  'chat_completion_stream',
  'text_completion',
  'responses',
]);

const profileOf = (model: string) => models.find((profile) => profile.model === model);
const keysOf = (provider: string) => providerKeys.filter((key) => key.provider === provider);

function drawRequest(draw: Draw): Request {
  const virtualKey = draw.weighted(
    [...virtualKeys, undefined],
    (key) => key?.weight ?? noVirtualKeyWeight,
  );
  const asked = draw.weighted(models, (profile) => profile.weight);
  const object = draw.weighted(asked.objects, ([, weight]) => weight)[0];
  const rule = virtualKey?.rules
    .map(([name, share]) => [routingRules.find((r) => r.name === name), share] as const)
    .find(([r, share]) => r?.from === asked.model && draw.chance(share))?.[0];
  const routed = rule && profileOf(rule.to);
  const profile = routed?.objects.some(([served]) => served === object) ? routed : asked;
  return {
    object,
    profile,
    virtualKey,
    rule: profile === routed ? rule : undefined,
    payload: payloadFor(draw, profile.model, object),
  };
}

/** A start time in the window, busier in (UTC) working hours, as real traffic is. */
function drawStartMs(draw: Draw, nowMs: number): number {
  for (;;) {
    const at = nowMs - settledMs - draw() * (windowMs - settledMs);
    const hour = new Date(at).getUTCHours();
    if (draw() < (hour >= 7 && hour < 20 ? 1 : 0.35)) return at;
  }
}

/** Nanoseconds since the epoch of a time in ms, with a sub-millisecond part of its own. */
const toStart = (draw: Draw, ms: number) =>
  BigInt(Math.floor(ms)) * nanosPerMs + BigInt(draw.int(0, 999_999));

/** The seeded store for these options: `options.logs` rows, oldest first. */
export function seedStore(options: SeedOptions): BifrostStore {
  const draw = createDraw(options.seed, 'bifrost-logs');
  // Who asked is drawn from a stream of its own, so it leaves the traffic of a seed as it was.
  const whoDraw = createDraw(options.seed, 'bifrost-attribution');
  const nowMs = options.now.getTime();
  const inFlight = options.logs === 0 ? 0 : Math.max(1, Math.round(options.logs * inFlightShare));
  const rows: { start: bigint; log: LogEntry; summary: string; client?: ClientInfo }[] = [];

  const record = (request: Request, attempt: Omit<Attempt, 'key'>) => {
    const keys = keysOf(attempt.profile.provider);
    const key = draw.weighted(keys, (k) => k.weight);
    const who = attribute(whoDraw, request.virtualKey);
    const stopReason = whoDraw.weighted(stopReasons, ([, weight]) => weight)[0];
    const { log, latency } = buildLog(draw, request, { ...attempt, key }, keys.length > 1, {
      fields: who.fields,
      stopReason: stopsOf.has(request.object) ? stopReason : undefined,
    });
    rows.push({
      start: attempt.start,
      log,
      summary: request.payload.summary,
      ...(who.client ? { client: who.client } : {}),
    });
    return latency;
  };

  while (rows.length < options.logs) {
    const request = drawRequest(draw);
    const running = rows.length < inFlight;
    const startMs = running ? nowMs - draw.between(50, 60_000) : drawStartMs(draw, nowMs);
    const status: LogEntry['status'] = running
      ? 'processing'
      : draw.weighted(outcomes, ([, weight]) => weight)[0];
    const first = {
      id: draw.uuid(),
      parentId: null,
      fallbackIndex: 0,
      profile: request.profile,
      start: toStart(draw, startMs),
      status,
    };
    const latency = record(request, first);

    const fallback = request.profile.fallback ? profileOf(request.profile.fallback) : undefined;
    if (status !== 'error' || !fallback || rows.length >= options.logs) continue;
    // A model that does not serve the request type is not configured as its fallback.
    if (!fallback.objects.some(([object]) => object === request.object)) continue;
    if (!draw.chance(fallbackShare)) continue;
    const gapNs = BigInt(Math.round((latency + draw.between(1, 5)) * 1_000_000));
    record(
      { ...request, profile: fallback, rule: undefined },
      {
        id: draw.uuid(),
        parentId: first.id,
        fallbackIndex: 1,
        profile: fallback,
        start: first.start + gapNs,
        status: draw.chance(0.85) ? 'success' : 'error',
      },
    );
  }

  rows.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  return {
    logs: rows.map((row) => row.log),
    contentSummaries: new Map(
      rows.filter((row) => row.summary !== '').map((row) => [row.log.id, row.summary]),
    ),
    clients: new Map(rows.flatMap((row) => (row.client ? [[row.log.id, row.client]] : []))),
    userAgentMappings: [],
    costJobs: [],
    droppedRequests: 0,
    newId: createDraw(options.seed, 'bifrost-writes').uuid,
  };
}
