import { APIError } from '@ai-gateway/client/cloudflare';
import type { ClientError } from '@ai-gateway/react/cloudflare';

/** What went wrong, with the HTTP status and request id when the server answered. */
export function ErrorNotice({ error, title }: { error: ClientError; title: string }) {
  const answered = error instanceof APIError ? error : undefined;
  return (
    <div className="notice notice-error" role="alert">
      <strong>{title}</strong>
      <span>
        {error.message}
        {answered && ` (HTTP ${answered.status})`}
      </span>
      {answered?.requestId && <small>Request id {answered.requestId}</small>}
    </div>
  );
}
