import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { benchFile } from './paths.ts';

export interface LogsServer {
  readonly url: string;
  /** Requests served per API since the last reset. */
  counts(): Promise<{ cloudflare: number; bifrost: number }>;
  reset(): Promise<void>;
  close(): Promise<void>;
}

/** Starts src/server/logs-server.ts in a child process. */
export async function startLogsServer(
  cloudflareTotal: number,
  bifrostTotal: number,
): Promise<LogsServer> {
  const child: ChildProcess = fork(
    benchFile('src/server/logs-server.ts'),
    [String(cloudflareTotal), String(bifrostTotal)],
    { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
  );
  const [message] = (await once(child, 'message')) as [{ port: number }];
  const url = `http://127.0.0.1:${message.port}`;
  return {
    url,
    async counts() {
      return (await (await fetch(`${url}/__stats`)).json()) as {
        cloudflare: number;
        bifrost: number;
      };
    },
    async reset() {
      await (await fetch(`${url}/__reset`, { method: 'POST' })).arrayBuffer();
    },
    async close() {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}
