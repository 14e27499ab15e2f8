// `ai-gateway gateways …` against the Cloudflare emulator: what each command changes is what the
// store holds afterwards, and what it must not touch stays as it was.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmulator } from '@ai-gateway/testing/emulator';
import { beforeEach, describe, expect, it } from 'vitest';
import { cloudflareCli, fixedNow } from './support/cli.ts';

const cloudflare = createEmulator({ api: 'cloudflare', seed: 4, logs: 50, now: fixedNow });
beforeEach(() => cloudflare.reset());

const source = 'support-bot-prod';
const stored = (id: string) => cloudflare.store.gateways.get(id);
const operations = () => cloudflare.requests.map((request) => request.operationId);
const settingsOf = (id: string) => {
  const gateway = stored(id);
  if (!gateway) throw new Error(`no gateway ${id}`);
  const { id: _, created_at: __, modified_at: ___, is_default: ____, ...settings } = gateway;
  return settings;
};
const required = [
  '--set',
  'cache_ttl=0',
  '--set',
  'cache_invalidate_on_update=false',
  '--set',
  'collect_logs=true',
  '--set',
  'rate_limiting_interval=null',
  '--set',
  'rate_limiting_limit=null',
];

describe('gateways list and get', () => {
  it('lists every gateway of the account as a table, JSON or NDJSON', async () => {
    const table = await cloudflareCli(cloudflare, ['gateways', 'list']);
    expect(table.code).toBe(0);
    const lines = table.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^id\s+logs\s+cache ttl\s+rate limit\s+auth\s+logpush\s+created$/);
    expect(
      lines
        .slice(1)
        .map((line) => line.split(/\s+/)[0])
        .sort(),
    ).toEqual([...cloudflare.store.gateways.keys()].sort());
    expect(table.stderr).toBe(`${cloudflare.store.gateways.size} gateways\n`);

    const json = await cloudflareCli(cloudflare, ['gateways', 'list', '-f', 'json']);
    expect(JSON.parse(json.stdout)).toEqual(
      expect.arrayContaining([...cloudflare.store.gateways.values()]),
    );
    const search = await cloudflareCli(cloudflare, [
      'gateways',
      'list',
      '--search',
      'support',
      '-f',
      'ndjson',
    ]);
    expect(
      search.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).id),
    ).toEqual([source]);
  });

  it('prints one gateway as the API returns it, and a missing one as a 404', async () => {
    const found = await cloudflareCli(cloudflare, ['gateways', 'get', source]);
    expect(JSON.parse(found.stdout)).toEqual(stored(source));
    const missing = await cloudflareCli(cloudflare, ['gateways', 'get', 'no-such-gateway']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(
      /^ai-gateway: 404 Not Found.*\(GET \/client\/v4\/accounts\/\w+\/ai-gateway\/gateways\/no-such-gateway/,
    );
    const bad = await cloudflareCli(cloudflare, ['gateways', 'get', 'Bad Id!']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('path.id must match');
  });
});

describe('gateways create', () => {
  it('creates a gateway from settings', async () => {
    const result = await cloudflareCli(cloudflare, [
      'gateways',
      'create',
      'batch-jobs',
      ...required,
      '--set',
      'logpush=true',
    ]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(stored('batch-jobs'));
    expect(stored('batch-jobs')?.logpush).toBe(true);
    expect(result.stderr).toBe('created gateway batch-jobs\n');
  });

  it('copies every setting of --like, those a create cannot take with a second call', async () => {
    const gateway = stored(source);
    if (!gateway) throw new Error('no source gateway');
    gateway.dlp = { enabled: true, action: 'BLOCK', profiles: ['credit-cards'] };
    const result = await cloudflareCli(cloudflare, [
      'gateways',
      'create',
      'support-bot-staging',
      '--like',
      source,
      '--set',
      'collect_logs=false',
    ]);
    expect(result.code).toBe(0);
    expect(operations()).toEqual(['getGateway', 'createGateway', 'updateGateway']);
    expect(settingsOf('support-bot-staging')).toEqual({
      ...settingsOf(source),
      collect_logs: false,
    });
    const later = Object.entries(settingsOf(source))
      .filter(
        ([key, value]) =>
          ['dlp', 'guardrails', 'log_classification', 'otel', 'spend_limits', 'stripe'].includes(
            key,
          ) && value != null,
      )
      .map(([key]) => key);
    expect(later).toContain('dlp');
    expect(result.stderr).toBe(
      `created gateway support-bot-staging like ${source} (then set ${later.join(', ')})\n`,
    );
  });

  it('reads settings from a file or stdin, --set winning', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'ai-gateway-cli-'));
    const settings = {
      cache_ttl: 60,
      cache_invalidate_on_update: true,
      collect_logs: true,
      rate_limiting_interval: 60,
      rate_limiting_limit: 100,
    };
    await writeFile(join(folder, 'gateway.json'), JSON.stringify(settings));
    const fromFile = await cloudflareCli(
      cloudflare,
      ['gateways', 'create', 'from-file', '--from', 'gateway.json', '--set', 'cache_ttl=120'],
      { cwd: folder },
    );
    expect(fromFile.code).toBe(0);
    expect(stored('from-file')).toMatchObject({ ...settings, cache_ttl: 120 });
    const fromStdin = await cloudflareCli(
      cloudflare,
      ['gateways', 'create', 'from-stdin', '--from', '-'],
      {
        stdin: (async function* () {
          yield JSON.stringify(settings);
        })(),
      },
    );
    expect(fromStdin.code).toBe(0);
    expect(stored('from-stdin')).toMatchObject(settings);
  });

  it('refuses what cannot be sent, sending nothing', async () => {
    const missing = await cloudflareCli(cloudflare, [
      'gateways',
      'create',
      'incomplete',
      '--set',
      'cache_ttl=0',
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('collect_logs is required');
    const id = await cloudflareCli(cloudflare, ['gateways', 'create', 'x', '--set', 'id=y']);
    expect(id.stderr).toContain('id cannot be set: the API keeps it (the id is the argument)');
    const noFile = await cloudflareCli(cloudflare, [
      'gateways',
      'create',
      'x',
      '--from',
      '/no/such/file.json',
    ]);
    expect(noFile.stderr).toContain('--from /no/such/file.json: no such file');
    const malformed = await cloudflareCli(cloudflare, [
      'gateways',
      'create',
      'x',
      '--set',
      'cache_ttl',
    ]);
    expect(malformed.stderr).toContain('--set takes key=value');
    expect(operations()).toEqual([]);
  });
});

describe('gateways create and update --from-file', () => {
  it('checks the file against the API schema before sending, naming the field at fault', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'ai-gateway-cli-'));
    await writeFile(
      join(folder, 'gateway.json'),
      JSON.stringify({
        cache_ttl: -5,
        cache_invalidate_on_update: true,
        collect_logs: 'yes',
        rate_limiting_interval: 60,
        rate_limiting_limit: 100,
      }),
    );
    const result = await cloudflareCli(
      cloudflare,
      ['gateways', 'create', 'from-file', '--from-file', 'gateway.json'],
      { cwd: folder },
    );
    expect(result.code).toBe(2);
    const [line, hint, ...rest] = result.stderr.split('\n');
    expect(line).toMatch(
      /^ai-gateway: refused before sending anything \(settings from gateway\.json\): cache_ttl must be at least 0; collect_logs must be a boolean$/,
    );
    expect(hint).toBe("Run 'ai-gateway gateways create --help' for its options.");
    expect(rest).toEqual(['']);
    const update = await cloudflareCli(
      cloudflare,
      ['gateways', 'update', source, '--from-file', 'gateway.json'],
      { cwd: folder },
    );
    expect(update.code).toBe(2);
    expect(update.stderr).toContain('cache_ttl must be at least 0');
    // The update read the gateway to merge the file into it, and sent nothing.
    expect(operations()).toEqual(['getGateway']);
    expect(stored('from-file')).toBeUndefined();
  });

  it('creates and updates from a valid file', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'ai-gateway-cli-'));
    const settings = {
      cache_ttl: 30,
      cache_invalidate_on_update: false,
      collect_logs: true,
      rate_limiting_interval: null,
      rate_limiting_limit: null,
    };
    await writeFile(join(folder, 'gateway.json'), JSON.stringify(settings));
    const created = await cloudflareCli(
      cloudflare,
      ['gateways', 'create', 'from-file', '--from-file', 'gateway.json'],
      { cwd: folder },
    );
    expect(created.code).toBe(0);
    expect(stored('from-file')).toMatchObject(settings);
    await writeFile(join(folder, 'gateway.json'), JSON.stringify({ cache_ttl: 90 }));
    const updated = await cloudflareCli(
      cloudflare,
      ['gateways', 'update', 'from-file', '--from-file', 'gateway.json'],
      { cwd: folder },
    );
    expect(updated.code).toBe(0);
    expect(stored('from-file')).toMatchObject({ ...settings, cache_ttl: 90 });
  });
});

describe('gateways update', () => {
  it('changes what is given, keeps every other setting, and lists the changes', async () => {
    const before = settingsOf(source);
    const result = await cloudflareCli(cloudflare, [
      'gateways',
      'update',
      source,
      '--set',
      'cache_ttl=900',
      '--set',
      'logpush=true',
    ]);
    expect(result.code).toBe(0);
    expect(settingsOf(source)).toEqual({ ...before, cache_ttl: 900, logpush: true });
    expect(result.stderr).toBe(
      `updated gateway ${source}:\n  cache_ttl: ${before.cache_ttl} → 900\n  logpush: ${JSON.stringify(before.logpush)} → true\n`,
    );
    expect(JSON.parse(result.stdout)).toEqual(stored(source));
  });

  it('sends nothing on --dry-run, or when nothing would change', async () => {
    const before = stored(source);
    const dry = await cloudflareCli(cloudflare, [
      'gateways',
      'update',
      source,
      '--set',
      'cache_ttl=1',
      '--dry-run',
    ]);
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ cache_ttl: 1 });
    expect(dry.stderr).toContain('dry run: would change');
    const same = await cloudflareCli(cloudflare, [
      'gateways',
      'update',
      source,
      '--set',
      `cache_ttl=${before?.cache_ttl}`,
    ]);
    expect(same.stderr).toBe(`gateway ${source} already has these settings; nothing sent\n`);
    expect(operations()).toEqual(['getGateway', 'getGateway']);
    expect(stored(source)).toEqual(before);
  });

  it('leaves out what --unset names, so that it takes the default', async () => {
    await cloudflareCli(cloudflare, [
      'gateways',
      'update',
      source,
      '--set',
      'retry_max_attempts=3',
    ]);
    expect(stored(source)?.retry_max_attempts).toBe(3);
    const result = await cloudflareCli(cloudflare, [
      'gateways',
      'update',
      source,
      '--unset',
      'retry_max_attempts',
    ]);
    expect(result.code).toBe(0);
    expect(stored(source)?.retry_max_attempts).toBeNull();
  });
});

describe('gateways delete', () => {
  it('deletes only with --yes', async () => {
    const refused = await cloudflareCli(cloudflare, ['gateways', 'delete', source]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('pass --yes to confirm');
    expect(stored(source)).toBeDefined();
    expect(operations()).toEqual([]);
    const done = await cloudflareCli(cloudflare, ['gateways', 'delete', source, '--yes']);
    expect(done.code).toBe(0);
    expect(stored(source)).toBeUndefined();
    expect(cloudflare.store.logs.has(source)).toBe(false);
  });

  it('is Cloudflare only', async () => {
    const result = await cloudflareCli(cloudflare, ['gateways', 'list', '--api', 'bifrost']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('gateways are Cloudflare AI Gateway objects: Bifrost has none');
  });
});
