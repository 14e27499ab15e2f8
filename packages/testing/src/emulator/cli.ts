#!/usr/bin/env node
// ai-gateway-emulator: serves one emulator on loopback until stopped, for tests in any language.
import { parseArgs } from 'node:util';
import { type EmulatedApi, startEmulator } from './index.ts';

const usage = `Usage: ai-gateway-emulator --api <cloudflare|bifrost> [options]

Serves an emulated API on 127.0.0.1 until Ctrl-C. The data is deterministic for a seed.

Options:
  --api <name>         cloudflare or bifrost (required)
  --port <n>           port to listen on (default: 8787 for cloudflare, 8080 for bifrost; 0 = any free port)
  --host <address>     address to listen on (default: 127.0.0.1)
  --seed <n>           seed of the generated data (default: 1)
  --logs <n>           how many logs to generate (default: 2000)
  --account-id <id>    Cloudflare account id of the data
  --now <time>         the instant the seeded data ends at, RFC 3339 (default: now)
  -h, --help           show this help
`;

const defaultPorts: Record<EmulatedApi, number> = { cloudflare: 8787, bifrost: 8080 };

function integer(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) throw new Error(`--${name} must be a non-negative integer, not "${raw}"`);
  return Number(raw);
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      api: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      logs: { type: 'string' },
      'account-id': { type: 'string' },
      now: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(usage);
    return 0;
  }
  const api = values.api;
  if (api !== 'cloudflare' && api !== 'bifrost')
    throw new Error(`--api must be cloudflare or bifrost${api ? `, not "${api}"` : ''}`);
  const emulator = await startEmulator({
    api,
    port: integer('port', values.port) ?? defaultPorts[api],
    host: values.host ?? '127.0.0.1',
    seed: integer('seed', values.seed),
    logs: integer('logs', values.logs),
    accountId: values['account-id'],
    now: values.now,
  });
  const base = api === 'cloudflare' ? `${emulator.url}/client/v4` : emulator.url;
  process.stdout.write(
    `${api} emulator listening on ${emulator.url} (seed ${emulator.seed.seed}, ${emulator.seed.logs} logs)\n` +
      `base URL for clients: ${base}\n` +
      (api === 'cloudflare' ? `account id: ${emulator.seed.accountId}\n` : '') +
      'Press Ctrl-C to stop.\n',
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await emulator.close();
  process.stdout.write('emulator stopped\n');
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `ai-gateway-emulator: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(2);
  },
);
