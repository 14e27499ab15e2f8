// The targets the benchmark is held to, each checked against this run's figures: met when the
// whole spread is within it, missed (by how much) when the whole spread is past it, and "within
// noise" when the spread holds the target, so that no verdict rests on a median alone.
import { bootstrapMedianInterval, formatNumber, summarize } from './stats.ts';

export interface Target {
  /** The target, e.g. `ours ≤ openapi-fetch + 5 µs`. */
  readonly target: string;
  /** This run's figure with its spread. */
  readonly measured: string;
  readonly verdict: string;
  /** Why a target is missed or not settled, from this run's figures. */
  readonly why?: string;
}

interface Spread {
  readonly low: number;
  readonly median: number;
  readonly high: number;
}

/** The verdict for "at most `limit`" given a spread. */
export function verdict({ low, median, high }: Spread, limit: number, unit: string): string {
  if (high <= limit) return 'met';
  if (low > limit) return `missed by ${formatNumber(median - limit)}${unit}`;
  return 'within noise of the target';
}

/** The median of per-round values with its bootstrap 95% confidence interval. */
export function medianInterval(values: readonly number[]): Spread {
  const { low, high } = bootstrapMedianInterval(values);
  return { low, median: summarize(values).median, high };
}

/** The median of a handful of runs with their p25–p75 spread. */
export function medianQuartiles(values: readonly number[]): Spread {
  const { p25, median, p75 } = summarize(values);
  return { low: p25, median, high: p75 };
}

/** A spread as text: `3.00 ms (p25–p75 2.00 – 4.00)`, or `+7.0 µs (95% CI -1.5 – +22.5)` signed. */
export function spreadText(
  spread: Spread,
  unit: string,
  kind: '95% CI' | 'p25–p75',
  { signed = false }: { signed?: boolean } = {},
): string {
  const show = (n: number) => `${signed && n >= 0 ? '+' : ''}${formatNumber(n)}`;
  return `${show(spread.median)}${unit} (${kind} ${show(spread.low)} – ${show(spread.high)})`;
}

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** The `## Targets` table of results.md. */
export function targetsMarkdown(targets: readonly Target[]): string {
  return [
    '## Targets',
    '',
    'Each target set for the benchmark, against this run. Met: the whole spread (95% CI of the median, or p25–p75 for a few runs) is within the target; missed: the whole spread is past it, by the median’s distance; within noise: the spread holds the target.',
    '',
    '| Target | This run | Verdict | Why |',
    '| --- | --- | --- | --- |',
    ...targets.map(
      (t) =>
        `| ${cell(t.target)} | ${cell(t.measured)} | ${cell(t.verdict)} | ${cell(t.why ?? '')} |`,
    ),
    '',
  ].join('\n');
}
