// With NODE_ENV=production, Prism's CLI defaults to its cluster mode (`--multiprocess`): the process
// started here forks a worker that serves the requests, close() ended only the first one, and every
// start took twice the work (issue 15, item 10). The harness turns that mode off explicitly.
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from '../src/mock-server.ts';
import {
  childrenOf,
  commandLine,
  commandLines,
  isRunning,
  portIsFree,
} from './support/processes.ts';

describe('with NODE_ENV=production in the environment', () => {
  const saved = process.env.NODE_ENV;
  beforeEach(() => {
    process.env.NODE_ENV = 'production';
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = saved;
  });

  it('8 servers start in parallel, each a single process, and close() leaves none running', async () => {
    // About 12 s on an idle 2-CPU machine (cluster mode: 30 s and more). The timeout leaves room for
    // a machine loaded by the rest of the suite; what proves the mode is off is the process tree.
    const started = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        startMockServer({
          api: i % 2 ? 'bifrost' : 'cloudflare',
          dynamic: i % 4 === 3,
          startTimeout: 120_000,
        }),
      ),
    );
    const servers = started.flatMap((result) =>
      result.status === 'fulfilled' ? [result.value] : [],
    );
    let scratches: string[] = [];
    try {
      expect(started.filter((result) => result.status === 'rejected')).toEqual([]);
      expect(servers).toHaveLength(8);
      if (process.platform === 'linux') {
        // Each server is one process: no cluster worker behind it, and Prism was not asked for one.
        expect(servers.map((server) => childrenOf(server.pid))).toEqual(servers.map(() => []));
        scratches = servers.map((server) => scratchOf(server));
        expect(scratches.every((folder) => existsSync(folder))).toBe(true);
      }
      const paths = { cloudflare: '/accounts/a/ai-gateway/gateways', bifrost: '/api/logs/stats' };
      const statuses = await Promise.all(
        servers.map(async (server) => {
          const response = await fetch(`${server.url}${paths[server.api]}`);
          await response.body?.cancel();
          return response.status;
        }),
      );
      expect(statuses.every((status) => status < 500)).toBe(true);
    } finally {
      await Promise.all(servers.map((server) => server.close()));
    }

    for (const server of servers) {
      expect(isRunning(server.pid), `Prism ${server.pid} still runs`).toBe(false);
      expect(await portIsFree(server.port), `port ${server.port} still taken`).toBe(true);
    }
    // A cluster worker runs the same command line as the process that forked it.
    expect(
      commandLines().filter((line) => scratches.some((folder) => line.includes(folder))),
    ).toEqual([]);
    expect(scratches.filter((folder) => existsSync(folder))).toEqual([]);
  }, 180_000);
});

function scratchOf(server: MockServer): string {
  const document = commandLine(server.pid).find((arg) => arg.endsWith('.openapi.yaml')) ?? '';
  expect(document).not.toBe('');
  return dirname(document);
}
