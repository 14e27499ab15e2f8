// Display helpers. Times are shown in UTC so that screenshots and tests read the same everywhere.

const dateTime = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'medium',
  timeZone: 'UTC',
});

const shortTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZone: 'UTC',
});

export const formatTime = (iso: string | undefined) =>
  iso ? `${dateTime.format(new Date(iso))} UTC` : '—';

/** For table cells, under a "Time (UTC)" heading. */
export const formatShortTime = (iso: string | undefined) =>
  iso ? shortTime.format(new Date(iso)).replace(',', '') : '—';

export const formatCost = (usd: number | null | undefined) =>
  usd == null ? '—' : `$${usd < 0.01 && usd > 0 ? usd.toFixed(6) : usd.toFixed(2)}`;

export const formatMs = (ms: number | null | undefined) =>
  ms == null ? '—' : ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;

export const formatCount = (count: number | null | undefined) =>
  count == null ? '—' : count.toLocaleString('en-US');

export const formatPercent = (percent: number | null | undefined) =>
  percent == null ? '—' : `${percent.toFixed(1)}%`;

/** A `YYYY-MM-DD` day as the first or last instant of that day, UTC. */
export function dayBound(day: string, end: 'start' | 'end'): string {
  return `${day}T${end === 'start' ? '00:00:00.000' : '23:59:59.999'}Z`;
}
