import type { ChangeEvent } from 'react';
import { type LogFilterState, noFilters } from './filters.ts';

interface Props {
  value: LogFilterState;
  onChange: (value: LogFilterState) => void;
}

// Slugs Cloudflare uses for common providers, offered as suggestions; any slug can be typed.
const providers = ['openai', 'anthropic', 'workers-ai', 'google-ai-studio', 'aws-bedrock', 'groq'];

export function LogFilters({ value, onChange }: Props) {
  const set =
    (name: keyof LogFilterState) => (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      onChange({ ...value, [name]: event.target.value });
  const active = JSON.stringify(value) !== JSON.stringify(noFilters);
  return (
    <form className="filters" aria-label="Log filters" onSubmit={(event) => event.preventDefault()}>
      <label className="field field-wide">
        <span>Search</span>
        <input
          id="search"
          type="search"
          placeholder="Text in the logs"
          value={value.search}
          onChange={set('search')}
        />
      </label>
      <label className="field">
        <span>Provider</span>
        <input
          id="provider"
          list="providers"
          placeholder="Any"
          value={value.provider}
          onChange={set('provider')}
        />
        <datalist id="providers">
          {providers.map((slug) => (
            <option key={slug} value={slug} />
          ))}
        </datalist>
      </label>
      <label className="field">
        <span>Model contains</span>
        <input id="model" placeholder="Any" value={value.model} onChange={set('model')} />
      </label>
      <label className="field">
        <span>Outcome</span>
        <select id="success" value={value.success} onChange={set('success')}>
          <option value="any">Any</option>
          <option value="true">Succeeded</option>
          <option value="false">Failed</option>
        </select>
      </label>
      <label className="field">
        <span>Cache</span>
        <select id="cached" value={value.cached} onChange={set('cached')}>
          <option value="any">Any</option>
          <option value="true">Cached</option>
          <option value="false">Not cached</option>
        </select>
      </label>
      <label className="field">
        <span>Cost over (USD)</span>
        <input
          id="min-cost"
          type="number"
          min="0"
          step="any"
          inputMode="decimal"
          placeholder="Any"
          value={value.minCost}
          onChange={set('minCost')}
        />
      </label>
      <label className="field">
        <span>Feedback</span>
        <select id="feedback" value={value.feedback} onChange={set('feedback')}>
          <option value="any">Any</option>
          <option value="1">Helpful</option>
          <option value="-1">Not helpful</option>
        </select>
      </label>
      <label className="field">
        <span>From (UTC)</span>
        <input id="from" type="date" value={value.from} onChange={set('from')} />
      </label>
      <label className="field">
        <span>To (UTC)</span>
        <input id="to" type="date" value={value.to} onChange={set('to')} />
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
