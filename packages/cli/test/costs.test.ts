import { createEmulator } from '@ai-gateway/testing/emulator';
import { beforeEach, describe, expect, it } from 'vitest';
import { bifrostCli, cloudflareCli, fixedNow } from './support/cli.ts';

const cloudflare = createEmulator({ api: 'cloudflare', seed: 5, logs: 600, now: fixedNow });
const bifrost = createEmulator({ api: 'bifrost', seed: 5, logs: 1_500, now: fixedNow });

beforeEach(() => {
  cloudflare.reset();
  bifrost.reset();
});

interface Report {
  api: string;
  by: string[];
  groups: (Record<string, string | number> & {
    requests: number;
    cost_usd: number;
    tokens_in: number;
    unpriced: number;
  })[];
  total: {
    requests: number;
    tokens_in: number;
    tokens_out: number;
    cost_usd: number;
    unpriced: number;
  };
}

const close = (a: number, b: number) => Math.abs(a - b) < 1e-9;

describe('costs from Cloudflare logs', () => {
  const logs = () =>
    [...cloudflare.store.logs.entries()].flatMap(([gateway, stored]) =>
      stored.map(({ log }) => ({ gateway, log })),
    );

  it('sums requests, tokens and cost per model across the account', async () => {
    const result = await cloudflareCli(cloudflare, ['cost', '--format', 'json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    const byModel = new Map<string, { requests: number; cost: number; tokens: number }>();
    for (const { log } of logs()) {
      const sum = byModel.get(log.model) ?? { requests: 0, cost: 0, tokens: 0 };
      sum.requests++;
      sum.cost += log.cost ?? 0;
      sum.tokens += log.tokens_in ?? 0;
      byModel.set(log.model, sum);
    }
    expect(report.groups).toHaveLength(byModel.size);
    for (const group of report.groups) {
      const expected = byModel.get(String(group.model));
      expect(group.requests).toBe(expected?.requests);
      expect(group.tokens_in).toBe(expected?.tokens);
      expect(close(group.cost_usd, expected?.cost ?? Number.NaN)).toBe(true);
    }
    expect(report.total.requests).toBe(logs().length);
    // Most expensive first.
    const costs = report.groups.map((group) => group.cost_usd);
    expect(costs).toEqual([...costs].sort((a, b) => b - a));
  });

  it('groups by day in time order, within the window', async () => {
    const result = await cloudflareCli(cloudflare, [
      'cost',
      '--by',
      'day',
      '--since',
      '2026-11-20',
      '--until',
      '2026-11-27',
      '-f',
      'json',
    ]);
    const report = JSON.parse(result.stdout) as Report;
    const days = report.groups.map((group) => group.day);
    expect(days).toEqual(
      [
        '2026-11-20',
        '2026-11-21',
        '2026-11-22',
        '2026-11-23',
        '2026-11-24',
        '2026-11-25',
        '2026-11-26',
      ].filter((day) => days.includes(day)),
    );
    const inWindow = logs().filter(
      ({ log }) => log.created_at >= '2026-11-20' && log.created_at < '2026-11-27',
    );
    expect(report.total.requests).toBe(inWindow.length);
  });

  it('nests dimensions, keeps the top groups and sums the rest as one', async () => {
    const result = await cloudflareCli(cloudflare, [
      'cost',
      '--by',
      'gateway,provider',
      '--top',
      '3',
      '-f',
      'json',
    ]);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.groups).toHaveLength(4);
    expect(String(report.groups[3]?.gateway)).toMatch(/^\(other \d+\)$/);
    const sum = report.groups.reduce((total, group) => total + group.requests, 0);
    expect(sum).toBe(report.total.requests);
  });

  it('prints an aligned table with a total row, and CSV for spreadsheets', async () => {
    const table = await cloudflareCli(cloudflare, ['cost', '--by', 'provider']);
    const lines = table.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /^provider\s+requests\s+tokens in\s+tokens out\s+cost \(USD\)\s+share$/,
    );
    expect(lines.at(-1)).toMatch(/^total\s+[\d,]+\s+[\d,]+\s+[\d,]+\s+\$\d+\.\d{6}\s+100\.0%$/);
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
    expect(table.stderr).toBe(`${logs().length} requests\n`);

    const csv = await cloudflareCli(cloudflare, ['costs', '--by', 'provider', '-f', 'csv']);
    const [header, ...rows] = csv.stdout.trimEnd().split('\r\n');
    expect(header).toBe('provider,requests,tokens_in,tokens_out,cost_usd,unpriced');
    expect(rows.length).toBe(lines.length - 2);
  });

  it('refuses a dimension the API has not', async () => {
    const result = await cloudflareCli(cloudflare, ['cost', '--by', 'team']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      '--by team is not a cloudflare dimension: use model, provider, gateway, day, month',
    );
    expect(cloudflare.requests).toHaveLength(0);
  });
});

describe('costs from Bifrost', () => {
  const since = '2026-11-16T00:00:00Z';
  const inWindow = () =>
    bifrost.store.logs.filter((log) => Date.parse(log.timestamp) >= Date.parse(since));
  /** Sums over the stored rows, by a field. */
  const sums = (key: 'provider' | 'model') => {
    const by = new Map<string, { requests: number; cost: number }>();
    for (const log of inWindow()) {
      const sum = by.get(log[key]) ?? { requests: 0, cost: 0 };
      sum.requests++;
      sum.cost += log.cost ?? 0;
      by.set(log[key], sum);
    }
    return by;
  };

  for (const key of ['provider', 'model'] as const)
    it(`by ${key}: from the stats and rankings routes, matching the stored rows`, async () => {
      const result = await bifrostCli(bifrost, [
        'cost',
        '--by',
        key,
        '--since',
        since,
        '-f',
        'json',
      ]);
      expect(result.code).toBe(0);
      const report = JSON.parse(result.stdout) as Report & { source: string };
      expect(report.source).toBe('stats');
      const operations = bifrost.requests.map((request) => request.operationId).sort();
      expect(operations).toEqual(['getLogStats', 'getModelRankings']);
      const expected = sums(key);
      expect(new Set(report.groups.map((group) => group[key]))).toEqual(new Set(expected.keys()));
      for (const group of report.groups) {
        const stored = expected.get(String(group[key]));
        expect(group.requests).toBe(stored?.requests);
        expect(close(group.cost_usd, stored?.cost ?? Number.NaN)).toBe(true);
      }
      expect(report.total.requests).toBe(inWindow().length);
      const cost = inWindow().reduce((total, log) => total + (log.cost ?? 0), 0);
      expect(close(report.total.cost_usd, cost)).toBe(true);
      expect(result.stderr).toContain(
        'from Bifrost’s statistics (/api/logs/stats, /api/logs/rankings)',
      );
    });

  it('by day: from the log rows, with the same totals', async () => {
    const result = await bifrostCli(bifrost, [
      'cost',
      '--by',
      'day',
      '--since',
      since,
      '-f',
      'json',
    ]);
    const report = JSON.parse(result.stdout) as Report & { source: string };
    expect(report.source).toBe('logs');
    expect(report.total.requests).toBe(inWindow().length);
    const cost = inWindow().reduce((total, log) => total + (log.cost ?? 0), 0);
    expect(close(report.total.cost_usd, cost)).toBe(true);
    const forced = await bifrostCli(bifrost, ['cost', '--by', 'day', '--source', 'stats']);
    expect(forced.code).toBe(2);
    expect(forced.stderr).toContain('--source stats answers --by model, provider only');
  });

  it('--source logs reads the rows even where the stats answer', async () => {
    const result = await bifrostCli(bifrost, [
      'cost',
      '--by',
      'provider',
      '--source',
      'logs',
      '-f',
      'json',
    ]);
    const report = JSON.parse(result.stdout) as Report & { source: string };
    expect(report.source).toBe('logs');
    expect(bifrost.requests.every((request) => request.operationId === 'listLogs')).toBe(true);
    expect(report.total.requests).toBe(bifrost.store.logs.length);
  });

  it('counts requests without a cost apart, and says so', async () => {
    const result = await bifrostCli(bifrost, ['cost', '--by', 'status', '-f', 'json']);
    const report = JSON.parse(result.stdout) as Report;
    const unpriced = bifrost.store.logs.filter((log) => log.cost === undefined).length;
    expect(unpriced).toBeGreaterThan(0);
    expect(report.total.unpriced).toBe(unpriced);
    expect(result.stderr).toContain(
      `; ${unpriced} without a cost in their log (not counted in the cost)`,
    );
  });

  it('groups by the keys Bifrost records: virtual key, team, customer', async () => {
    const result = await bifrostCli(bifrost, ['cost', '--by', 'virtual-key', '-f', 'json']);
    const report = JSON.parse(result.stdout) as Report;
    const names = new Set(
      bifrost.store.logs.map((log) => log.virtual_key_name ?? log.virtual_key_id ?? '(none)'),
    );
    expect(new Set(report.groups.map((group) => group['virtual-key']))).toEqual(names);
  });
});
