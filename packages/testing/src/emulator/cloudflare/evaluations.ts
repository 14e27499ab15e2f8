// Evaluations: runs of evaluators over datasets. A new one is queued; it finishes a moment later
// (`evaluationRunMs`), and the first read after that fills in its results from the logs its
// datasets select, as they stood when it started.
import type { components } from '@ai-gateway/validators/cloudflare';
import { hashSeed } from '../../fixtures/random.ts';
import type { CloudflareOperationId } from '../../generated/emulator/cloudflare.ts';
import type { OperationHandler } from '../core/types.ts';
import { badRequest, notFound } from './errors.ts';
import { newUuid } from './ids.ts';
import {
  gatewayOf,
  mentions,
  missingAs400,
  newestFirst,
  objectsOf,
  pageOf,
  pageRequest,
} from './listing.ts';
import { filtersPredicate } from './log-filters.ts';
import type { CloudflareStore, Dataset, Evaluation, EvaluationType, StoredLog } from './store.ts';

type EvaluationCreate = components['schemas']['EvaluationCreate'];
type EvaluationResult = components['schemas']['EvaluationResult'];
type EvaluationDataset = components['schemas']['EvaluationDataset'];

/** How long an evaluation takes from creation to results. */
export const evaluationRunMs = 1_000;

/** The status codes the results go through, with the names the API gives them. */
const queued = { status: 0, status_description: 'Queued' } as const;
const completed = { status: 2, status_description: 'Completed' } as const;

const missingGateway = missingAs400('Gateway');

/** The account's numeric id, which embedded datasets show next to its tag (the id in paths). */
export const numericAccountId = (accountId: string) =>
  String(1_000_000 + (hashSeed(accountId) % 9_000_000));

export const embedDataset = (store: CloudflareStore, dataset: Dataset): EvaluationDataset => ({
  ...dataset,
  account_id: numericAccountId(store.accountId),
  account_tag: store.accountId,
});

const round = (value: number) => Math.round(value * 1e6) / 1e6;

/** An evaluator's output over the logs it covered, serialised as the API stores it. */
function summary(type: string, logs: readonly StoredLog[]): string {
  const n = logs.length;
  if (type === 'cost') {
    const total = logs.reduce((sum, { log }) => sum + (log.cost ?? 0), 0);
    return JSON.stringify({ avg_cost: n ? round(total / n) : 0, total_cost: round(total) });
  }
  if (type === 'speed') {
    const durations = logs.map(({ log }) => log.duration).sort((a, b) => a - b);
    const average = n ? Math.round(durations.reduce((sum, d) => sum + d, 0) / n) : 0;
    const p95 = n ? (durations[Math.min(n - 1, Math.ceil(n * 0.95) - 1)] ?? 0) : 0;
    return JSON.stringify({ avg_duration_ms: average, p95_duration_ms: p95 });
  }
  if (type === 'performance') {
    const rated = logs.filter(({ hidden }) => hidden.feedback != null && hidden.feedback !== 0);
    const positive = rated.filter(({ hidden }) => (hidden.feedback ?? 0) > 0).length;
    return JSON.stringify({
      positive_feedback_rate: rated.length ? round(positive / rated.length) : 0,
      rated_logs: rated.length,
    });
  }
  return '{}';
}

/** The gateway's logs that any of the evaluation's datasets selected when it was started. */
function coveredLogs(store: CloudflareStore, evaluation: Evaluation): StoredLog[] {
  const startedAt = Date.parse(evaluation.created_at);
  const selects = evaluation.datasets.map((dataset) => filtersPredicate(dataset.filters));
  return (store.logs.get(evaluation.gateway_id) ?? []).filter(
    (stored) =>
      Date.parse(stored.log.created_at) <= startedAt && selects.some((test) => test(stored)),
  );
}

/** Finishes an evaluation whose run time has passed. */
function settle(store: CloudflareStore, evaluation: Evaluation, now: Date): Evaluation {
  const finishedAt = Date.parse(evaluation.created_at) + evaluationRunMs;
  if (evaluation.processed || now.getTime() < finishedAt) return evaluation;
  const logs = coveredLogs(store, evaluation);
  const finished = new Date(finishedAt).toISOString();
  const typeOf = (id: string) => store.evaluationTypes.find((type) => type.id === id)?.type ?? '';
  evaluation.processed = true;
  evaluation.total_logs = logs.length;
  evaluation.modified_at = finished;
  evaluation.results = evaluation.results.map((result) => ({
    ...result,
    ...completed,
    result: summary(typeOf(result.evaluation_type_id), logs),
    total_logs: logs.length,
    modified_at: finished,
  }));
  return evaluation;
}

/** The evaluation as the API shows it: its datasets as they are now, where they still exist. */
function view(store: CloudflareStore, evaluation: Evaluation): Evaluation {
  const current = store.datasets.get(evaluation.gateway_id);
  return {
    ...evaluation,
    datasets: evaluation.datasets.map((embedded) => {
      const dataset = current?.get(embedded.id);
      return dataset ? embedDataset(store, dataset) : embedded;
    }),
  };
}

function evaluationOf(store: CloudflareStore, gatewayId: string, id: string, now: Date) {
  gatewayOf(store, gatewayId);
  const evaluation = store.evaluations.get(gatewayId)?.get(id);
  if (!evaluation) throw notFound();
  return settle(store, evaluation, now);
}

/** The evaluators a new evaluation runs: the ones asked for and every mandatory one. */
function evaluatorsFor(store: CloudflareStore, ids: readonly string[]): EvaluationType[] {
  for (const id of ids) {
    const type = store.evaluationTypes.find((candidate) => candidate.id === id);
    if (!type) throw badRequest(`Evaluation type ${id} not found`);
    if (!type.enable) throw badRequest(`Evaluation type ${id} is not enabled`);
  }
  const chosen = store.evaluationTypes.filter(
    (type) => type.enable && (type.mandatory || ids.includes(type.id)),
  );
  if (chosen.length === 0) throw badRequest('At least one evaluation type is required');
  return chosen;
}

export const evaluationHandlers = {
  listEvaluations({ store, path, query, clock }) {
    const gateway = gatewayOf(store, path.gateway_id, missingGateway);
    const now = clock.now();
    const matching = newestFirst(objectsOf(store.evaluations, gateway.id).values())
      .map((evaluation) => settle(store, evaluation, now))
      .filter(
        (evaluation) =>
          (query.name === undefined || evaluation.name === query.name) &&
          (query.processed === undefined || evaluation.processed === query.processed) &&
          (typeof query.search !== 'string' ||
            mentions(evaluation.id, query.search) ||
            mentions(evaluation.name, query.search)),
      );
    const page = pageOf(matching, pageRequest(query)).map((evaluation) => view(store, evaluation));
    return { body: { result: page, success: true } };
  },

  createEvaluation({ store, path, body, clock }) {
    const gateway = gatewayOf(store, path.gateway_id, missingGateway);
    const request = body as EvaluationCreate;
    const datasets = [...new Set(request.dataset_ids)].map((id) => {
      const dataset = store.datasets.get(gateway.id)?.get(id);
      if (!dataset) throw badRequest(`Dataset ${id} not found`);
      return embedDataset(store, structuredClone(dataset));
    });
    const evaluators = evaluatorsFor(store, request.evaluation_type_ids);
    const now = clock.now().toISOString();
    const id = newUuid(store);
    const results: EvaluationResult[] = evaluators.map((type) => ({
      id: newUuid(store),
      evaluation_id: id,
      evaluation_type_id: type.id,
      result: '',
      ...queued,
      total_logs: 0,
      created_at: now,
      modified_at: now,
    }));
    const evaluation: Evaluation = {
      id,
      gateway_id: gateway.id,
      name: request.name,
      processed: false,
      total_logs: 0,
      created_at: now,
      modified_at: now,
      datasets,
      results,
    };
    objectsOf(store.evaluations, gateway.id).set(id, evaluation);
    return { body: { result: view(store, evaluation), success: true } };
  },

  getEvaluation({ store, path, clock }) {
    const evaluation = evaluationOf(store, path.gateway_id ?? '', path.id ?? '', clock.now());
    return { body: { result: view(store, evaluation), success: true } };
  },

  deleteEvaluation({ store, path, clock }) {
    const evaluation = evaluationOf(store, path.gateway_id ?? '', path.id ?? '', clock.now());
    store.evaluations.get(evaluation.gateway_id)?.delete(evaluation.id);
    return { body: { result: view(store, evaluation), success: true } };
  },
} satisfies Partial<Record<CloudflareOperationId, OperationHandler<CloudflareStore>>>;
