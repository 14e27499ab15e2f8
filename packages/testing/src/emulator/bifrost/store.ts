import type { components } from '@ai-gateway/validators/bifrost';

/** One logged request, as `GET /api/logs/{id}` answers it; list rows are this record trimmed. */
export type LogEntry = components['schemas']['LogEntry'];

/** Everything one emulated Bifrost gateway holds. */
export interface BifrostStore {
  /** Every log as a full record, in the order the gateway wrote them (oldest first). */
  logs: LogEntry[];
  /**
   * The short content preview the server keeps with each row (by log id), the only text
   * `content_search` looks at. No answer shows it. A log without one is never found by a search.
   */
  contentSummaries: Map<string, string>;
}
