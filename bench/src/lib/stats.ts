/** Median and spread of one figure over repeated runs. */
export interface Summary {
  readonly median: number;
  readonly p25: number;
  readonly p75: number;
  readonly min: number;
  readonly max: number;
  readonly n: number;
}

/** Quantile with linear interpolation between the two nearest ranks. */
function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const a = sorted[lower] as number;
  const b = sorted[upper] as number;
  return a + (b - a) * (position - lower);
}

export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: quantile(sorted, 0.5),
    p25: quantile(sorted, 0.25),
    p75: quantile(sorted, 0.75),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    n: sorted.length,
  };
}

/** A number with about three significant digits and thousands separators. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** A small seeded generator (mulberry32), so that the same samples give the same interval. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** A confidence interval of the median of a set of per-round values. */
export interface Interval {
  readonly low: number;
  readonly high: number;
  /** 0.95 for a 95% interval. */
  readonly level: number;
}

/**
 * Percentile-bootstrap confidence interval of the median: the rounds are resampled with
 * replacement `resamples` times, and the interval holds the middle `level` of the resampled
 * medians. Seeded, so a report is reproducible from its samples.
 */
export function bootstrapMedianInterval(
  values: readonly number[],
  level = 0.95,
  resamples = 4000,
  seed = 1,
): Interval {
  if (values.length === 0) return { low: Number.NaN, high: Number.NaN, level };
  const random = seededRandom(seed);
  const medians: number[] = [];
  const resample = new Array<number>(values.length);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < values.length; i++)
      resample[i] = values[Math.floor(random() * values.length)] as number;
    medians.push(summarize(resample).median);
  }
  medians.sort((a, b) => a - b);
  const tail = (1 - level) / 2;
  return { low: quantile(medians, tail), high: quantile(medians, 1 - tail), level };
}

/** Whether per-round ratios give no clear answer: their p25–p75 spread holds 1.0. */
export function ratioWithinNoise(values: readonly number[]): boolean {
  const s = summarize(values);
  return s.p25 <= 1 && s.p75 >= 1;
}

/**
 * A ratio's median with its p25–p75 spread, e.g. `1.26× (1.19–1.33)`; when that spread holds 1.0
 * the ratio is no finding, and reads `same within noise (0.91–1.20×)`.
 */
export function formatRatio(values: readonly number[], digits = 2): string {
  const s = summarize(values);
  const spread = `${s.p25.toFixed(digits)}–${s.p75.toFixed(digits)}`;
  return ratioWithinNoise(values)
    ? `same within noise (${spread}×)`
    : `${s.median.toFixed(digits)}× (${spread})`;
}

/** A signed number of µs: `+12.3`, `-0.8`. */
const signed = (value: number) => `${value >= 0 ? '+' : ''}${formatNumber(value)}`;

/**
 * The median of paired per-round differences (a contender's µs minus the baseline's in the same
 * round) with its bootstrap 95% interval, e.g. `+12.3 µs (95% CI +11.0 – +13.9)`; an interval that
 * holds 0 reads `same within noise (95% CI -1.2 – +3.4 µs)`.
 */
export function formatDifference(values: readonly number[], unit = 'µs'): string {
  const { median } = summarize(values);
  const { low, high } = bootstrapMedianInterval(values);
  const interval = `95% CI ${signed(low)} – ${signed(high)}`;
  return low <= 0 && high >= 0
    ? `same within noise (${interval} ${unit})`
    : `${signed(median)} ${unit} (${interval})`;
}

/** A median with its p25–p75 spread, e.g. `4,568 ms (4,563–4,721)`. */
export function formatMedian(values: readonly number[], unit: string): string {
  const s = summarize(values);
  return `${formatNumber(s.median)} ${unit} (${formatNumber(s.p25)}–${formatNumber(s.p75)})`;
}
