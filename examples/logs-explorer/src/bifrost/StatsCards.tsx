import { useLogStats } from '@ai-gateway/react/bifrost';
import { keepPreviousData } from '@tanstack/react-query';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { formatCost, formatCount, formatMs, formatPercent } from '../format.ts';
import type { BifrostFilters } from './filters.ts';

interface Props {
  filters: BifrostFilters;
  refreshIntervalMs: number | undefined;
}

const updatedAt = new Intl.DateTimeFormat('en-GB', { timeStyle: 'medium', timeZone: 'UTC' });

/** The stats of the logs the filters match, refreshed every `refreshIntervalMs` while the tab is visible. */
export function StatsCards({ filters, refreshIntervalMs }: Props) {
  const stats = useLogStats(filters, { refreshIntervalMs, placeholderData: keepPreviousData });
  if (stats.isError) return <ErrorNotice title="Could not load the stats" error={stats.error} />;
  const data = stats.data;
  const cards = [
    { label: 'Requests', value: formatCount(data?.total_requests) },
    { label: 'Success rate', value: formatPercent(data?.success_rate) },
    { label: 'Average latency', value: formatMs(data?.average_latency) },
    { label: 'Total cost', value: formatCost(data?.total_cost) },
    { label: 'Tokens', value: formatCount(data?.total_tokens) },
    {
      label: 'Cache hits',
      value: data
        ? formatCount((data.direct_cache_hits ?? 0) + (data.semantic_cache_hits ?? 0))
        : '—',
    },
  ];
  return (
    <section className="stats" aria-label="Bifrost stats" aria-busy={stats.isFetching}>
      <div className="cards">
        {cards.map(({ label, value }) => (
          <div key={label} className="card">
            <span className="card-label">{label}</span>
            <strong className="card-value">{value}</strong>
          </div>
        ))}
      </div>
      <p className="muted small">
        {stats.dataUpdatedAt > 0 && `Updated ${updatedAt.format(stats.dataUpdatedAt)} UTC · `}
        {refreshIntervalMs
          ? `refreshing every ${refreshIntervalMs / 1000} s while this tab is visible`
          : 'auto-refresh off'}
      </p>
    </section>
  );
}
