// A target's verdict rests on the whole spread of the figure, never on its median alone.
import { describe, expect, it } from 'vitest';
import { medianQuartiles, spreadText, targetsMarkdown, verdict } from '../src/lib/targets.ts';

describe('target verdicts', () => {
  it('meets a target only when the whole spread is within it', () => {
    expect(verdict({ low: 2, median: 3, high: 4.9 }, 5, ' ms')).toBe('met');
    expect(verdict({ low: 2, median: 3, high: 5.1 }, 5, ' ms')).toBe('within noise of the target');
  });

  it('misses a target by the median’s distance when the whole spread is past it', () => {
    expect(verdict({ low: 5.5, median: 7.25, high: 9 }, 5, ' ms')).toBe('missed by 2.25 ms');
    expect(verdict({ low: 4.5, median: 7.25, high: 9 }, 5, ' ms')).toBe(
      'within noise of the target',
    );
  });

  it('reads the spread of a handful of runs from their quartiles', () => {
    const spread = medianQuartiles([1, 2, 3, 4, 5]);
    expect(spread).toEqual({ low: 2, median: 3, high: 4 });
    expect(spreadText(spread, ' ms', 'p25–p75')).toBe('3.00 ms (p25–p75 2.00 – 4.00)');
    expect(
      spreadText({ low: -1.5, median: 7, high: 22.5 }, ' µs', '95% CI', { signed: true }),
    ).toBe('+7.00 µs (95% CI -1.50 – +22.5)');
  });

  it('writes one row per target, a pipe in a cell escaped', () => {
    const table = targetsMarkdown([
      { target: 'a | b ≤ 5 ms', measured: '3 ms', verdict: 'met' },
      { target: 'c ≤ 1', measured: '2', verdict: 'missed by 1', why: 'Because.' },
    ]);
    expect(table.split('\n').filter((line) => line.startsWith('| '))).toEqual([
      '| Target | This run | Verdict | Why |',
      '| --- | --- | --- | --- |',
      '| a \\| b ≤ 5 ms | 3 ms | met |  |',
      '| c ≤ 1 | 2 | missed by 1 | Because. |',
    ]);
  });
});
