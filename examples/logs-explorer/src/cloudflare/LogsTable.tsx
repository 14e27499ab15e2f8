import type { ListLogsParams } from '@ai-gateway/client/cloudflare';
import { useInfiniteLogs } from '@ai-gateway/react/cloudflare';
import { keepPreviousData } from '@tanstack/react-query';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { ListFooter, TableEndRow } from '../components/ListProgress.tsx';
import { useInfiniteScroll } from '../components/use-infinite-scroll.ts';
import { formatCost, formatCount, formatMs, formatShortTime } from '../format.ts';

interface Props {
  params: ListLogsParams;
  selectedId: string | undefined;
  onSelect: (logId: string) => void;
}

export function LogsTable({ params, selectedId, onSelect }: Props) {
  // Keep showing the previous rows while a new filter loads, rather than flashing an empty table.
  const logs = useInfiniteLogs(params, { placeholderData: keepPreviousData });
  const sentinel = useInfiniteScroll<HTMLTableRowElement>(logs);

  if (logs.isPending) return <p className="empty">Loading logs…</p>;
  if (logs.isError) return <ErrorNotice title="Could not load logs" error={logs.error} />;

  const pages = logs.data.pages;
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
    <section className="panel table-panel" aria-label="Logs" aria-busy={logs.isFetching}>
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th>Time (UTC)</th>
              <th>Provider</th>
              <th>Model</th>
              <th>Status</th>
              <th className="num optional">Tokens in / out</th>
              <th className="num">Cost</th>
              <th className="num optional">Duration</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ log, pageIndex }) => (
              <tr
                key={`${pageIndex}:${log.id}`}
                data-log-id={log.id}
                className={log.id === selectedId ? 'row row-selected' : 'row'}
                aria-selected={log.id === selectedId}
                tabIndex={0}
                onClick={() => onSelect(log.id)}
                onKeyDown={(event) => event.key === 'Enter' && onSelect(log.id)}
              >
                <td className="nowrap">{formatShortTime(log.created_at)}</td>
                <td>{log.provider}</td>
                <td className="mono truncate" title={log.model}>
                  {log.model}
                </td>
                <td>
                  <span className={`badge ${log.success ? 'badge-ok' : 'badge-bad'}`}>
                    {log.success ? 'success' : 'failed'}
                  </span>
                  {log.cached && <span className="badge badge-muted">cached</span>}
                </td>
                <td className="num optional">
                  {formatCount(log.tokens_in)} / {formatCount(log.tokens_out)}
                </td>
                <td className="num">{formatCost(log.cost)}</td>
                <td className="num optional">{formatMs(log.duration)}</td>
              </tr>
            ))}
            <TableEndRow {...progress} sentinel={sentinel} columns={7} />
          </tbody>
        </table>
      </div>
      <ListFooter {...progress} />
    </section>
  );
}
