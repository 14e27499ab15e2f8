// The ai-gateway-emulator command in a real terminal (tmux): typed at a shell prompt, it prints
// where it listens, serves requests, and a Ctrl-C stops it cleanly, back to the prompt.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../../src/emulator/cli.ts', import.meta.url));
const session = `emulator-cli-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', args, { encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-p', '-t', session);

async function waitFor(pattern: RegExp, timeoutMs = 20_000): Promise<RegExpExecArray> {
  for (let waited = 0; waited < timeoutMs; waited += 100) {
    const match = pattern.exec(screen());
    if (match) return match;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the terminal never showed ${pattern}:\n${screen()}`);
}

afterAll(() => {
  try {
    tmux('kill-session', '-t', session);
  } catch {
    // Already gone.
  }
});

describe('ai-gateway-emulator in a terminal', () => {
  it('serves until Ctrl-C and then hands the prompt back', async () => {
    tmux('new-session', '-d', '-s', session, '-x', '160', '-y', '20', 'bash --norc --noprofile');
    tmux('send-keys', '-t', session, `PS1='$ ' && clear`, 'Enter');
    tmux(
      'send-keys',
      '-t',
      session,
      `'${process.execPath}' '${cli}' --api bifrost --port 0 --logs 25; echo "exit code $?"`,
      'Enter',
    );
    const [, url] = await waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
    expect(screen()).toContain('Press Ctrl-C to stop.');
    const stats = (await (await fetch(`${url}/api/logs/stats`)).json()) as {
      total_requests: number;
    };
    expect(stats.total_requests).toBe(25);
    tmux('send-keys', '-t', session, 'C-c');
    await waitFor(/exit code 0/);
    expect(screen()).toContain('emulator stopped');
    await expect(fetch(`${url}/api/logs`)).rejects.toThrow();
  });
});
