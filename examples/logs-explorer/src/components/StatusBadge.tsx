import type { components } from '@ai-gateway/client/bifrost';

type Tone = 'ok' | 'bad' | 'wait' | 'muted';
type LogStatus = components['schemas']['LogStatus'];

/** A tone for every status of a Bifrost log row (a new status in the spec fails the type check). */
const tones: Record<LogStatus, Tone> = {
  success: 'ok',
  error: 'bad',
  processing: 'wait',
  cancelled: 'muted',
};

export function StatusBadge({ status }: { status: LogStatus }) {
  return <span className={`badge badge-${tones[status] ?? 'muted'}`}>{status}</span>;
}
