// ai-gateway logs tail: logs as they are written, until Ctrl-C. Bifrost pushes every write over
// its WebSocket; Cloudflare has no push, so its logs list is polled for rows not seen before.
import { APIConnectionError, APIError, ValidationError } from '@ai-gateway/client';
import { bifrostOperations, type LogTailFilters } from '@ai-gateway/client/bifrost';
import { cloudflareOperations } from '@ai-gateway/client/cloudflare';
import {
  type Instant,
  oneOf,
  parseDuration,
  parsePositiveInteger,
  UsageError,
} from '../internal/args.ts';
import type { LogFilter } from '../internal/cloudflare-filters.ts';
import {
  type Command,
  type CommandInput,
  commonHelp,
  commonOptions,
  count,
  options,
  type Reporter,
} from '../internal/command.ts';
import {
  type BifrostLog,
  bifrostSelection,
  type CloudflareLog,
  type CloudflareRow,
  type CloudflareSelection,
  cloudflareSelection,
  selectionOptions,
  timeWindow,
} from '../internal/logs.ts';
import { selectionHelp } from '../internal/selection-help.ts';
import { largestPageSize } from '../internal/spec-flags.ts';
import {
  bifrostTarget,
  type CloudflareTarget,
  chooseApi,
  cloudflareTarget,
} from '../internal/targets.ts';

/**
 * The list filters a pushed row can be tested against. The others (`content_search`, sessions,
 * teams, …) need what only the server stores, so a tail refuses them rather than ignore them.
 */
export const tailFilterNames = [
  'providers',
  'models',
  'status',
  'objects',
  'selected_key_ids',
  'virtual_key_ids',
  'routing_rule_ids',
  'routing_engine_used',
  'aliases',
  'team_ids',
  'customer_ids',
  'user_ids',
  'business_unit_ids',
  'stop_reasons',
  'cache_hit_types',
  'request_id',
  'parent_request_id',
  'roots_only',
  'metadata',
  'start_time',
  'end_time',
  'min_latency',
  'max_latency',
  'min_tokens',
  'max_tokens',
  'min_cost',
  'max_cost',
  'missing_cost_only',
] as const satisfies readonly (keyof LogTailFilters)[];

// Compile-time check that the list names every filter the client's tail applies.
type Unlisted = Exclude<keyof LogTailFilters, (typeof tailFilterNames)[number]>;
const everyTailFilter: [Unlisted] extends [never] ? true : Unlisted = true;
void everyTailFilter;

type TailFormat = 'text' | 'jsonl';

export interface TailEvent<Log> {
  type: 'log';
  operation: 'create' | 'update';
  log: Log;
}

const money = (cost: number | null | undefined) => (cost == null ? '$?' : `$${cost.toFixed(6)}`);

function cloudflareLine(row: CloudflareRow): string {
  const outcome = row.cached ? 'cached' : row.success ? 'success' : 'error';
  return [
    row.created_at,
    row.gateway_id,
    outcome.padEnd(7),
    `${row.provider}/${row.model}`,
    `${row.duration}ms`,
    `${row.tokens_in ?? 0}→${row.tokens_out ?? 0} tok`,
    money(row.cost),
    row.id,
  ].join('  ');
}

function bifrostLine(event: TailEvent<BifrostLog>): string {
  const { log } = event;
  return [
    log.timestamp,
    event.operation.padEnd(6),
    log.status.padEnd(10),
    `${log.provider}/${log.model}`,
    log.latency === undefined ? '-' : `${log.latency}ms`,
    `${log.token_usage?.total_tokens ?? 0} tok`,
    money(log.cost),
    log.id,
  ].join('  ');
}

/** Waits `ms`, or less when the signal aborts. */
const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((done) => {
    if (signal.aborted) return done();
    const timer = setTimeout(finish, ms);
    function finish() {
      clearTimeout(timer);
      signal.removeEventListener('abort', finish);
      done();
    }
    signal.addEventListener('abort', finish, { once: true });
  });

/** A failure the next poll may not meet: the network, a rate limit, the server's own error. */
const passing = (error: unknown) =>
  error instanceof APIConnectionError ||
  (error instanceof APIError && (error.status === 429 || error.status >= 500));

export interface PollOptions {
  intervalMs: number;
  /** How far back each poll looks again, for logs recorded after later ones. */
  lookbackMs: number;
  /** Show logs from this instant on; default: only those recorded after the tail starts. */
  since?: Instant | undefined;
  signal: AbortSignal;
  report: Reporter;
}

/**
 * New Cloudflare logs of one gateway, by polling: each poll reads, oldest first, the matching
 * logs created since the newest one seen (less the look-back), and yields those not seen yet.
 */
export async function* pollCloudflareLogs(
  target: CloudflareTarget,
  gateway_id: string,
  selection: CloudflareSelection,
  options: PollOptions,
): AsyncGenerator<CloudflareRow> {
  const { signal } = options;
  const per_page = largestPageSize(cloudflareOperations.listLogs, {
    account_id: target.accountId,
    gateway_id,
  });
  const list = (
    filters: CloudflareSelection['filters'],
    pageSize = per_page,
    newestFirst = false,
  ) =>
    target.client.logs.list(
      {
        gateway_id,
        ...selection.params,
        order_by: 'created_at',
        order_by_direction: newestFirst ? 'desc' : 'asc',
        per_page: pageSize,
        ...(filters.length > 0 ? { filters } : {}),
      },
      { signal },
    );
  const after = (ms: number): LogFilter[] =>
    Number.isFinite(ms)
      ? [{ key: 'created_at', operator: 'gt', value: [new Date(ms).toISOString()] }]
      : [];
  /** Id → created_at (ms) of the rows seen within the look-back. */
  const seen = new Map<string, number>();
  // Never earlier than --since, however far the look-back reaches.
  const floor = options.since ? options.since.ms - 1 : Number.NEGATIVE_INFINITY;
  const from = () => after(Math.max(floor, newest - options.lookbackMs));
  let newest: number;
  if (options.since) {
    newest = floor;
  } else {
    // The newest log stored now, whatever it matches: the tail shows what is recorded after it.
    // The server's clock decides, not this machine's.
    const [latest] = (await list([], 1, true)).items;
    newest = latest ? Date.parse(latest.created_at) : Number.NEGATIVE_INFINITY;
    for await (const log of list([...selection.filters, ...from()]))
      seen.set(log.id, Date.parse(log.created_at));
  }
  while (!signal.aborted) {
    try {
      for await (const log of list([...selection.filters, ...from()])) {
        if (seen.has(log.id)) continue;
        const at = Date.parse(log.created_at);
        seen.set(log.id, at);
        if (at > newest) newest = at;
        yield { gateway_id, ...(log as CloudflareLog) };
      }
    } catch (error) {
      if (signal.aborted) return;
      if (!passing(error)) throw error;
      await options.report.note(
        `poll failed (${error instanceof Error ? error.message : String(error)}); trying again`,
      );
    }
    for (const [id, at] of seen) if (at <= newest - options.lookbackMs) seen.delete(id);
    await pause(options.intervalMs, signal);
  }
}

function lookback(raw: unknown): number {
  if (raw === undefined) return 60_000;
  if (raw === '0') return 0;
  return parseDuration('lookback', String(raw));
}

async function run({ values, context, out, report }: CommandInput): Promise<number> {
  const api = chooseApi(values.api as string | undefined, context.env);
  if (values.json && values.format !== undefined)
    throw new UsageError('--json is --format jsonl: give one');
  const format = values.json
    ? 'jsonl'
    : oneOf<TailFormat>(
        'format',
        values.format === 'ndjson' ? 'jsonl' : (values.format as string | undefined),
        ['text', 'jsonl'],
        'text',
      );
  const limit =
    parsePositiveInteger('limit', values.limit as string | undefined) ?? Number.POSITIVE_INFINITY;
  const window = timeWindow(values, context.now());
  const { signal } = context;
  let shown = 0;
  const show = async (text: string) => {
    await out.write(`${text}\n`);
    return ++shown >= limit;
  };

  if (api === 'cloudflare') {
    const selection = cloudflareSelection(values, window);
    if (selection.gateways.length !== 1)
      throw new UsageError('A Cloudflare tail follows one gateway: pass --gateway <id>');
    const [gateway] = selection.gateways as [string];
    for (const flag of ['sort-by', 'order-by', 'order-by-direction'])
      if (values[flag] !== undefined) throw new UsageError(`--${flag} does not apply to a tail`);
    const intervalMs =
      values.interval === undefined ? 5_000 : parseDuration('interval', String(values.interval));
    const target = cloudflareTarget(context, values);
    const rows = pollCloudflareLogs(target, gateway, selection, {
      intervalMs,
      lookbackMs: lookback(values.lookback),
      since: window.since,
      signal,
      report,
    });
    try {
      for await (const row of rows) {
        const event: TailEvent<CloudflareRow> = { type: 'log', operation: 'create', log: row };
        if (await show(format === 'text' ? cloudflareLine(row) : JSON.stringify(event))) break;
      }
    } catch (error) {
      // Ctrl-C in the middle of a request ends the tail, as it does between polls.
      if (!signal.aborted) throw error;
    }
    await report.note(`${count(shown)} ${shown === 1 ? 'log' : 'logs'} shown`);
    return 0;
  }

  for (const flag of ['interval', 'lookback'])
    if (values[flag] !== undefined)
      throw new UsageError(`--${flag} is for Cloudflare, whose logs are polled`);
  const { params } = bifrostSelection(values, window);
  const refused = Object.keys(params).filter(
    (name) => !(tailFilterNames as readonly string[]).includes(name),
  );
  if (refused.length > 0)
    throw new UsageError(
      `${refused.map((name) => `--${name.replaceAll('_', '-')}`).join(', ')} cannot be applied to a live tail: ` +
        'a pushed row is tested as it arrives, and this filter needs what only the server stores',
    );
  // The values are checked as the list checks them: a misspelt status is refused, not silent.
  const checked = bifrostOperations.listLogs.request.params.parse({ path: {}, query: params });
  if (!checked.ok) throw new ValidationError('logs tail filters', checked.issues);
  const target = bifrostTarget(context, values);
  const url = target.options.baseUrl ?? 'http://localhost:8080';
  let opened = false;
  const tail = target.client.logs.tail({
    filters: params as LogTailFilters,
    signal,
    onStatus: (status) => {
      if (status.state === 'open') {
        void report.note(
          opened ? 'reconnected' : `following Bifrost logs at ${url} (Ctrl-C to stop)`,
        );
        opened = true;
      } else if (status.state === 'reconnecting') {
        void report.note(
          `connection lost (${status.error.message}); reconnecting in ${(status.delayMs / 1000).toFixed(1)} s (attempt ${status.attempt})`,
        );
      }
    },
  });
  for await (const event of tail) {
    const line = format === 'text' ? bifrostLine(event) : JSON.stringify(event);
    if (await show(line)) break;
  }
  await report.note(`${count(shown)} ${shown === 1 ? 'event' : 'events'} shown`);
  return 0;
}

export const logsTail: Command = {
  name: 'logs tail',
  summary: 'follow logs as they are written, until Ctrl-C',
  options: options(commonOptions, selectionOptions, {
    format: { type: 'string', short: 'f' },
    json: { type: 'boolean' },
    limit: { type: 'string' },
    interval: { type: 'string' },
    lookback: { type: 'string' },
  }),
  help: () => `Usage: ai-gateway logs tail [options]

Shows each log as it is written, until Ctrl-C (which ends it with exit code 0).

Bifrost pushes every write over its WebSocket: a new request as "create", each later change
(finished, failed, cost known) as "update". Dropped connections are reconnected; rows written
while disconnected are not replayed (read them with logs export). Only the filters a pushed row
carries apply: ${tailFilterNames.map((name) => `--${name.replaceAll('_', '-')}`).join(', ')}.

Cloudflare has no push: the gateway's logs are polled for rows not shown yet. Only logs recorded
after the tail starts are shown, unless --since says from when.

Output:
  -f, --format <name>  text (default: one line a log: time, status, provider/model, latency,
                       tokens, cost, id), or jsonl (ndjson is the same):
                       {"type":"log","operation":…,"log":{…}} a line
  --json               the same as --format jsonl, for scripts
  --limit <n>          stop after n logs

Cloudflare polling:
  --gateway <id>       the gateway to follow (required)
  --interval <time>    between polls (default 5s)
  --lookback <time>    how far back each poll looks again, for logs recorded late (default 60s)

${selectionHelp()}

${commonHelp}

Examples:
  ai-gateway logs tail --api bifrost --status error,cancelled
  ai-gateway logs tail --gateway support-bot-prod --filter 'cost gt 0.05' --json | jq .log.model`,
  run,
};
