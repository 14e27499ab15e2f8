// The ai-gateway-emulator command, run as a user runs it: a child process serving on loopback
// until it gets SIGINT (what Ctrl-C sends), then closing cleanly.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../../src/emulator/cli.ts', import.meta.url));
const children: ChildProcess[] = [];

function run(args: string[]) {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = once(child, 'exit').then(([code]) => code as number);
  return { child, exited, output: () => ({ stdout, stderr }) };
}

async function urlOf(output: () => { stdout: string }): Promise<string> {
  for (let waited = 0; waited < 20_000; waited += 50) {
    const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output().stdout);
    if (match?.[1]) return match[1];
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the emulator did not start: ${output().stdout}`);
}

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

describe('ai-gateway-emulator', () => {
  it('serves the API until Ctrl-C, then stops cleanly and exits 0', async () => {
    const { child, exited, output } = run([
      '--api',
      'bifrost',
      '--port',
      '0',
      '--logs',
      '40',
      '--seed',
      '7',
    ]);
    const url = await urlOf(output);
    const body = (await (await fetch(`${url}/api/logs?limit=10`)).json()) as {
      logs: unknown[];
      pagination: { total_count: number };
    };
    expect(body.logs).toHaveLength(10);
    expect(body.pagination.total_count).toBe(40);
    expect(output().stdout).toContain('seed 7, 40 logs');
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(output().stdout).toContain('emulator stopped');
    await expect(fetch(`${url}/api/logs`)).rejects.toThrow();
  });

  it('prints the Cloudflare base URL and account id a client needs', async () => {
    const { child, exited, output } = run(['--api', 'cloudflare', '--port', '0', '--logs', '10']);
    const url = await urlOf(output);
    expect(output().stdout).toContain(`base URL for clients: ${url}/client/v4`);
    const accountId = /account id: (\w+)/.exec(output().stdout)?.[1];
    const response = await fetch(`${url}/client/v4/accounts/${accountId}/ai-gateway/gateways`, {
      headers: { authorization: 'Bearer any-token' },
    });
    expect(response.status).toBe(200);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('refuses bad options with one clear line and exit code 2', async () => {
    const { exited, output } = run(['--api', 'openai']);
    expect(await exited).toBe(2);
    expect(output().stderr.trim()).toBe(
      'ai-gateway-emulator: --api must be cloudflare or bifrost, not "openai"',
    );
    const badLogs = run(['--api', 'bifrost', '--logs', 'many']);
    expect(await badLogs.exited).toBe(2);
    expect(badLogs.output().stderr).toContain('--logs must be a non-negative integer');
  });

  it('prints its usage with --help', async () => {
    const { exited, output } = run(['--help']);
    expect(await exited).toBe(0);
    expect(output().stdout).toContain('Usage: ai-gateway-emulator --api <cloudflare|bifrost>');
  });
});
