import { useEditLog } from '@ai-gateway/react/cloudflare';
import { ErrorNotice } from '../components/ErrorNotice.tsx';

// A thumb, drawn rather than an emoji: not every system (headless browsers included) has an emoji font.
const thumb =
  'M7 10v11H3V10h4Zm2 11h8.3a2 2 0 0 0 2-1.7l1.2-7A2 2 0 0 0 18.5 10H14V5a2 2 0 0 0-2-2l-3 7v11Z';

function Thumb({ down }: { down?: boolean }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" style={down ? { transform: 'scale(1, -1)' } : {}}>
      <path d={thumb} fill="currentColor" />
    </svg>
  );
}

const choices = [
  { value: 1, label: 'Helpful', down: false },
  { value: -1, label: 'Not helpful', down: true },
] as const;

/**
 * Rates the log (PATCH feedback). The mutation hook refreshes this log and its gateway's log lists
 * once the server has it, as the spec's `x-invalidates` says; nothing else is refetched.
 */
export function FeedbackControl({ gatewayId, logId }: { gatewayId: string; logId: string }) {
  const edit = useEditLog();
  const sent = edit.variables?.body.feedback;
  return (
    <section className="feedback" aria-label="Feedback">
      <h3>Feedback</h3>
      <div className="button-row">
        {choices.map(({ value, label, down }) => (
          <button
            key={value}
            type="button"
            className="button button-icon"
            aria-pressed={edit.isSuccess && sent === value}
            disabled={edit.isPending}
            onClick={() =>
              edit.mutate({
                params: { gateway_id: gatewayId, id: logId },
                body: { feedback: value },
              })
            }
          >
            <Thumb down={down} />
            {label}
          </button>
        ))}
        <span className="muted" role="status">
          {edit.isPending ? 'Saving…' : edit.isSuccess ? 'Feedback saved' : ''}
        </span>
      </div>
      {edit.isError && <ErrorNotice title="Could not save the feedback" error={edit.error} />}
    </section>
  );
}
