import {
  type BifrostFilterState,
  type LogStatus,
  noFilters,
  providers,
  statuses,
} from './filters.ts';

interface Props {
  value: BifrostFilterState;
  onChange: (value: BifrostFilterState) => void;
  refreshIntervalMs: number | undefined;
  onRefreshIntervalChange: (ms: number | undefined) => void;
}

const toggle = <T,>(list: readonly T[], item: T) =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

export function BifrostFiltersForm({
  value,
  onChange,
  refreshIntervalMs,
  onRefreshIntervalChange,
}: Props) {
  const active = JSON.stringify(value) !== JSON.stringify(noFilters);
  return (
    <form
      className="filters"
      aria-label="Bifrost filters"
      onSubmit={(event) => event.preventDefault()}
    >
      <fieldset className="field field-chips">
        <legend>Providers</legend>
        {providers.map((provider) => (
          <label key={provider} className="chip">
            <input
              type="checkbox"
              name="providers"
              value={provider}
              checked={value.providers.includes(provider)}
              onChange={() => onChange({ ...value, providers: toggle(value.providers, provider) })}
            />
            {provider}
          </label>
        ))}
      </fieldset>
      <fieldset className="field field-chips">
        <legend>Status</legend>
        {statuses.map((status) => (
          <label key={status} className="chip">
            <input
              type="checkbox"
              name="status"
              value={status}
              checked={value.status.includes(status)}
              onChange={() =>
                onChange({ ...value, status: toggle<LogStatus>(value.status, status) })
              }
            />
            {status}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>Models</span>
        <input
          id="bifrost-models"
          placeholder="gpt-4o-mini, …"
          value={value.models}
          onChange={(event) => onChange({ ...value, models: event.target.value })}
        />
      </label>
      <label className="field field-wide">
        <span>Content search</span>
        <input
          id="bifrost-search"
          type="search"
          placeholder="Text in the request summary"
          value={value.content_search}
          onChange={(event) => onChange({ ...value, content_search: event.target.value })}
        />
      </label>
      <label className="field">
        <span>From (UTC)</span>
        <input
          id="bifrost-from"
          type="date"
          value={value.start_time}
          onChange={(event) => onChange({ ...value, start_time: event.target.value })}
        />
      </label>
      <label className="field">
        <span>To (UTC)</span>
        <input
          id="bifrost-to"
          type="date"
          value={value.end_time}
          onChange={(event) => onChange({ ...value, end_time: event.target.value })}
        />
      </label>
      <label className="field">
        <span>Refresh stats</span>
        <select
          id="refresh"
          value={refreshIntervalMs ?? 0}
          onChange={(event) => onRefreshIntervalChange(Number(event.target.value) || undefined)}
        >
          <option value={0}>Off</option>
          <option value={5000}>Every 5 s</option>
          <option value={30000}>Every 30 s</option>
        </select>
      </label>
      <button
        type="button"
        className="button button-quiet"
        disabled={!active}
        onClick={() => onChange(noFilters)}
      >
        Clear
      </button>
    </form>
  );
}
