import { describe, expect, it } from 'vitest';
import {
  bootstrapMedianInterval,
  formatDifference,
  formatRatio,
  ratioWithinNoise,
} from '../src/lib/stats.ts';

describe('ratios', () => {
  it('a spread that holds 1.0 reads "same within noise", with the spread', () => {
    const ratios = [0.88, 0.95, 0.97, 1.04, 1.08, 1.11];
    expect(ratioWithinNoise(ratios)).toBe(true);
    expect(formatRatio(ratios)).toBe('same within noise (0.95–1.07×)');
  });

  it('a spread on one side of 1.0 gives the median and the spread', () => {
    const ratios = [1.2, 1.25, 1.3, 1.32, 1.4];
    expect(ratioWithinNoise(ratios)).toBe(false);
    expect(formatRatio(ratios)).toBe('1.30× (1.25–1.32)');
  });
});

describe('differences with a bootstrap interval', () => {
  it('holds the median, and is the same for the same samples', () => {
    const values = Array.from({ length: 40 }, (_, i) => 20 + ((i * 7) % 11) - 5);
    const interval = bootstrapMedianInterval(values);
    expect(interval.low).toBeLessThanOrEqual(20);
    expect(interval.high).toBeGreaterThanOrEqual(20);
    expect(bootstrapMedianInterval(values)).toEqual(interval);
  });

  it('an interval that holds 0 reads "same within noise"', () => {
    const values = [-3, -1, 0, 1, 2, 4, -2, 3];
    expect(formatDifference(values)).toMatch(/^same within noise \(95% CI -\S+ – \+\S+ µs\)$/);
  });

  it('an interval clear of 0 gives the signed median', () => {
    expect(formatDifference([10, 11, 12, 13, 14, 12, 11, 13])).toMatch(/^\+12\.\d µs \(95% CI \+/);
  });
});
