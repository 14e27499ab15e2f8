import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../src/report.ts';
import { resolveTarget, type Target } from '../src/targets.ts';

describe('the quick-start report against the mock servers', () => {
  let target: Target;
  let report: string[];

  beforeAll(async () => {
    target = await resolveTarget({});
    report = await buildReport(target);
  });
  afterAll(async () => target?.close());

  it('lists the gateways the mock serves', () => {
    const heading = report.find((line) => line.startsWith('Gateways ('));
    expect(heading).toMatch(/^Gateways \([1-9]\d*\):$/);
    expect(report.some((line) => /^ {2}[a-z0-9_-]+ +logs (on |off)/.test(line))).toBe(true);
  });

  it('pages through the filtered logs and totals their cost', () => {
    const summary = report.find((line) => /^ {2}\d+ logs, \$\d+\.\d{6} in all$/.test(line));
    // The mock ignores the filter and serves the example's logs: at least one, none of them dropped.
    const count = Number(summary?.trim().split(' ')[0]);
    expect(count).toBeGreaterThan(0);
    const shown = report.filter((line) => /^ {2}\d{4}-\d\d-\d\dT\S+ .* (ok|failed)$/.test(line));
    expect(shown).toHaveLength(Math.min(count, 5));
  });

  it('reads one log’s request and response and patches its feedback', () => {
    expect(report.some((line) => line.startsWith('  request  {'))).toBe(true);
    expect(report.some((line) => line.startsWith('  response '))).toBe(true);
    expect(report).toContain('  feedback set to 👍');
  });

  it('prints the Bifrost stats with their units', () => {
    const stats = report[report.indexOf('Bifrost:') + 1];
    expect(stats).toMatch(
      /requests \d+ {2}success \d+\.\d% {2}avg latency \d+ ms {2}tokens \d+ {2}cost \$\d+\.\d+/,
    );
  });
});
