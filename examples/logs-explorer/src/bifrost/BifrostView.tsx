import { useState } from 'react';
import { useDebouncedValue } from '../components/use-debounced-value.ts';
import { BifrostFiltersForm } from './BifrostFiltersForm.tsx';
import { BifrostLogList } from './BifrostLogList.tsx';
import { type BifrostFilterState, bifrostFilters, noFilters } from './filters.ts';
import { StatsCards } from './StatsCards.tsx';

export function BifrostView() {
  const [filters, setFilters] = useState<BifrostFilterState>(noFilters);
  const [refreshIntervalMs, setRefreshIntervalMs] = useState<number | undefined>(5000);
  const params = bifrostFilters(useDebouncedValue(filters));
  return (
    <div className="view">
      <BifrostFiltersForm
        value={filters}
        onChange={setFilters}
        refreshIntervalMs={refreshIntervalMs}
        onRefreshIntervalChange={setRefreshIntervalMs}
      />
      <StatsCards filters={params} refreshIntervalMs={refreshIntervalMs} />
      <BifrostLogList filters={params} />
    </div>
  );
}
