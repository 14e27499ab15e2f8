// The command line itself: finding commands, help, version, choosing the API, exit codes, and
// the flags read from the spec.
import { readFileSync } from 'node:fs';
import { bifrostOperations } from '@ai-gateway/client/bifrost';
import { createEmulator } from '@ai-gateway/testing/emulator';
import { describe, expect, it } from 'vitest';
import { commands } from '../src/cli.ts';
import { tailFilterNames } from '../src/commands/logs-tail.ts';
import { commonOptions, options } from '../src/internal/command.ts';
import { bifrostFlags, cloudflareFlags, selectionOptions } from '../src/internal/logs.ts';
import { cli, closedPort, cloudflareCli } from './support/cli.ts';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

describe('finding the command', () => {
  it('prints the list of commands with --help, and on stderr with exit 2 when given nothing', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    for (const command of commands) expect(help.stdout).toContain(`  ${command.name}`);
    const nothing = await cli([]);
    expect(nothing.code).toBe(2);
    expect(nothing.stdout).toBe('');
    expect(nothing.stderr).toBe(help.stdout);
  });

  it('prints each command’s help with --help or help <command>, exit 0, sending nothing', async () => {
    for (const command of commands) {
      const flag = await cli([...command.name.split(' '), '--help']);
      expect(flag.code).toBe(0);
      expect(flag.stdout).toMatch(new RegExp(`^Usage: ai-gateway ${command.name}`));
      const word = await cli(['help', ...command.name.split(' ')]);
      expect(word.stdout).toBe(flag.stdout);
    }
  });

  it('lists a group’s commands', async () => {
    const asked = await cli(['logs', '--help']);
    expect(asked.code).toBe(0);
    expect(asked.stdout).toBe(
      'Commands:\n  logs export  write the logs a selection matches as JSON Lines, JSON, CSV or Parquet\n' +
        '  logs tail    follow logs as they are written, until Ctrl-C\n',
    );
    const bare = await cli(['gateways']);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('gateways delete');
  });

  it('prints the package version', async () => {
    expect((await cli(['--version'])).stdout).toBe(`${manifest.version}\n`);
  });

  it('refuses unknown commands, options and arguments with one line and exit 2', async () => {
    const cases: [string[], string][] = [
      [['export'], "ai-gateway: unknown command 'export': run 'ai-gateway --help' for the list\n"],
      [['logs', 'delete'], "ai-gateway: unknown command 'logs delete'; logs has:"],
      [['logs', 'export', '--colour'], 'ai-gateway: unknown option --colour\n'],
      [['gateways', 'get'], 'ai-gateway: missing <id>\n'],
      [['gateways', 'get', 'a', 'b'], "ai-gateway: unexpected argument 'b'\n"],
    ];
    for (const [args, message] of cases) {
      const result = await cli(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.startsWith(message)).toBe(true);
    }
  });
});

describe('choosing the API', () => {
  it('follows the environment when it configures one API only', async () => {
    const emulator = createEmulator({ api: 'bifrost', logs: 10 });
    const result = await cli(['logs', 'export', '--limit', '1'], {
      env: { BIFROST_URL: 'http://localhost:8080' },
      fetch: emulator.fetch,
    });
    expect(result.code).toBe(0);
    expect(emulator.requests.map((request) => request.operationId)).toEqual(['listLogs']);
  });

  it('asks for --api when the environment configures both or neither', async () => {
    const neither = await cli(['costs']);
    expect(neither.code).toBe(2);
    expect(neither.stderr).toContain('Pass --api cloudflare or --api bifrost');
    const both = await cli(['costs'], {
      env: { CLOUDFLARE_API_TOKEN: 't', BIFROST_URL: 'http://b' },
    });
    expect(both.stderr).toContain('Both CLOUDFLARE_API_TOKEN and BIFROST_URL are set');
    const bad = await cli(['costs', '--api', 'openai']);
    expect(bad.stderr).toContain('--api must be cloudflare or bifrost, not "openai"');
  });

  it('says which credential or account is missing', async () => {
    const noAccount = await cli(['gateways', 'list'], { env: { CLOUDFLARE_API_TOKEN: 't' } });
    expect(noAccount.stderr).toContain(
      'No Cloudflare account: set CLOUDFLARE_ACCOUNT_ID or pass --account-id',
    );
    const noToken = await cli(['gateways', 'list', '--account-id', 'a'.repeat(32)]);
    expect(noToken.stderr).toContain('No Cloudflare credentials: set CLOUDFLARE_API_TOKEN');
  });

  it('takes the legacy email and key pair', async () => {
    const emulator = createEmulator({ api: 'cloudflare', logs: 10 });
    const result = await cli(['gateways', 'list', '-q'], {
      env: {
        CLOUDFLARE_EMAIL: 'ops@example.com',
        CLOUDFLARE_API_KEY: 'k'.repeat(37),
        CLOUDFLARE_ACCOUNT_ID: emulator.seed.accountId,
      },
      fetch: emulator.fetch,
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });
});

describe('secrets and failures', () => {
  it('never prints the token, whatever the server echoes', async () => {
    const emulator = createEmulator({ api: 'cloudflare', logs: 10 });
    const token = 'cf-secret-token-0123456789';
    emulator.faults.add({
      match: 'listGateways',
      status: 403,
      body: `token ${token} is not allowed`,
    });
    const result = await cloudflareCli(emulator, ['gateways', 'list'], {
      env: { CLOUDFLARE_API_TOKEN: token, CLOUDFLARE_ACCOUNT_ID: emulator.seed.accountId },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('403 Forbidden');
    expect(result.stderr).toContain('the token lacks a permission');
    expect(result.stderr).not.toContain(token);
  });

  it('exits 1 with the cause when the server cannot be reached', async () => {
    const port = await closedPort();
    const result = await cli(['gateways', 'list'], {
      env: {
        CLOUDFLARE_API_TOKEN: 't',
        CLOUDFLARE_ACCOUNT_ID: 'a'.repeat(32),
        CLOUDFLARE_BASE_URL: `http://127.0.0.1:${port}`,
      },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `ai-gateway: Connection error: fetch failed (ECONNREFUSED)\n  connect ECONNREFUSED 127.0.0.1:${port}\n`,
    );
  });

  it('exits 130 when interrupted in the middle of a request', async () => {
    const emulator = createEmulator({ api: 'cloudflare', logs: 10 });
    emulator.faults.add({ match: 'listGateways', delay: 5_000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const result = await cloudflareCli(emulator, ['gateways', 'list'], {
      signal: controller.signal,
    });
    expect(result.code).toBe(130);
    expect(result.stderr).toBe('ai-gateway: interrupted\n');
  });
});

/** The emulator's fetch, keeping the Authorization header of each request. */
function recordingAuth(emulator: { fetch: typeof fetch }) {
  const seen: (string | null)[] = [];
  const wrapped: typeof fetch = (input, init) => {
    seen.push(new Request(input, init).headers.get('authorization'));
    return emulator.fetch(input, init);
  };
  return { seen, fetch: wrapped };
}

describe('credentials from flags', () => {
  it('takes --api-token for CLOUDFLARE_API_TOKEN, and never prints it', async () => {
    const emulator = createEmulator({ api: 'cloudflare', logs: 10 });
    const token = 'cf-flag-token-0123456789';
    const recorded = recordingAuth(emulator);
    const listed = await cli(['gateways', 'list', '--api-token', token, '-q'], {
      env: { CLOUDFLARE_ACCOUNT_ID: emulator.seed.accountId },
      fetch: recorded.fetch,
    });
    expect(listed.code).toBe(0);
    expect(recorded.seen).toEqual([`Bearer ${token}`]);
    emulator.faults.add({ match: 'listGateways', status: 403, body: `token ${token} refused` });
    const refused = await cli(['gateways', 'list', `--api-token=${token}`, '--debug'], {
      env: { CLOUDFLARE_ACCOUNT_ID: emulator.seed.accountId },
      fetch: emulator.fetch,
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('403 Forbidden');
    expect(refused.stderr).not.toContain(token);
  });

  it('takes --token for Bifrost, choosing it as the API', async () => {
    const emulator = createEmulator({ api: 'bifrost', logs: 10 });
    const recorded = recordingAuth(emulator);
    const result = await cli(['logs', 'export', '--token', 'bf-secret-token', '--limit', '1'], {
      fetch: recorded.fetch,
    });
    expect(result.code).toBe(0);
    expect(recorded.seen).toEqual(['Bearer bf-secret-token']);
  });

  it('says in every help to prefer the environment for tokens', async () => {
    for (const command of commands) {
      const help = await cli([...command.name.split(' '), '--help']);
      expect(help.stdout, command.name).toContain('Prefer the environment');
      expect(help.stdout, command.name).toContain('--api-token <token>');
    }
  });
});

describe('errors', () => {
  it('are one line, with the stack only under --debug', async () => {
    const port = await closedPort();
    const env = {
      CLOUDFLARE_API_TOKEN: 't',
      CLOUDFLARE_ACCOUNT_ID: 'a'.repeat(32),
      CLOUDFLARE_BASE_URL: `http://127.0.0.1:${port}`,
    };
    const plain = await cli(['gateways', 'get', 'x'], { env });
    expect(plain.stderr).not.toMatch(/\n\s+at /);
    const debug = await cli(['gateways', 'get', 'x', '--debug'], { env });
    expect(debug.code).toBe(1);
    expect(debug.stderr.startsWith(plain.stderr)).toBe(true);
    expect(debug.stderr).toMatch(/\n\w*Error: .*\n\s+at /);
  });
});

describe('flags from the spec', () => {
  it('are every query parameter of the Bifrost logs list but the paging ones', () => {
    const paging = ['limit', 'offset'];
    expect(bifrostFlags.map((flag) => flag.param).sort()).toEqual(
      Object.keys(bifrostOperations.listLogs.query)
        .filter((name) => !paging.includes(name))
        .sort(),
    );
    const kinds = Object.fromEntries(bifrostFlags.map((flag) => [flag.flag, flag.kind]));
    expect(kinds).toMatchObject({
      providers: 'list',
      status: 'list',
      'min-cost': 'number',
      'missing-cost-only': 'boolean',
      'start-time': 'string',
      'sort-by': 'string',
    });
    expect(cloudflareFlags.map((flag) => flag.flag)).toEqual([
      'search',
      'order-by',
      'order-by-direction',
    ]);
  });

  it('never take the name of a command’s own option: that fails when the module loads', () => {
    // Every command's options were merged by options(), which refuses a name given twice.
    expect(() => options(commonOptions, { quiet: { type: 'boolean' } })).toThrow(
      '--quiet is defined twice',
    );
    for (const command of commands)
      if ('filter' in command.options)
        for (const name of Object.keys(selectionOptions))
          expect(command.options[name], `${command.name} --${name}`).toBe(selectionOptions[name]);
  });

  it('of a tail are list filters', () => {
    const params = bifrostFlags.map((flag) => flag.param);
    expect(tailFilterNames.filter((name) => !params.includes(name))).toEqual([]);
  });
});
