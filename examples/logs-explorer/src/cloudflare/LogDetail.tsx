import { useLog, useLogRequest, useLogResponse } from '@ai-gateway/react/cloudflare';
import { type ReactNode, useId } from 'react';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { JsonBlock } from '../components/JsonBlock.tsx';
import { formatCost, formatCount, formatMs, formatTime } from '../format.ts';
import { FeedbackControl } from './FeedbackControl.tsx';

interface Props {
  gatewayId: string;
  logId: string;
  onClose: () => void;
}

export function LogDetail({ gatewayId, logId, onClose }: Props) {
  const params = { gateway_id: gatewayId, id: logId };
  const log = useLog(params);
  return (
    <aside className="panel detail" aria-label="Log detail">
      <header className="detail-header">
        <div>
          <h2>Log entry</h2>
          <code className="muted">{logId}</code>
        </div>
        <button type="button" className="button button-quiet" aria-label="Close" onClick={onClose}>
          ✕
        </button>
      </header>
      {log.isPending && <p className="empty">Loading…</p>}
      {log.isError && <ErrorNotice title="Could not load this log" error={log.error} />}
      {log.data && (
        <dl className="facts">
          <Fact label="Time">{formatTime(log.data.created_at)}</Fact>
          <Fact label="Provider">{log.data.provider}</Fact>
          <Fact label="Model">{log.data.model}</Fact>
          <Fact label="Status">
            {log.data.status_code ?? '—'} {log.data.success ? 'success' : 'failed'}
            {log.data.cached ? ', cached' : ''}
          </Fact>
          <Fact label="Duration">{formatMs(log.data.duration)}</Fact>
          <Fact label="Tokens">
            {formatCount(log.data.tokens_in)} in / {formatCount(log.data.tokens_out)} out
          </Fact>
          <Fact label="Cost">{formatCost(log.data.cost)}</Fact>
        </dl>
      )}
      <FeedbackControl gatewayId={gatewayId} logId={logId} />
      <Payload title="Request" query={useLogRequest(params)} />
      <Payload title="Response" query={useLogResponse(params)} />
    </aside>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

interface PayloadQuery {
  data: unknown;
  isPending: boolean;
  error: Parameters<typeof ErrorNotice>[0]['error'] | null;
}

function Payload({ title, query }: { title: string; query: PayloadQuery }) {
  const headingId = useId();
  return (
    <section className="payload" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {query.isPending && <p className="empty">Loading…</p>}
      {query.error && (
        <ErrorNotice title={`Could not load the ${title.toLowerCase()}`} error={query.error} />
      )}
      {!query.isPending && !query.error && <JsonBlock value={query.data} />}
    </section>
  );
}
