import { useState } from 'react';
import { useDebouncedValue } from '../components/use-debounced-value.ts';
import { type LogFilterState, listLogsParams, noFilters } from './filters.ts';
import { GatewayPicker } from './GatewayPicker.tsx';
import { LogDetail } from './LogDetail.tsx';
import { LogFilters } from './LogFilters.tsx';
import { LogsTable } from './LogsTable.tsx';

export function CloudflareView() {
  const [gatewayId, setGatewayId] = useState<string>();
  const [filters, setFilters] = useState<LogFilterState>(noFilters);
  const [selectedLog, setSelectedLog] = useState<string>();
  const settledFilters = useDebouncedValue(filters);

  const pickGateway = (id: string | undefined) => {
    setGatewayId(id);
    setSelectedLog(undefined);
  };

  return (
    <div className="view">
      <section className="toolbar" aria-label="Gateway">
        <GatewayPicker value={gatewayId} onChange={pickGateway} />
      </section>
      {gatewayId ? (
        <>
          <LogFilters value={filters} onChange={setFilters} />
          <div className={selectedLog ? 'split split-open' : 'split'}>
            <LogsTable
              params={listLogsParams(gatewayId, settledFilters)}
              selectedId={selectedLog}
              onSelect={setSelectedLog}
            />
            {selectedLog && (
              <LogDetail
                key={selectedLog}
                gatewayId={gatewayId}
                logId={selectedLog}
                onClose={() => setSelectedLog(undefined)}
              />
            )}
          </div>
        </>
      ) : (
        <p className="empty">Pick a gateway to see its logs.</p>
      )}
    </div>
  );
}
