import { useGateways } from '@ai-gateway/react/cloudflare';
import { ErrorNotice } from '../components/ErrorNotice.tsx';

interface Props {
  value: string | undefined;
  onChange: (gatewayId: string | undefined) => void;
}

export function GatewayPicker({ value, onChange }: Props) {
  const gateways = useGateways({ per_page: 50 });
  if (gateways.isError)
    return <ErrorNotice title="Could not list gateways" error={gateways.error} />;
  const items = gateways.data?.items ?? [];
  return (
    <label className="field field-inline">
      <span>Gateway</span>
      <select
        id="gateway"
        value={value ?? ''}
        disabled={gateways.isPending}
        onChange={(event) => onChange(event.target.value || undefined)}
      >
        <option value="">{gateways.isPending ? 'Loading gateways…' : 'Choose a gateway…'}</option>
        {items.map((gateway) => (
          <option key={gateway.id} value={gateway.id}>
            {gateway.id}
            {gateway.collect_logs ? '' : ' (not collecting logs)'}
          </option>
        ))}
      </select>
    </label>
  );
}
