// ai-gateway costs: what the selected requests cost, grouped by model, provider, day, gateway or
// key, summed here from the log rows themselves so that every API and every grouping reads the
// same way, and the figures can be checked against an export of the same selection.
import {
  commaList,
  formatInstant,
  oneOf,
  parsePositiveInteger,
  UsageError,
} from '../internal/args.ts';
import { rankedDimensions, statsAnswer, statsReport } from '../internal/bifrost-stats.ts';
import {
  type Command,
  type CommandInput,
  commonHelp,
  commonOptions,
  count,
  options,
} from '../internal/command.ts';
import {
  type BifrostLog,
  bifrostSelection,
  type CloudflareRow,
  cloudflareSelection,
  readBifrostLogs,
  readCloudflareLogs,
  selectionOptions,
  timeWindow,
} from '../internal/logs.ts';
import { csvLine, table } from '../internal/output.ts';
import { selectionHelp } from '../internal/selection-help.ts';
import { type ApiName, bifrostTarget, chooseApi, cloudflareTarget } from '../internal/targets.ts';

/** What one request adds to its group. */
interface Usage {
  keys: Record<string, string>;
  tokensIn: number;
  tokensOut: number;
  /** USD; undefined when the row has no cost (not priced yet, or an unknown model). */
  cost: number | undefined;
}

export interface CostGroup {
  /** The value of each `--by` dimension: `{ model: 'gpt-4o', day: '2026-11-30' }`. */
  keys: Record<string, string>;
  requests: number;
  tokens_in: number;
  tokens_out: number;
  /** USD, of the requests that have a cost. */
  cost_usd: number;
  /** Requests with no cost in their log. */
  unpriced: number;
  /** Only for groups the server summed, which do not split input from output. */
  tokens?: number;
}

/** The UTC day or month of an RFC 3339 time. */
const utc = (time: string, length: 10 | 7) => {
  const ms = Date.parse(time);
  return Number.isNaN(ms) ? '(unknown)' : new Date(ms).toISOString().slice(0, length);
};
const named = (value: string | null | undefined) => (value ? value : '(none)');

type Dimensions<Row> = Readonly<Record<string, (row: Row) => string>>;

const cloudflareDimensions: Dimensions<CloudflareRow> = {
  model: (row) => named(row.model),
  provider: (row) => named(row.provider),
  gateway: (row) => row.gateway_id,
  day: (row) => utc(row.created_at, 10),
  month: (row) => utc(row.created_at, 7),
};

const bifrostDimensions: Dimensions<BifrostLog> = {
  model: (row) => named(row.model),
  provider: (row) => named(row.provider),
  day: (row) => utc(row.timestamp, 10),
  month: (row) => utc(row.timestamp, 7),
  'virtual-key': (row) => named(row.virtual_key_name ?? row.virtual_key_id),
  key: (row) => named(row.selected_key_name || row.selected_key_id),
  team: (row) => named(row.team_name ?? row.team_id),
  customer: (row) => named(row.customer_name ?? row.customer_id),
  user: (row) => named(row.user_name ?? row.user_id),
  status: (row) => row.status,
};

export const dimensions: Readonly<Record<ApiName, Dimensions<never>>> = {
  cloudflare: cloudflareDimensions as Dimensions<never>,
  bifrost: bifrostDimensions as Dimensions<never>,
};

const timeDimensions = new Set(['day', 'month']);

function usageOf<Row>(
  row: Row,
  by: readonly string[],
  of: Dimensions<Row>,
): Record<string, string> {
  const keys: Record<string, string> = {};
  for (const name of by) keys[name] = (of[name] as (row: Row) => string)(row);
  return keys;
}

const cloudflareUsage = (row: CloudflareRow, by: readonly string[]): Usage => ({
  keys: usageOf(row, by, cloudflareDimensions),
  tokensIn: row.tokens_in ?? 0,
  tokensOut: row.tokens_out ?? 0,
  cost: typeof row.cost === 'number' ? row.cost : undefined,
});

const bifrostUsage = (row: BifrostLog, by: readonly string[]): Usage => ({
  keys: usageOf(row, by, bifrostDimensions),
  tokensIn: row.token_usage?.prompt_tokens ?? 0,
  tokensOut: row.token_usage?.completion_tokens ?? 0,
  cost: typeof row.cost === 'number' ? row.cost : undefined,
});

/** Sums rounded to a tenth of a nano-dollar, so that adding floats shows no noise in the output. */
const rounded = (usd: number) => Math.round(usd * 1e10) / 1e10;

/** Adds up usages by their keys. */
export class CostTotals {
  readonly #groups = new Map<string, CostGroup>();
  readonly total: CostGroup = {
    keys: {},
    requests: 0,
    tokens_in: 0,
    tokens_out: 0,
    cost_usd: 0,
    unpriced: 0,
  };

  /** A group already summed elsewhere (by the server). */
  addSums(
    keys: Record<string, string>,
    sums: { requests: number; tokens: number; cost_usd: number },
  ): void {
    const group: CostGroup = {
      keys,
      requests: sums.requests,
      tokens_in: 0,
      tokens_out: 0,
      tokens: sums.tokens,
      cost_usd: sums.cost_usd,
      unpriced: 0,
    };
    this.#groups.set(JSON.stringify(keys), group);
  }

  add(usage: Usage): void {
    const id = JSON.stringify(usage.keys);
    let group = this.#groups.get(id);
    if (!group) {
      group = {
        keys: usage.keys,
        requests: 0,
        tokens_in: 0,
        tokens_out: 0,
        cost_usd: 0,
        unpriced: 0,
      };
      this.#groups.set(id, group);
    }
    for (const sum of [group, this.total]) {
      sum.requests++;
      sum.tokens_in += usage.tokensIn;
      sum.tokens_out += usage.tokensOut;
      if (usage.cost === undefined) sum.unpriced++;
      else sum.cost_usd += usage.cost;
    }
  }

  /**
   * The groups: in time order when the first dimension is a day or month, most expensive first
   * otherwise; past `top`, the rest summed as one `(other)` group.
   */
  groups(by: readonly string[], top?: number): CostGroup[] {
    const chronological = by[0] !== undefined && timeDimensions.has(by[0]);
    const keyText = (group: CostGroup) => by.map((name) => group.keys[name]).join('\u0000');
    const all = [...this.#groups.values()]
      .map((group) => ({ ...group, cost_usd: rounded(group.cost_usd) }))
      .sort((a, b) =>
        chronological
          ? keyText(a).localeCompare(keyText(b))
          : b.cost_usd - a.cost_usd ||
            b.requests - a.requests ||
            keyText(a).localeCompare(keyText(b)),
      );
    if (top === undefined || all.length <= top) return all;
    const rest = all.slice(top);
    const other: CostGroup = {
      keys: Object.fromEntries(
        by.map((name, index) => [name, index === 0 ? `(other ${rest.length})` : '']),
      ),
      requests: 0,
      tokens_in: 0,
      tokens_out: 0,
      cost_usd: 0,
      unpriced: 0,
    };
    for (const group of rest) {
      other.requests += group.requests;
      other.tokens_in += group.tokens_in;
      other.tokens_out += group.tokens_out;
      other.cost_usd += group.cost_usd;
      other.unpriced += group.unpriced;
      if (group.tokens !== undefined) other.tokens = (other.tokens ?? 0) + group.tokens;
    }
    other.cost_usd = rounded(other.cost_usd);
    return [...all.slice(0, top), other];
  }
}

const usd = (value: number) => `$${value.toFixed(6)}`;
const share = (part: number, whole: number) =>
  whole > 0 ? `${((part / whole) * 100).toFixed(1)}%` : '-';

type CostFormat = 'table' | 'json' | 'csv';
type Source = 'auto' | 'logs' | 'stats';

/** A figure of the report: its JSON and CSV name, its table header, and how the table shows it. */
interface Figure {
  name: 'requests' | 'tokens' | 'tokens_in' | 'tokens_out' | 'cost_usd' | 'unpriced';
  label: string;
  show: (value: number, total: ReportRow) => string;
}

type ReportRow = { keys: Record<string, string> } & Partial<Record<Figure['name'], number>>;

interface Report {
  /** Where the figures come from: the log rows, or the server's statistics. */
  source: 'logs' | 'stats';
  groups: ReportRow[];
  total: ReportRow;
  figures: Figure[];
}

const figures = {
  requests: { name: 'requests', label: 'requests', show: count },
  tokens: { name: 'tokens', label: 'tokens', show: count },
  tokens_in: { name: 'tokens_in', label: 'tokens in', show: count },
  tokens_out: { name: 'tokens_out', label: 'tokens out', show: count },
  cost_usd: { name: 'cost_usd', label: 'cost (USD)', show: usd },
  unpriced: { name: 'unpriced', label: 'unpriced', show: count },
} as const satisfies Record<Figure['name'], Figure>;

/** The report summed here from every selected log row. */
async function fromLogs(
  input: CommandInput,
  api: ApiName,
  by: readonly string[],
  window: ReturnType<typeof timeWindow>,
  top: number | undefined,
): Promise<Report> {
  const { values, context, report } = input;
  const totals = new CostTotals();
  let expected = 0;
  const reading = {
    signal: context.signal,
    onTotal: (total: number) => {
      expected += total;
    },
  };
  const progress = () =>
    report.progress(
      `reading… ${count(totals.total.requests)}${expected ? ` of ${count(expected)}` : ''} logs`,
    );
  try {
    if (api === 'cloudflare') {
      const rows = readCloudflareLogs(
        cloudflareTarget(context, values),
        cloudflareSelection(values, window),
        reading,
      );
      for await (const row of rows) {
        totals.add(cloudflareUsage(row, by));
        await progress();
      }
    } else {
      const rows = readBifrostLogs(
        bifrostTarget(context, values),
        bifrostSelection(values, window),
        reading,
      );
      for await (const row of rows) {
        totals.add(bifrostUsage(row, by));
        await progress();
      }
    }
  } finally {
    await report.clearProgress();
  }
  const withTokens = (group: CostGroup): ReportRow => ({
    ...group,
    tokens: group.tokens_in + group.tokens_out,
  });
  return {
    source: 'logs',
    groups: totals.groups(by, top).map(withTokens),
    total: withTokens({ ...totals.total, cost_usd: rounded(totals.total.cost_usd) }),
    figures: [
      figures.requests,
      figures.tokens_in,
      figures.tokens_out,
      figures.cost_usd,
      figures.unpriced,
    ],
  };
}

/** The report from Bifrost's statistics, which sum by model and provider on the server. */
async function fromStats(
  input: CommandInput,
  by: readonly string[],
  params: Record<string, unknown>,
  top: number | undefined,
): Promise<Report> {
  const { values, context } = input;
  const answer = await statsReport(bifrostTarget(context, values), by, params, {
    signal: context.signal,
  });
  const totals = new CostTotals();
  for (const group of answer.groups) totals.addSums(group.keys, group);
  return {
    source: 'stats',
    groups: totals.groups(by, top).map(({ keys, requests, cost_usd, tokens }) => ({
      keys,
      requests,
      cost_usd,
      tokens,
    })),
    total: { keys: {}, ...answer.total, cost_usd: rounded(answer.total.cost_usd) },
    figures: [figures.requests, figures.tokens, figures.cost_usd],
  };
}

async function run(input: CommandInput): Promise<number> {
  const { values, context, out, report } = input;
  const api = chooseApi(values.api as string | undefined, context.env);
  const format = oneOf<CostFormat>(
    'format',
    values.format as string | undefined,
    ['table', 'json', 'csv'],
    'table',
  );
  const source = oneOf<Source>(
    'source',
    values.source as string | undefined,
    ['auto', 'logs', 'stats'],
    'auto',
  );
  const top = parsePositiveInteger('top', values.top as string | undefined);
  const by = values.by ? commaList(values.by as string[]) : ['model'];
  const known = Object.keys(dimensions[api]);
  for (const name of by)
    if (!known.includes(name))
      throw new UsageError(`--by ${name} is not a ${api} dimension: use ${known.join(', ')}`);
  if (new Set(by).size !== by.length) throw new UsageError('--by names a dimension twice');
  const window = timeWindow(values, context.now());
  let result: Report;
  const params = api === 'bifrost' ? bifrostSelection(values, window).params : {};
  const answered = api === 'bifrost' && statsAnswer(by, params);
  if (source === 'stats' && !answered)
    throw new UsageError(
      api === 'cloudflare'
        ? '--source stats is for Bifrost; Cloudflare costs are summed from the logs'
        : `--source stats answers --by ${rankedDimensions.join(', ')} only, with the filters the stats routes take`,
    );
  if (answered && source !== 'logs') result = await fromStats(input, by, params, top);
  else result = await fromLogs(input, api, by, window, top);

  const { groups, total } = result;
  const names = result.figures.map((figure) => figure.name);
  if (format === 'json') {
    const document = {
      api,
      source: result.source,
      since: window.since ? formatInstant(window.since) : null,
      until: window.until ? formatInstant(window.until) : null,
      by,
      groups: groups.map(({ keys, ...sums }) => ({ ...keys, ...sums })),
      total: (({ keys: _, ...sums }) => sums)(total),
    };
    await out.write(`${JSON.stringify(document, null, 2)}\n`);
  } else if (format === 'csv') {
    await out.write(csvLine([...by, ...names]));
    for (const group of groups)
      await out.write(
        csvLine([...by.map((name) => group.keys[name]), ...names.map((name) => group[name])]),
      );
  } else {
    // A column of zeros says nothing: unpriced shows only when some request has no cost.
    const shown = result.figures.filter(
      (figure) => figure.name !== 'unpriced' || (total.unpriced ?? 0) > 0,
    );
    const header = [...by, ...shown.map((figure) => figure.label), 'share'];
    const line = (group: ReportRow, keys: readonly string[]) => [
      ...keys,
      ...shown.map((figure) => figure.show(group[figure.name] ?? 0, total)),
      share(group.cost_usd ?? 0, total.cost_usd ?? 0),
    ];
    const rows = groups.map((group) =>
      line(
        group,
        by.map((name) => group.keys[name] ?? ''),
      ),
    );
    rows.push(
      line(
        total,
        by.map((_, index) => (index === 0 ? 'total' : '')),
      ),
    );
    await out.write(table(header, rows));
  }
  const span = [
    window.since ? `from ${formatInstant(window.since)}` : undefined,
    window.until ? `until ${formatInstant(window.until)}` : undefined,
  ].filter(Boolean);
  const requests = total.requests ?? 0;
  const unpriced = total.unpriced ?? 0;
  await report.note(
    `${count(requests)} ${requests === 1 ? 'request' : 'requests'}${span.length ? ` ${span.join(' ')}` : ''}` +
      (unpriced > 0
        ? `; ${count(unpriced)} without a cost in their log (not counted in the cost)`
        : '') +
      (result.source === 'stats'
        ? '; from Bifrost’s statistics (/api/logs/stats, /api/logs/rankings)'
        : ''),
  );
  return 0;
}

export const cost: Command = {
  name: 'cost',
  aliases: ['costs'],
  summary: 'what the selected requests cost, by model, provider, gateway, day or key',
  options: options(commonOptions, selectionOptions, {
    by: { type: 'string', multiple: true },
    top: { type: 'string' },
    format: { type: 'string', short: 'f' },
    source: { type: 'string' },
  }),
  help: () => `Usage: ai-gateway cost [options]   (also: ai-gateway costs)

Adds up the cost (USD), requests and tokens of what the selection matches, grouped by --by.

Bifrost answers by model and provider itself: its /api/logs/stats gives the totals and
/api/logs/rankings the cost of each model and provider, so those reports read two answers, not
every log. Any other grouping (day, key, team, …), and every Cloudflare report, is summed here
from the log rows, so it agrees with a logs export of the same selection; a request whose log has
no cost (still running, or a model without a price) is counted apart. The report says which.

Report:
  --by <a,b>           group by (default: model); several nest: --by day,model
                       Cloudflare: ${Object.keys(cloudflareDimensions).join(', ')}
                       Bifrost: ${Object.keys(bifrostDimensions).join(', ')}
                       (day and month are UTC)
  --top <n>            the n most expensive groups, the rest summed as one
  -f, --format <name>  table (default), json, csv
  --source <name>      auto (default: Bifrost's statistics where they answer, else the logs),
                       logs, or stats (Bifrost, --by model and/or provider)

${selectionHelp()}

${commonHelp}

Examples:
  ai-gateway cost --since 7d --by provider,model
  ai-gateway cost --gateway support-bot-prod --since 2026-11-01 --until 2026-12-01 --by day -f csv
  ai-gateway cost --api bifrost --since 24h --by virtual-key --top 10`,
  run,
};
