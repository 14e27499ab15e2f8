import type { components } from '@ai-gateway/validators/bifrost';

/** One logged request, as `GET /api/logs/{id}` answers it; list rows are this record trimmed. */
export type LogEntry = components['schemas']['LogEntry'];
export type UserAgentMapping = components['schemas']['UserAgentMapping'];
export type CostRecalculationJob = components['schemas']['CostRecalculationJob'];

/** The client a request came from: the raw `User-Agent`, and the app detected from it. */
export interface ClientInfo {
  readonly userAgent: string;
  readonly app: string;
}

/** A cost recalculation: its answer, and what it will reprice once it runs. */
export interface CostJob {
  status: CostRecalculationJob;
  /** Ids of the rows it reprices, fixed when it was started. */
  readonly ids: readonly string[];
}

/** Everything one emulated Bifrost gateway holds. */
export interface BifrostStore {
  /** Every log as a full record, in the order the gateway wrote them (oldest first). */
  logs: LogEntry[];
  /**
   * The short content preview the server keeps with each row (by log id), the only text
   * `content_search` looks at. A log without one is never found by a search.
   */
  contentSummaries: Map<string, string>;
  /** The calling client of each row (by log id); rows logged without a User-Agent have none. */
  clients: Map<string, ClientInfo>;
  userAgentMappings: UserAgentMapping[];
  /** Cost recalculations, oldest first; at most one is unfinished. */
  costJobs: CostJob[];
  /** Log writes lost since start (a full write queue); the emulator never loses any. */
  droppedRequests: number;
  /** A new UUID for a created object, deterministic per seed and order of writes. */
  newId(): string;
}
