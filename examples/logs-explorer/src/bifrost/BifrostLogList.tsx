import { useInfiniteLogs } from '@ai-gateway/react/bifrost';
import { keepPreviousData } from '@tanstack/react-query';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { ListFooter, TableEndRow } from '../components/ListProgress.tsx';
import { StatusBadge } from '../components/StatusBadge.tsx';
import { useInfiniteScroll } from '../components/use-infinite-scroll.ts';
import { formatCost, formatCount, formatMs, formatShortTime } from '../format.ts';
import type { BifrostFilters } from './filters.ts';

export function BifrostLogList({ filters }: { filters: BifrostFilters }) {
  const logs = useInfiniteLogs(
    { ...filters, limit: 25, sort_by: 'timestamp', order: 'desc' },
    { placeholderData: keepPreviousData },
  );
  const sentinel = useInfiniteScroll<HTMLTableRowElement>(logs);

  if (logs.isPending) return <p className="empty">Loading logs…</p>;
  if (logs.isError) return <ErrorNotice title="Could not load Bifrost logs" error={logs.error} />;

  const pages = logs.data.pages;
  // Offsets shift when new rows arrive, so one row can come twice: keys include the page.
  const rows = pages.flatMap((page, pageIndex) => page.items.map((log) => ({ log, pageIndex })));
  const total = pages[0]?.totalCount;
  const progress = {
    shown: rows.length,
    total,
    pages: pages.length,
    isFetchingNextPage: logs.isFetchingNextPage,
    hasNextPage: logs.hasNextPage,
  };
  return (
    <section className="panel table-panel" aria-label="Bifrost logs" aria-busy={logs.isFetching}>
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th>Time (UTC)</th>
              <th>Provider</th>
              <th>Model</th>
              <th>Request type</th>
              <th>Status</th>
              <th className="num">Latency</th>
              <th className="num">Tokens</th>
              <th className="num">Cost</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ log, pageIndex }) => (
              <tr key={`${pageIndex}:${log.id}`} data-log-id={log.id} className="row">
                <td className="nowrap">{formatShortTime(log.timestamp)}</td>
                <td>{log.provider}</td>
                <td className="mono truncate" title={log.model}>
                  {log.model}
                </td>
                <td className="mono">{log.object}</td>
                <td>
                  <StatusBadge status={log.status} />
                </td>
                <td className="num">{formatMs(log.latency)}</td>
                <td className="num">{formatCount(log.token_usage?.total_tokens)}</td>
                <td className="num">{formatCost(log.cost)}</td>
              </tr>
            ))}
            <TableEndRow {...progress} sentinel={sentinel} columns={8} />
          </tbody>
        </table>
      </div>
      <ListFooter {...progress} />
    </section>
  );
}
