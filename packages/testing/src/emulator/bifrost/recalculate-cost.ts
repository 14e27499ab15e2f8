// The cost recalculation job: POST starts it (one at a time), the status route reports it, and
// cancel stops it. The emulator does a job's work when it is first polled, so a client that
// starts a job and polls sees pending, then completed, as against a quick server.
import type { components } from '@ai-gateway/validators/bifrost';
import { ApiError, type OperationContext, type OperationHandler } from '../core/types.ts';
import { type FilterQuery, filterLogs, readFilters } from './filters.ts';
import { costOf } from './pricing.ts';
import type { BifrostStore, CostJob, LogEntry } from './store.ts';

type Request = components['schemas']['RecalculateCostRequest'];
type Filters = NonNullable<Request['filters']>;

const terminal = new Set(['completed', 'failed', 'cancelled']);
const isRunning = (job: CostJob) => !terminal.has(job.status.status);

/** The JSON filters as the query filters they mirror: arrays become the comma lists. */
function asQuery({ metadata_filters: _, ...filters }: Filters): FilterQuery {
  return Object.fromEntries(
    Object.entries(filters).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.join(',') : value,
    ]),
  ) as FilterQuery;
}

/** The price of a row from its usage now; `undefined` for a row the price list cannot price. */
function repriced(log: LogEntry): number | undefined {
  const usage = log.token_usage;
  if (!usage) return undefined;
  const cost = costOf(log.model, {
    promptTokens: usage.prompt_tokens ?? 0,
    completionTokens: usage.completion_tokens ?? 0,
    cachedReadTokens: usage.prompt_tokens_details?.cached_read_tokens ?? 0,
  });
  return cost?.total_cost;
}

/** Does the job's work: writes the costs it can compute and counts the rest as skipped. */
function run(store: BifrostStore, job: CostJob, now: string): void {
  const wanted = new Set(job.ids);
  let updated = 0;
  let processed = 0;
  for (const log of store.logs) {
    if (!wanted.has(log.id)) continue;
    processed += 1;
    const cost = repriced(log);
    // A zero price is left alone, as the server does unless it knows the row is free.
    if (cost === undefined || cost <= 0) continue;
    log.cost = cost;
    updated += 1;
  }
  job.status = {
    ...job.status,
    status: 'completed',
    processed,
    updated,
    skipped: processed - updated,
    started_at: job.status.updated_at ?? now,
    updated_at: now,
  };
}

const running = (store: BifrostStore) => store.costJobs.find(isRunning);

const recalculateLogCosts: OperationHandler<BifrostStore> = ({ body, store, clock }) => {
  const current = running(store);
  if (current) return { status: 409, body: current.status };
  const filters = (body as Request | undefined)?.filters ?? {};
  const parsed = readFilters(asQuery(filters), { now: clock.now() });
  const metadata = Object.entries(filters.metadata_filters ?? {});
  const ids = filterLogs(store, { ...parsed, metadata }).map((log) => log.id);
  const job: CostJob = {
    ids,
    status: {
      id: store.newId(),
      status: 'pending',
      total: ids.length,
      processed: 0,
      updated: 0,
      skipped: 0,
      updated_at: clock.now().toISOString(),
    },
  };
  store.costJobs.push(job);
  return { status: 202, body: job.status };
};

function jobFor(
  { query, store }: OperationContext<BifrostStore>,
  missing: string,
): CostJob | undefined {
  const id = typeof query.id === 'string' ? query.id.trim() : '';
  if (!id) return running(store);
  const job = store.costJobs.find((entry) => entry.status.id === id);
  if (!job) throw new ApiError(404, missing);
  return job;
}

const getRecalculateCostStatus: OperationHandler<BifrostStore> = (context) => {
  const job = jobFor(context, 'Job not found');
  if (!job) return { body: { status: 'idle', total: 0, processed: 0, updated: 0, skipped: 0 } };
  if (isRunning(job)) run(context.store, job, context.clock.now().toISOString());
  return { body: job.status };
};

const cancelRecalculateCost: OperationHandler<BifrostStore> = (context) => {
  const job = jobFor(context, 'No recalculation job to cancel');
  if (!job) throw new ApiError(404, 'No recalculation job to cancel');
  // A job that already ended is returned as it is; costs already written stay.
  if (isRunning(job))
    job.status = {
      ...job.status,
      status: 'cancelled',
      updated_at: context.clock.now().toISOString(),
    };
  return { body: job.status };
};

export const costRecalculationHandlers = {
  recalculateLogCosts,
  getRecalculateCostStatus,
  cancelRecalculateCost,
};
