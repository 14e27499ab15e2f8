// ai-gateway gateways: list, show, create, change and delete Cloudflare AI Gateways.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { components } from '@ai-gateway/client/cloudflare';
import { cloudflareOperations } from '@ai-gateway/client/cloudflare';
import { oneOf, parseSettings, UsageError } from '../internal/args.ts';
import { type Command, type CommandInput, commonOptions, count } from '../internal/command.ts';
import { table } from '../internal/output.ts';
import { largestPageSize } from '../internal/spec-flags.ts';
import {
  apiNames,
  type CloudflareTarget,
  type Context,
  cloudflareTarget,
} from '../internal/targets.ts';

type Gateway = components['schemas']['Gateway'];
type GatewayCreate = components['schemas']['GatewayCreate'];
type GatewayUpdate = components['schemas']['GatewayUpdate'];

/** What the API shows of a gateway but never takes: it keeps them itself. */
const readOnly = [
  'id',
  'is_default',
  'created_at',
  'modified_at',
] as const satisfies readonly Exclude<keyof Gateway, keyof GatewayUpdate>[];
/** Settings a PUT takes that a create does not: a new gateway gets them with a second call. */
const updateOnly = [
  'dlp',
  'guardrails',
  'log_classification',
  'otel',
  'spend_limits',
  'stripe',
] as const satisfies readonly Exclude<keyof GatewayUpdate, keyof GatewayCreate>[];

// Compile-time checks that both lists name every such field of the spec's schemas.
type Unlisted =
  | Exclude<Exclude<keyof Gateway, keyof GatewayUpdate>, (typeof readOnly)[number]>
  | Exclude<Exclude<keyof GatewayUpdate, keyof GatewayCreate>, (typeof updateOnly)[number]>;
const everyField: [Unlisted] extends [never] ? true : Unlisted = true;
void everyField;

type Settings = Record<string, unknown>;

const without = (settings: Settings, keys: readonly string[]): Settings =>
  Object.fromEntries(Object.entries(settings).filter(([key]) => !keys.includes(key)));

function cloudflareOnly(values: Record<string, unknown>, context: Context): CloudflareTarget {
  if (values.api !== undefined && values.api !== 'cloudflare')
    throw new UsageError(
      (apiNames as readonly unknown[]).includes(values.api)
        ? 'gateways are Cloudflare AI Gateway objects: Bifrost has none'
        : `--api must be cloudflare or bifrost, not "${values.api}"`,
    );
  return cloudflareTarget(context, values);
}

async function readAll(input: AsyncIterable<Uint8Array | string>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of input)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/** `--from file.json` (or `-` for stdin): a JSON object of settings. */
async function settingsFile(values: Record<string, unknown>, context: Context): Promise<Settings> {
  if (values.from !== undefined && values['from-file'] !== undefined)
    throw new UsageError('--from and --from-file are the same option: give one');
  const given = values['from-file'] ?? values.from;
  if (given === undefined) return {};
  const path = String(given);
  const text =
    path === '-'
      ? await readAll(context.stdin)
      : await readFile(resolve(context.cwd, path), 'utf8').catch((error: NodeJS.ErrnoException) => {
          throw new UsageError(
            `--from ${path}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`,
          );
        });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--from ${path} is not JSON: ${(error as Error).message}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new UsageError(`--from ${path} must hold a JSON object of settings`);
  return parsed as Settings;
}

/** The settings given with `--from` and `--set`, the later ones winning. */
async function givenSettings(values: Record<string, unknown>, context: Context): Promise<Settings> {
  const settings = {
    ...(await settingsFile(values, context)),
    ...parseSettings('set', (values.set as string[]) ?? []),
  };
  for (const key of readOnly)
    if (Object.hasOwn(settings, key))
      throw new UsageError(
        `${key} cannot be set: the API keeps it${key === 'id' ? ' (the id is the argument)' : ''}`,
      );
  return settings;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const shown = (value: unknown) => (value === undefined ? '(unset)' : JSON.stringify(value));

/**
 * Checks a gateway body with the spec's own validator (the one the client runs before sending),
 * and refuses it in one line that names each field at fault.
 */
function checkBody(
  operation: typeof cloudflareOperations.createGateway | typeof cloudflareOperations.updateGateway,
  body: Settings,
  values: Record<string, unknown>,
): void {
  const result = operation.request.body?.parse(body);
  if (!result || result.ok) return;
  const file = values['from-file'] ?? values.from;
  const source = file === undefined ? '' : ` (settings from ${file === '-' ? 'stdin' : file})`;
  throw new UsageError(
    `refused before sending anything${source}: ${result.issues.map((issue) => issue.message).join('; ')}`,
  );
}

/** `cache_ttl: 300 → 600` for each setting that differs. */
function changes(before: Settings, after: Settings): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return keys
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map((key) => `${key}: ${shown(before[key])} → ${shown(after[key])}`);
}

const connection = `Connection:
  --account-id <id>    Cloudflare account (default: CLOUDFLARE_ACCOUNT_ID)
  --base-url <url>     API root (default: CLOUDFLARE_BASE_URL or https://api.cloudflare.com/client/v4)
  --api-token <token>  Cloudflare API token (default: CLOUDFLARE_API_TOKEN)
  -q, --quiet          no notes on stderr
  --debug              with an error, print its stack too
  -h, --help           this help

Prefer the environment for the token: CLOUDFLARE_API_TOKEN (or CLOUDFLARE_EMAIL and
CLOUDFLARE_API_KEY). A flag is seen by every user of the machine (ps) and stays in shell history.
Neither is ever printed.`;

export const gatewaysList: Command = {
  name: 'gateways list',
  summary: 'the account’s gateways and their main settings',
  options: { ...commonOptions, search: { type: 'string' }, format: { type: 'string', short: 'f' } },
  help: () => `Usage: ai-gateway gateways list [--search <text>] [--format table|json|ndjson]

${connection}`,
  async run({ values, context, out, report }: CommandInput) {
    const format = oneOf(
      'format',
      values.format as string | undefined,
      ['table', 'json', 'ndjson'],
      'table',
    );
    const target = cloudflareOnly(values, context);
    const per_page = largestPageSize(cloudflareOperations.listGateways, {
      account_id: target.accountId,
    });
    const search = values.search as string | undefined;
    const gateways: Gateway[] = [];
    for await (const gateway of target.client.gateways.list(
      { per_page, ...(search === undefined ? {} : { search }) },
      { signal: context.signal },
    ))
      gateways.push(gateway);
    if (format === 'json') await out.write(json(gateways));
    else if (format === 'ndjson')
      for (const gateway of gateways) await out.write(`${JSON.stringify(gateway)}\n`);
    else {
      const limit = (g: Gateway) =>
        g.rate_limiting_limit == null || g.rate_limiting_interval == null
          ? 'off'
          : `${g.rate_limiting_limit}/${g.rate_limiting_interval}s ${g.rate_limiting_technique ?? ''}`.trim();
      await out.write(
        table(
          ['id', 'logs', 'cache ttl', 'rate limit', 'auth', 'logpush', 'created'],
          gateways.map((g) => [
            g.id,
            g.collect_logs ? 'on' : 'off',
            g.cache_ttl ? `${g.cache_ttl}s` : 'off',
            limit(g),
            g.authentication ? 'on' : 'off',
            g.logpush ? 'on' : 'off',
            g.created_at,
          ]),
        ),
      );
    }
    await report.note(
      `${count(gateways.length)} ${gateways.length === 1 ? 'gateway' : 'gateways'}`,
    );
    return 0;
  },
};

export const gatewaysGet: Command = {
  name: 'gateways get',
  summary: 'one gateway’s settings, as JSON',
  options: { ...commonOptions },
  positionals: ['id'],
  help: () => `Usage: ai-gateway gateways get <id>

Prints the gateway as the API returns it, as JSON.

${connection}`,
  async run({ values, positionals, context, out }: CommandInput) {
    const target = cloudflareOnly(values, context);
    await out.write(
      json(
        await target.client.gateways.get(
          { id: positionals[0] as string },
          { signal: context.signal },
        ),
      ),
    );
    return 0;
  },
};

const settingsHelp = `Settings:
  --set <key=value>    a setting, by the API's name; the value as JSON where it reads as JSON
                       (--set cache_ttl=300 --set collect_logs=false --set rate_limiting_technique=fixed,
                       --set 'otel=[{"url":"…","authorization":"…","headers":{}}]'); repeatable
  --from-file <file>   a JSON object of settings (- for stdin; --from is the same); --set wins
                       over it. The settings are checked against the API's schema before
                       anything is sent, and a mistake is named: cache_ttl must be at least 0`;

export const gatewaysCreate: Command = {
  name: 'gateways create',
  summary: 'create a gateway, from settings or as a copy of another',
  options: {
    ...commonOptions,
    like: { type: 'string' },
    set: { type: 'string', multiple: true },
    from: { type: 'string' },
    'from-file': { type: 'string' },
  },
  positionals: ['id'],
  help: () => `Usage: ai-gateway gateways create <id> [--like <gateway>] [--set key=value]… [--from-file <file>]

Creates the gateway and prints it as JSON. The API requires cache_ttl, cache_invalidate_on_update,
collect_logs, rate_limiting_interval and rate_limiting_limit; --like copies every setting of an
existing gateway (DLP, guardrails, OpenTelemetry included), to change with --set.

  --like <gateway>     start from this gateway's settings
${settingsHelp}

${connection}

Examples:
  ai-gateway gateways create support-bot-staging --like support-bot-prod --set collect_logs=false
  ai-gateway gateways create batch-jobs --set cache_ttl=0 --set cache_invalidate_on_update=false \\
    --set collect_logs=true --set rate_limiting_interval=null --set rate_limiting_limit=null
  ai-gateway gateways create batch-jobs --from-file gateway.json`,
  async run({ values, positionals, context, out, report }: CommandInput) {
    const target = cloudflareOnly(values, context);
    const id = positionals[0] as string;
    const request = { signal: context.signal };
    const given = await givenSettings(values, context);
    const like = values.like
      ? without(await target.client.gateways.get({ id: String(values.like) }, request), readOnly)
      : {};
    const settings = { ...like, ...given };
    // A null update-only setting is what a new gateway has anyway: no second call for it.
    const later = Object.keys(settings).filter(
      (key) => (updateOnly as readonly string[]).includes(key) && settings[key] != null,
    );
    const body = { ...without(settings, updateOnly), id };
    checkBody(cloudflareOperations.createGateway, body, values);
    if (later.length > 0) checkBody(cloudflareOperations.updateGateway, settings, values);
    const created = await target.client.gateways.create(body as GatewayCreate, request);
    let gateway: Gateway = created;
    if (later.length > 0) {
      // A create takes fewer settings than a PUT: the rest go in a second call, which replaces
      // every setting, so it sends them all.
      gateway = await target.client.gateways.update({ id }, settings as GatewayUpdate, request);
    }
    await out.write(json(gateway));
    await report.note(
      `created gateway ${id}${values.like ? ` like ${values.like}` : ''}${later.length ? ` (then set ${later.join(', ')})` : ''}`,
    );
    return 0;
  },
};

export const gatewaysUpdate: Command = {
  name: 'gateways update',
  summary: 'change some of a gateway’s settings, keeping the others',
  options: {
    ...commonOptions,
    set: { type: 'string', multiple: true },
    unset: { type: 'string', multiple: true },
    from: { type: 'string' },
    'from-file': { type: 'string' },
    'dry-run': { type: 'boolean' },
  },
  positionals: ['id'],
  help: () => `Usage: ai-gateway gateways update <id> [--set key=value]… [--unset key]… [--from-file <file>] [--dry-run]

The API replaces every setting at once (PUT); this reads the gateway's current settings, applies
the changes given, sends them all, and lists what changed on stderr. Nothing is sent when nothing
changes. A change made by someone else between the read and the write is overwritten.

${settingsHelp}
  --unset <key>        leave a setting out, so that it takes the API's default; repeatable
  --dry-run            print the settings that would be sent, and send nothing

${connection}

Examples:
  ai-gateway gateways update support-bot-prod --set cache_ttl=600
  ai-gateway gateways update support-bot-prod --from-file gateway.json --dry-run
  ai-gateway gateways update support-bot-prod --unset logpush_public_key --dry-run`,
  async run({ values, positionals, context, out, report }: CommandInput) {
    const target = cloudflareOnly(values, context);
    const id = positionals[0] as string;
    const request = { signal: context.signal };
    const given = await givenSettings(values, context);
    const unset = (values.unset as string[] | undefined) ?? [];
    if (Object.keys(given).length === 0 && unset.length === 0)
      throw new UsageError('Nothing to change: pass --set, --unset or --from-file');
    const before = without(await target.client.gateways.get({ id }, request), readOnly);
    const after = without({ ...before, ...given }, unset);
    const changed = changes(before, after);
    if (changed.length === 0) {
      await report.note(`gateway ${id} already has these settings; nothing sent`);
      return 0;
    }
    checkBody(cloudflareOperations.updateGateway, after, values);
    if (values['dry-run']) {
      await out.write(json(after));
      await report.note(`dry run: would change ${id}:\n  ${changed.join('\n  ')}`);
      return 0;
    }
    const gateway = await target.client.gateways.update({ id }, after as GatewayUpdate, request);
    await out.write(json(gateway));
    await report.note(`updated gateway ${id}:\n  ${changed.join('\n  ')}`);
    return 0;
  },
};

export const gatewaysDelete: Command = {
  name: 'gateways delete',
  summary: 'delete a gateway and everything in it',
  options: { ...commonOptions, yes: { type: 'boolean', short: 'y' } },
  positionals: ['id'],
  help: () => `Usage: ai-gateway gateways delete <id> --yes

Deletes the gateway with its logs, datasets, evaluations, dynamic routes and provider keys. There
is no undo, so it runs only with --yes.

  -y, --yes            confirm

${connection}`,
  async run({ values, positionals, context, out, report }: CommandInput) {
    const id = positionals[0] as string;
    if (!values.yes)
      throw new UsageError(
        `Deleting gateway ${id} deletes its logs, datasets, evaluations and routes too, with no undo: ` +
          'pass --yes to confirm',
      );
    const target = cloudflareOnly(values, context);
    const deleted = await target.client.gateways.delete({ id }, { signal: context.signal });
    await out.write(json(deleted));
    await report.note(`deleted gateway ${id}`);
    return 0;
  },
};
