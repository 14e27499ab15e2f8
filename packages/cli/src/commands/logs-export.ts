// ai-gateway logs export: every log a selection matches, streamed to stdout or a file, as JSON
// Lines, JSON, CSV or Parquet; a file export can be resumed after an interruption.
import { commaList, oneOf, parsePositiveInteger, UsageError } from '../internal/args.ts';
import {
  type Command,
  type CommandInput,
  commonHelp,
  commonOptions,
  count,
  options,
} from '../internal/command.ts';
import { type Cursor, ExportFile, isSpecialFile } from '../internal/export-file.ts';
import {
  allGateways,
  type BifrostLog,
  bifrostSelection,
  type CloudflareRow,
  cloudflareSelection,
  readBifrostLogs,
  readCloudflareLogs,
  selectionOptions,
  timeWindow,
} from '../internal/logs.ts';
import { FileSink, rowWriter, type Sink } from '../internal/output.ts';
import { jsonLinesToParquet } from '../internal/parquet.ts';
import { ExportProgress, type ProgressMode } from '../internal/progress.ts';
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

type ExportFormat = 'jsonl' | 'json' | 'csv' | 'parquet';
const exportFormats: readonly ExportFormat[] = ['jsonl', 'json', 'csv', 'parquet'];

/** Flags that change how the export runs, not what it writes: a resume may differ in them. */
const runFlags = new Set([
  'resume',
  'quiet',
  'debug',
  'api-token',
  'token',
  'help',
  'out',
  'output',
]);
/** The flags that order the rows: a resume continues in the default order only. */
const orderFlags = ['order', 'sort-by', 'order-by', 'order-by-direction'];

/** Row, gateway and time of a row, in the export's order. */
type Located = { row: { id: string }; gateway_id?: string | undefined; at: string };

async function run({ values, context, out, report }: CommandInput): Promise<number> {
  const api = chooseApi(values.api as string | undefined, context.env);
  const raw = values.format === 'ndjson' ? 'jsonl' : (values.format as string | undefined);
  const format = oneOf<ExportFormat>('format', raw, exportFormats, 'jsonl');
  const limit = parsePositiveInteger('limit', values.limit as string | undefined);
  if (values.out !== undefined && values.output !== undefined)
    throw new UsageError('--out and --output are the same option: give one');
  const outPath = (values.out ?? values.output) as string | undefined;
  const resume = values.resume === true;
  if (format === 'parquet' && outPath === undefined)
    throw new UsageError('--format parquet needs --out <file>: Parquet is not a stream');
  if (resume && outPath === undefined)
    throw new UsageError('--resume needs --out <file>: it continues that file');
  const special = outPath !== undefined && (await isSpecialFile(outPath, context.cwd));
  if (resume && special) throw new UsageError('--resume needs --out to be a regular file');
  if (format === 'parquet' && special)
    throw new UsageError('--format parquet needs --out to be a regular file');
  if (resume)
    for (const flag of orderFlags)
      if (values[flag] !== undefined)
        throw new UsageError(`--resume continues the default oldest-first order: drop --${flag}`);

  const cloudflare = api === 'cloudflare' ? cloudflareTarget(context, values) : undefined;
  const bifrost = api === 'bifrost' ? bifrostTarget(context, values) : undefined;
  const selection: Record<string, unknown> = {
    api,
    target: cloudflare ? cloudflare.accountId : bifrost?.options.baseUrl,
    ...Object.fromEntries(Object.entries(values).filter(([key]) => !runFlags.has(key))),
    format,
  };
  const checkpoint =
    resume && outPath !== undefined
      ? await ExportFile.readCheckpoint(outPath, context.cwd)
      : undefined;
  if (checkpoint) ExportFile.checkSameSelection(checkpoint, selection);
  else if (resume) await report.note('no checkpoint to resume from: starting at the beginning');
  // A resumed export reads the window of its first run: `--since 24h` counts from then.
  const startedAt = checkpoint ? new Date(checkpoint.startedAt) : context.now();
  const window = timeWindow(values, startedAt);
  const columns = values.columns ? commaList(values.columns as string[]) : [...defaultColumns[api]];

  const cloudflareRows = cloudflare ? cloudflareSelection(values, window) : undefined;
  const gateways =
    cloudflare && cloudflareRows
      ? (checkpoint?.gateways ??
        (cloudflareRows.gateways.length > 0
          ? cloudflareRows.gateways
          : await allGateways(cloudflare, { signal: context.signal })))
      : undefined;
  const bifrostRows = bifrost ? bifrostSelection(values, window) : undefined;

  let rows = checkpoint?.rows ?? 0;
  let pages = checkpoint?.pages ?? 0;
  let cursor: Cursor | null = checkpoint?.cursor ?? null;
  const skip = new Set(cursor?.ids ?? []);
  const skipAt = cursor?.at;

  const file =
    outPath !== undefined && !special
      ? await ExportFile.open(
          outPath,
          context.cwd,
          checkpoint ?? {
            version: 1,
            selection,
            startedAt: startedAt.toISOString(),
            gateways,
            rows: 0,
            pages: 0,
            bytes: 0,
            cursor: null,
          },
          checkpoint !== undefined,
        )
      : undefined;
  const direct = special && outPath ? await FileSink.open(outPath, context.cwd) : undefined;
  const sink: Sink | undefined = file ? undefined : (direct ?? out);
  // Parquet is staged as JSON Lines, converted once complete.
  const staged = format === 'parquet' ? 'jsonl' : format;
  const writer = rowWriter(
    file ? { write: async (text: string) => file.write(text) } : (sink as Sink),
    staged,
    columns,
    rows,
  );

  const toTerminal = outPath === undefined && out.stream.isTTY === true;
  const mode: ProgressMode = report.quiet
    ? 'off'
    : report.interactive
      ? toTerminal
        ? 'off'
        : 'bar'
      : 'lines';
  const progress = new ExportProgress(report.sink, mode, rows);
  // The total the API reports is of what is left to read when resuming.
  const baseTotal = rows - skip.size;
  let expected = 0;
  const reading = {
    // Skipped rows are yielded too: they count towards the reader's limit.
    limit: limit === undefined ? undefined : limit - rows + skip.size,
    signal: context.signal,
    from: cursor ? { gateway_id: cursor.gateway_id, at: cursor.at } : undefined,
    onTotal: (total: number) => {
      expected += total;
      const all = baseTotal + expected;
      progress.total = limit === undefined ? all : Math.min(limit, all);
    },
    onPageEnd: async () => {
      pages++;
      await file?.endPage({ rows, pages, cursor });
      await progress.page(rows, pages);
    },
  };
  const located: AsyncIterable<Located> =
    cloudflare && cloudflareRows
      ? (async function* () {
          for await (const row of readCloudflareLogs(
            cloudflare,
            { ...cloudflareRows, gateways: gateways ?? [] },
            reading,
          ))
            yield { row, gateway_id: row.gateway_id, at: row.created_at };
        })()
      : (async function* () {
          for await (const row of readBifrostLogs(
            bifrost as NonNullable<typeof bifrost>,
            bifrostRows as NonNullable<typeof bifrostRows>,
            reading,
          ))
            yield { row, at: row.timestamp };
        })();

  let kept = false;
  try {
    if (limit === undefined || rows < limit)
      for await (const { row, gateway_id, at } of located) {
        // Rows of the resumed row's instant that were written before.
        if (at === skipAt && skip.has(row.id) && gateway_id === cursor?.gateway_id) continue;
        await writer.row(row);
        rows++;
        if (cursor && cursor.at === at && cursor.gateway_id === gateway_id) cursor.ids.push(row.id);
        else cursor = { ...(gateway_id === undefined ? {} : { gateway_id }), at, ids: [row.id] };
      }
    await writer.end();
    if (file) {
      await file.endPage({ rows, pages, cursor });
      await file.commit(
        format === 'parquet'
          ? (partial, done) => jsonLinesToParquet(partial, done, rows)
          : undefined,
      );
    }
    await direct?.commit();
  } catch (error) {
    kept = (await file?.abandon()) ?? false;
    await direct?.discard();
    await progress.end();
    if (kept && file)
      await report.note(
        `${count(file.checkpoint.rows)} logs are saved in ${file.partial}: run the same command with --resume to continue`,
      );
    throw error;
  }
  await progress.end();
  const where = file ? ` to ${file.path}` : direct ? ` to ${direct.path}` : '';
  await report.note(`exported ${count(rows)} ${rows === 1 ? 'log' : 'logs'}${where}`);
  return 0;
}

export const logsExport: Command = {
  name: 'logs export',
  summary: 'write the logs a selection matches as JSON Lines, JSON, CSV or Parquet',
  options: options(commonOptions, selectionOptions, {
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    output: { type: 'string' },
    resume: { type: 'boolean' },
    columns: { type: 'string', multiple: true },
    limit: { type: 'string' },
  }),
  help: () => `Usage: ai-gateway logs export [options]

Writes every log the selection matches, oldest first, one page at a time (memory stays flat
however many there are). Cloudflare rows carry the gateway_id they came from. Rate limits (429)
are waited out as the API's retry-after asks.

Output:
  -f, --format <name>  jsonl (default: one log a line, as the API returns it; ndjson is the same),
                       json, csv, or parquet (with --out; DuckDB writes it, nested fields as structs)
  -o, --out <file>     write to a file instead of stdout (--output is the same). The rows go to
                       <file>.partial, with <file>.checkpoint.json updated after every page; the
                       file appears only once the export is complete
  --resume             continue the export to --out that was interrupted, from its checkpoint,
                       with no row twice and none missing; the options must be the same
  --columns <a,b>      CSV columns, dotted for nested fields (default: ${defaultColumns.cloudflare.slice(0, 4).join(',')},…
                       for Cloudflare; id,timestamp,provider,model,…,token_usage.total_tokens,cost for Bifrost)
  --limit <n>          stop after n logs

Progress goes to stderr: a bar (rows, pages, rate, ETA) on a terminal, a line every 10 pages
otherwise; --quiet drops it.

${selectionHelp()}

${commonHelp}

Examples:
  ai-gateway logs export --gateway support-bot-prod --since 24h --filter 'cost gt 0.01' > costly.jsonl
  ai-gateway logs export --api bifrost --status error --since 2026-11-01 -f parquet -o errors.parquet
  ai-gateway logs export --api bifrost --since 30d -f csv -o month.csv --resume`,
  run,
};
