// ai-gateway logs export: every log a selection matches, streamed to stdout or a file.
import { commaList, oneOf, parsePositiveInteger } from '../internal/args.ts';
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
import { FileSink, type RowFormat, rowFormats, rowWriter, type Sink } from '../internal/output.ts';
import { selectionHelp } from '../internal/selection-help.ts';
import { bifrostTarget, chooseApi, cloudflareTarget } from '../internal/targets.ts';

/** `token_usage.total_tokens`: a field, or a field of a nested object, of a row. */
type Column<Row> =
  | (keyof Row & string)
  | {
      [K in keyof Row & string]: NonNullable<Row[K]> extends readonly unknown[]
        ? never
        : NonNullable<Row[K]> extends object
          ? `${K}.${keyof NonNullable<Row[K]> & string}`
          : never;
    }[keyof Row & string];

/** The CSV columns unless `--columns` names others: what a spreadsheet of requests wants. */
export const defaultColumns = {
  cloudflare: [
    'gateway_id',
    'id',
    'created_at',
    'provider',
    'model',
    'success',
    'cached',
    'status_code',
    'duration',
    'tokens_in',
    'tokens_out',
    'cost',
  ] satisfies readonly Column<CloudflareRow>[],
  bifrost: [
    'id',
    'timestamp',
    'provider',
    'model',
    'object',
    'status',
    'latency',
    'token_usage.prompt_tokens',
    'token_usage.completion_tokens',
    'token_usage.total_tokens',
    'cost',
    'virtual_key_name',
    'selected_key_name',
  ] satisfies readonly Column<BifrostLog>[],
};

async function run({ values, context, out, report }: CommandInput): Promise<number> {
  const api = chooseApi(values.api as string | undefined, context.env);
  const format = oneOf<RowFormat>(
    'format',
    values.format as string | undefined,
    rowFormats,
    'ndjson',
  );
  const limit = parsePositiveInteger('limit', values.limit as string | undefined);
  const window = timeWindow(values, context.now());
  const columns = values.columns ? commaList(values.columns as string[]) : [...defaultColumns[api]];
  let expected = 0;
  const rows =
    api === 'cloudflare'
      ? readCloudflareLogs(cloudflareTarget(context, values), cloudflareSelection(values, window), {
          limit,
          signal: context.signal,
          onTotal: (total) => {
            expected += total;
          },
        })
      : readBifrostLogs(bifrostTarget(context, values), bifrostSelection(values, window), {
          limit,
          signal: context.signal,
          onTotal: (total) => {
            expected += total;
          },
        });
  const file = values.output ? await FileSink.open(String(values.output), context.cwd) : undefined;
  const sink: Sink = file ?? out;
  const writer = rowWriter(sink, format, columns);
  let written = 0;
  // Rows printed to the terminal would run into a progress line on the same screen.
  const progress = file !== undefined || out.stream.isTTY !== true;
  try {
    for await (const row of rows) {
      await writer.row(row);
      written++;
      if (!progress) continue;
      const of = expected > 0 ? ` of ${count(Math.min(expected, limit ?? expected))}` : '';
      await report.progress(`exporting… ${count(written)}${of} logs`);
    }
    await writer.end();
    await file?.commit();
  } catch (error) {
    await file?.discard();
    throw error;
  } finally {
    await report.clearProgress();
  }
  await report.note(
    `exported ${count(written)} ${written === 1 ? 'log' : 'logs'}${file ? ` to ${file.path}` : ''}`,
  );
  return 0;
}

export const logsExport: Command = {
  name: 'logs export',
  summary: 'write the logs a selection matches as NDJSON, JSON or CSV',
  options: options(commonOptions, selectionOptions, {
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    columns: { type: 'string', multiple: true },
    limit: { type: 'string' },
  }),
  help: () => `Usage: ai-gateway logs export [options]

Writes every log the selection matches, oldest first, one page at a time (memory stays flat
however many there are). Cloudflare rows carry the gateway_id they came from.

Output:
  -f, --format <name>  ndjson (default: one log a line, as the API returns it), json, csv
  -o, --output <file>  write to a file instead of stdout; it appears only once the export is
                       complete (a failed or interrupted export leaves no file)
  --columns <a,b>      CSV columns, dotted for nested fields (default: ${defaultColumns.cloudflare.slice(0, 4).join(',')},…
                       for Cloudflare; id,timestamp,provider,model,…,token_usage.total_tokens,cost for Bifrost)
  --limit <n>          stop after n logs

${selectionHelp()}

${commonHelp}

Examples:
  ai-gateway logs export --gateway support-bot-prod --since 24h --filter 'cost>0.01' > costly.ndjson
  ai-gateway logs export --api bifrost --status error --since 2026-11-01 -f csv -o errors.csv`,
  run,
};
