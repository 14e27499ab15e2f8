// Which logs a command reads, from its flags, and reading them page by page from either API.
// Shared by `logs export`, `logs tail` and `costs`, so the same flags select the same rows.
import type { RequestOptions } from '@ai-gateway/client';
import { type ListLogsItem as BifrostLog, bifrostOperations } from '@ai-gateway/client/bifrost';
import {
  type ListLogsParams as CloudflareListParams,
  type ListLogsItem as CloudflareLog,
  cloudflareOperations,
} from '@ai-gateway/client/cloudflare';
import { formatInstant, type Instant, justBefore, parseInstant, UsageError } from './args.ts';
import { type LogFilter, parseFilter } from './cloudflare-filters.ts';
import { options } from './command.ts';
import { largestPageSize, paramsFromFlags, parseArgsOptions, specFlags } from './spec-flags.ts';
import type { BifrostTarget, CloudflareTarget } from './targets.ts';

export type { BifrostLog, CloudflareLog };

/** A Cloudflare log row as the CLI writes it: the API's row with the gateway it came from. */
export type CloudflareRow = CloudflareLog & { gateway_id: string };

const cloudflareList = cloudflareOperations.listLogs;
const bifrostList = bifrostOperations.listLogs;

/** Pagination is the CLI's job (`--limit` counts rows, not pages), so those are not flags. */
const pagingParams = (operation: typeof cloudflareList | typeof bifrostList) => {
  const pagination = operation.pagination;
  return pagination ? [pagination.style, pagination.sizeParam] : [];
};

/**
 * Bifrost: every query parameter of the logs list is a flag (`--providers`, `--status`,
 * `--min-cost`, `--content-search`, …), typed by the spec.
 */
export const bifrostFlags = specFlags(bifrostList, pagingParams(bifrostList));

/**
 * Cloudflare: `--filter` covers the `filters` grammar, and the list's search and order are
 * flags. The deprecated single-purpose parameters (`min_cost`, …) are left out: a filter says
 * the same.
 */
const cloudflareParamFlags = [
  'search',
  'order_by',
  'order_by_direction',
] as const satisfies readonly (keyof CloudflareListParams)[];
export const cloudflareFlags = specFlags(
  cloudflareList,
  Object.keys(cloudflareList.query).filter(
    (name) => !(cloudflareParamFlags as readonly string[]).includes(name),
  ),
);

/** The flags every command that reads logs takes, for `parseArgs`. */
export const selectionOptions = options(
  {
    since: { type: 'string' },
    until: { type: 'string' },
    gateway: { type: 'string', multiple: true },
    filter: { type: 'string', multiple: true },
    provider: { type: 'string', multiple: true },
    model: { type: 'string', multiple: true },
  },
  parseArgsOptions(cloudflareFlags),
  parseArgsOptions(bifrostFlags),
);

export interface TimeWindow {
  since?: Instant | undefined;
  until?: Instant | undefined;
}

export function timeWindow(values: Record<string, unknown>, now: Date): TimeWindow {
  const since =
    values.since === undefined ? undefined : parseInstant('since', String(values.since), now);
  const until =
    values.until === undefined ? undefined : parseInstant('until', String(values.until), now);
  if (since && until && since.ms >= until.ms)
    throw new UsageError('--since must be before --until');
  return { since, until };
}

/** Refuses flags meant for the other API, naming the API they belong to. */
export function refuseOtherApi(
  api: 'cloudflare' | 'bifrost',
  values: Record<string, unknown>,
): void {
  const cloudflareOnly = ['gateway', 'filter', ...cloudflareFlags.map((flag) => flag.flag)];
  const bifrostOnly = bifrostFlags
    .map((flag) => flag.flag)
    .filter((flag) => !cloudflareOnly.includes(flag));
  const foreign = api === 'cloudflare' ? bifrostOnly : cloudflareOnly;
  const used = foreign.find((flag) => values[flag] !== undefined);
  if (used)
    throw new UsageError(
      `--${used} is for ${api === 'cloudflare' ? 'Bifrost' : 'Cloudflare'}, not ${api === 'cloudflare' ? 'Cloudflare' : 'Bifrost'}`,
    );
}

export interface CloudflareSelection {
  /** Named with `--gateway`; every gateway of the account when empty. */
  gateways: string[];
  filters: LogFilter[];
  /** `search`, `order_by`, `order_by_direction` as given. */
  params: Record<string, unknown>;
}

/** `--since`/`--until` as filters on `created_at`: at or after since, before until. */
function windowFilters(window: TimeWindow): LogFilter[] {
  const filters: LogFilter[] = [];
  // The API compares with > and < only, to the millisecond: "at or after since" is "after the
  // millisecond before".
  if (window.since)
    filters.push({
      key: 'created_at',
      operator: 'gt',
      value: [new Date(window.since.ms - 1).toISOString()],
    } as LogFilter);
  if (window.until)
    filters.push({
      key: 'created_at',
      operator: 'lt',
      value: [formatInstant({ ms: window.until.ms, subMs: '000000' })],
    } as LogFilter);
  return filters;
}

/** `--provider a,b --provider c` → `['a', 'b', 'c']`; undefined when not given. */
function named(values: Record<string, unknown>, flag: 'provider' | 'model'): string[] | undefined {
  const given = values[flag] as string[] | undefined;
  return given?.flatMap((item) => item.split(',').flatMap((part) => part.trim() || []));
}

export function cloudflareSelection(
  values: Record<string, unknown>,
  window: TimeWindow,
): CloudflareSelection {
  refuseOtherApi('cloudflare', values);
  const filters = ((values.filter as string[] | undefined) ?? []).map(parseFilter);
  // --provider and --model, the same on both APIs: here, the filters `provider eq …`.
  for (const key of ['provider', 'model'] as const) {
    const value = named(values, key);
    if (value) filters.push({ key, operator: 'eq', value } as LogFilter);
  }
  return {
    gateways: (values.gateway as string[] | undefined) ?? [],
    filters: [...filters, ...windowFilters(window)],
    params: paramsFromFlags(cloudflareFlags, values),
  };
}

export interface BifrostSelection {
  params: Record<string, unknown>;
}

export function bifrostSelection(
  values: Record<string, unknown>,
  window: TimeWindow,
): BifrostSelection {
  refuseOtherApi('bifrost', values);
  const params = paramsFromFlags(bifrostFlags, values);
  // --provider and --model, the same on both APIs: here, more of --providers and --models.
  for (const [flag, param] of [
    ['provider', 'providers'],
    ['model', 'models'],
  ] as const) {
    const value = named(values, flag);
    if (value) params[param] = [...((params[param] as string[] | undefined) ?? []), ...value];
  }
  for (const [flag, param, bound] of [
    ['since', 'start_time', window.since],
    ['until', 'end_time', window.until],
  ] as const) {
    if (bound === undefined) continue;
    if (params[param] !== undefined || params.period !== undefined)
      throw new UsageError(
        `--${flag} and --${param.replace('_', '-')} (or --period) say the same thing: give one`,
      );
    // Bifrost's bounds are inclusive, to the nanosecond: "before until" ends 1 ns before it.
    params[param] = formatInstant(flag === 'until' ? justBefore(bound) : bound);
  }
  return { params };
}

/** Every gateway id of the account, in the API's order. */
export async function allGateways(
  target: CloudflareTarget,
  options: RequestOptions,
): Promise<string[]> {
  const ids: string[] = [];
  const per_page = largestPageSize(cloudflareOperations.listGateways, {
    account_id: target.accountId,
  });
  for await (const gateway of target.client.gateways.list({ per_page }, options))
    ids.push(gateway.id);
  return ids;
}

export interface ReadOptions {
  /** Stop after this many rows. */
  limit?: number | undefined;
  signal: AbortSignal;
  /** Told the total count of the list about to be read, when the API reports one. */
  onTotal?: ((total: number) => void) | undefined;
  /** Called once every row of a page has been taken, before the next page is asked for. */
  onPageEnd?: (() => Promise<void>) | undefined;
  /**
   * Continue from here: the rows at or after this time (of this gateway, and the gateways after
   * it). The rows at exactly this time that were already written are the caller's to skip.
   */
  from?: { gateway_id?: string | undefined; at: string } | undefined;
}

interface PageLike<Item> {
  items: Item[];
  totalCount: number | undefined;
  hasNextPage(): boolean;
  nextPage(): Promise<PageLike<Item>>;
}

/**
 * The items of a list, page by page. A row already yielded on the page before (rows written
 * while reading shift the pages of a list ordered newest first) is not yielded twice.
 */
async function* itemsOf<Item extends { id: string }>(
  first: PromiseLike<PageLike<Item>>,
  limit: number,
  onTotal?: (total: number) => void,
  onPageEnd?: () => Promise<void>,
): AsyncGenerator<Item> {
  let page = await first;
  if (page.totalCount !== undefined) onTotal?.(page.totalCount);
  let count = 0;
  let previous = new Set<string>();
  while (true) {
    const ids = new Set<string>();
    for (const item of page.items) {
      ids.add(item.id);
      if (previous.has(item.id)) continue;
      yield item;
      if (++count >= limit) return;
    }
    await onPageEnd?.();
    if (!page.hasNextPage()) return;
    previous = ids;
    page = await page.nextPage();
  }
}

/** The selected logs of each selected gateway, oldest first unless the order flags say not. */
export async function* readCloudflareLogs(
  target: CloudflareTarget,
  selection: CloudflareSelection,
  options: ReadOptions,
): AsyncGenerator<CloudflareRow> {
  const request = { signal: options.signal };
  const gateways =
    selection.gateways.length > 0 ? selection.gateways : await allGateways(target, request);
  let left = options.limit ?? Number.POSITIVE_INFINITY;
  const largest = largestPageSize(cloudflareList, {
    account_id: target.accountId,
    gateway_id: 'x',
  });
  const { from } = options;
  const start = from?.gateway_id === undefined ? 0 : gateways.indexOf(from.gateway_id);
  if (start < 0) throw new UsageError(`gateway ${from?.gateway_id} is not in the selection`);
  for (const [index, gateway_id] of gateways.entries()) {
    if (index < start) continue;
    if (left <= 0) return;
    // At or after the resumed row's millisecond: the API compares with > only.
    const resumeFilters: LogFilter[] =
      from && index === start
        ? [
            {
              key: 'created_at',
              operator: 'gt',
              value: [new Date(Date.parse(from.at) - 1).toISOString()],
            } as LogFilter,
          ]
        : [];
    const filters = [...selection.filters, ...resumeFilters];
    const list = target.client.logs.list(
      {
        gateway_id,
        order_by: 'created_at',
        order_by_direction: 'asc',
        ...selection.params,
        ...(filters.length > 0 ? { filters } : {}),
        per_page: Math.min(largest, left),
      },
      request,
    );
    for await (const log of itemsOf<CloudflareLog>(
      list,
      left,
      options.onTotal,
      options.onPageEnd,
    )) {
      left--;
      yield { gateway_id, ...log };
    }
  }
}

/** The selected Bifrost logs, oldest first unless the order flags say not. */
export async function* readBifrostLogs(
  target: BifrostTarget,
  selection: BifrostSelection,
  options: ReadOptions,
): AsyncGenerator<BifrostLog> {
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const list = target.client.logs.list(
    {
      sort_by: 'timestamp',
      order: 'asc',
      ...selection.params,
      // Bifrost's bounds are inclusive: at or after the resumed row's time.
      ...(options.from ? { start_time: options.from.at } : {}),
      limit: Math.min(largestPageSize(bifrostList), limit),
    },
    { signal: options.signal },
  );
  yield* itemsOf<BifrostLog>(list, limit, options.onTotal, options.onPageEnd);
}
