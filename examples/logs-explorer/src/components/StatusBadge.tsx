type Tone = 'ok' | 'bad' | 'wait' | 'muted';

const tones: Record<string, Tone> = {
  success: 'ok',
  error: 'bad',
  processing: 'wait',
  cancelled: 'muted',
};

export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge badge-${tones[status] ?? 'muted'}`}>{status}</span>;
}
