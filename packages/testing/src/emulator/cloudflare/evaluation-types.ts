// The evaluators an account can run. Read-only, and one of the two lists that report totals.
import type { CloudflareOperationId } from '../../generated/emulator/cloudflare.ts';
import type { OperationHandler } from '../core/types.ts';
import { pageOf, pageRequest } from './listing.ts';
import type { CloudflareStore, EvaluationType } from './store.ts';

/** The spec's defaults for `order_by` and `order_by_direction`. */
const defaultOrder = { by: 'mandatory', direction: 'desc' } as const;

const compare = (a: unknown, b: unknown): number => {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return (a as string | number | boolean) < (b as string | number | boolean) ? -1 : 1;
};

/**
 * Sorted by one field, ties in stored order. A name that is no field of an evaluation type sorts
 * nothing, as the service ignores an order it cannot apply.
 */
function ordered(types: readonly EvaluationType[], by: string, direction: 'asc' | 'desc') {
  const sign = direction === 'asc' ? 1 : -1;
  const field = by as keyof EvaluationType;
  if (!types.some((type) => field in type)) return [...types];
  return [...types].sort((a, b) => sign * compare(a[field], b[field]));
}

export const evaluationTypeHandlers = {
  listEvaluationTypes({ store, query }) {
    const paging = pageRequest(query);
    const by = typeof query.order_by === 'string' ? query.order_by : defaultOrder.by;
    const direction = query.order_by_direction === 'asc' ? 'asc' : defaultOrder.direction;
    const all = ordered(store.evaluationTypes, by, direction);
    const result = pageOf(all, paging);
    return {
      body: {
        result,
        result_info: {
          count: result.length,
          page: paging.page,
          per_page: paging.per_page,
          total_count: all.length,
        },
        success: true,
      },
    };
  },
} satisfies Partial<Record<CloudflareOperationId, OperationHandler<CloudflareStore>>>;
