// ai-gateway in a real terminal (tmux): typed at a shell prompt, a tail prints lines as logs are
// written and Ctrl-C hands the prompt back with exit code 0; an export draws its progress bar and
// clears it before its summary.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEmulator, type EmulatorServer } from '@ai-gateway/testing/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedNow } from './support/cli.ts';

const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const session = `ai-gateway-cli-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', args, { encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-p', '-t', session);
const type = (text: string) => tmux('send-keys', '-t', session, text, 'Enter');

async function waitFor(pattern: RegExp, timeoutMs = 20_000): Promise<RegExpExecArray> {
  for (let waited = 0; waited < timeoutMs; waited += 100) {
    const match = pattern.exec(screen());
    if (match) return match;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the terminal never showed ${pattern}:\n${screen()}`);
}

const bifrost = createEmulator({ api: 'bifrost', seed: 8, logs: 3_000, now: fixedNow });
let server: EmulatorServer;
let folder: string;

beforeAll(async () => {
  server = await bifrost.listen();
  folder = await mkdtemp(join(tmpdir(), 'ai-gateway-cli-'));
  tmux('new-session', '-d', '-s', session, '-x', '200', '-y', '30', 'bash --norc --noprofile');
  type(`PS1='$ ' && export BIFROST_URL=${server.url} TMPDIR_CLI=${folder} && clear`);
});

afterAll(async () => {
  try {
    tmux('kill-session', '-t', session);
  } catch {
    // Already gone.
  }
  await server.close();
});

describe('ai-gateway in a terminal', () => {
  it('tails until Ctrl-C, then hands the prompt back', async () => {
    type(`'${process.execPath}' '${main}' logs tail --status error; echo "exit code $?"`);
    await waitFor(/following Bifrost logs at http:\/\/127\.0\.0\.1:\d+ \(Ctrl-C to stop\)/);
    const at = new Date(Date.parse(fixedNow) + 1000).toISOString();
    bifrost.logs.record({
      ...(bifrost.store.logs[0] as (typeof bifrost.store.logs)[number]),
      id: 'shown-in-terminal',
      status: 'error',
      timestamp: at,
      created_at: at,
    });
    await waitFor(/update {2}error .* shown-in-terminal/);
    tmux('send-keys', '-t', session, 'C-c');
    await waitFor(/\^C\n1 event shown\nexit code 0\n\$\s*$/);
  });

  it('draws a progress bar while exporting, and leaves a clean line when done', async () => {
    tmux('send-keys', '-t', session, 'clear', 'Enter');
    // Slow pages, so that the bar is on screen long enough to be seen.
    bifrost.faults.add({ match: 'listLogs', delay: 700, times: 3 });
    const command = `'${process.execPath}' '${main}' logs export -f csv -o "$TMPDIR_CLI/logs.csv"; echo "exit code $?"`;
    const total = bifrost.store.logs.length;
    type(command);
    const bar = await waitFor(
      /\[(#+)(-*)\] +(\d+)% {2}([\d,]+)\/([\d,]+) rows {2}(\d+) pages? {2}[\d,]+ rows\/s {2}ETA \S+/,
    );
    expect(Number(bar[3])).toBeLessThan(100);
    expect(bar[5]).toBe(total.toLocaleString('en-US'));
    expect((bar[1] ?? '').length + (bar[2] ?? '').length).toBe(24);
    await waitFor(/exit code 0/);
    const lines = screen().trimEnd().split('\n');
    // The command, the summary on its own line, the exit code: nothing of the bar is left.
    expect(lines.slice(-4)).toEqual([
      `$ ${command}`,
      `exported ${total.toLocaleString('en-US')} logs to ${join(folder, 'logs.csv')}`,
      'exit code 0',
      '$',
    ]);
    expect(screen()).not.toContain('rows/s');
    expect(screen()).not.toContain('Warning');
    expect((await readFile(join(folder, 'logs.csv'), 'utf8')).trimEnd().split('\r\n')).toHaveLength(
      total + 1,
    );
  });
});
