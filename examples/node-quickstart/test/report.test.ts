// The report against the emulators: every figure it prints is checked against the emulators'
// stored data, computed here independently of the clients.
import type { BifrostEmulator, CloudflareEmulator, StoredLog } from '@ai-gateway/testing/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../src/report.ts';
import { resolveTarget, type Target } from '../src/targets.ts';

const usd = (value: number) => `$${value.toFixed(6)}`;
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

describe('the quick-start report against the emulators', () => {
  let target: Target;
  let report: string[];
  let cloudflare: CloudflareEmulator;
  let bifrost: BifrostEmulator;
  /** The gateway whose logs the report reads, and its logs with cost > 0.0001, newest first. */
  let gatewayId: string;
  let expensive: StoredLog[];

  beforeAll(async () => {
    target = await resolveTarget({});
    if (!target.emulators) throw new Error('Without credentials the target must be the emulators');
    ({ cloudflare, bifrost } = target.emulators);
    report = await buildReport(target);
    gatewayId =
      /^Logs of (\S+) with/.exec(report.find((line) => line.startsWith('Logs of ')) ?? '')?.[1] ??
      '';
    expensive = (cloudflare.store.logs.get(gatewayId) ?? [])
      .filter(({ log }) => log.cost != null && log.cost > 0.0001)
      .sort((a, b) => b.log.created_at.localeCompare(a.log.created_at));
  });
  afterAll(async () => target?.close());

  it('says where its data comes from, without a caveat about filters', () => {
    expect(report[0]).toMatch(/^AI Gateway report — in-process emulators of both APIs/);
    expect(report[0]).not.toMatch(/unfiltered|ignore/i);
  });

  it('lists every stored gateway, and reads the logs of the first one listed', () => {
    const stored = [...cloudflare.store.gateways.keys()];
    expect(report).toContain(`Gateways (${stored.length}):`);
    const listed = report.flatMap((line) => /^ {2}(\S+) +logs (?:on |off)/.exec(line)?.[1] ?? []);
    expect(listed.sort()).toEqual(stored.sort());
    expect(gatewayId).toBe(
      report[report.indexOf(`Gateways (${stored.length}):`) + 1]?.trim().split(' ')[0],
    );
  });

  it('counts and totals exactly the stored logs with cost > 0.0001, a page of 50 per request', () => {
    expect(expensive.length).toBeGreaterThan(50); // so the report pages
    expect(expensive.length).toBeLessThan(cloudflare.store.logs.get(gatewayId)?.length ?? 0); // so the filter drops some
    const total = sum(expensive.map(({ log }) => log.cost ?? 0));
    expect(report).toContain(`  ${expensive.length} logs, ${usd(total)} in all`);
    const pages = cloudflare.requests.filter((request) => request.operationId === 'listLogs');
    expect(pages).toHaveLength(Math.ceil(expensive.length / 50));
    expect(pages.every((request) => request.status === 200)).toBe(true);
  });

  it('shows the five newest of them', () => {
    const shown = report.filter((line) => /^ {2}\d{4}-\d\d-\d\dT\S+ .* (ok|failed)$/.test(line));
    expect(shown.map((line) => line.trim().split(' ')[0])).toEqual(
      expensive.slice(0, 5).map(({ log }) => log.created_at),
    );
    for (const [index, line] of shown.entries()) {
      const { log } = expensive[index] as StoredLog;
      expect(line).toContain(
        `${log.provider}/${log.model}  ${usd(log.cost ?? 0)}  ${log.success ? 'ok' : 'failed'}`,
      );
    }
  });

  it('reads the newest one’s stored payloads and stores its feedback', () => {
    const newest = expensive[0] as StoredLog;
    expect(report).toContain(`Log ${newest.log.id}:`);
    const line = (label: string) => report.find((text) => text.startsWith(`  ${label} `)) ?? '';
    expect(line('request ')).toContain(JSON.stringify(newest.request).slice(0, 97));
    expect(line('response')).toContain(JSON.stringify(newest.response).slice(0, 97));
    expect(report).toContain('  feedback set to 👍');
    expect(newest.hidden.feedback).toBe(1);
    const edits = cloudflare.requests.filter((request) => request.operationId === 'editLog');
    expect(edits.map((request) => [request.method, request.status])).toEqual([['PATCH', 200]]);
  });

  it('prints the Bifrost stats computed over the stored finished rows', () => {
    const rows = bifrost.store.logs.filter(
      (log) => log.status === 'success' || log.status === 'error',
    );
    const latencies = rows.flatMap((log) => (log.latency == null ? [] : [log.latency]));
    const successRate = (rows.filter((log) => log.status === 'success').length / rows.length) * 100;
    expect(report[report.indexOf('Bifrost:') + 1]).toBe(
      `  requests ${rows.length}  success ${successRate.toFixed(1)}%  ` +
        `avg latency ${Math.round(sum(latencies) / latencies.length)} ms  ` +
        `tokens ${sum(rows.map((log) => log.token_usage?.total_tokens ?? 0))}  ` +
        `cost ${usd(sum(rows.flatMap((log) => (log.cost == null ? [] : [log.cost]))))}`,
    );
  });
});
