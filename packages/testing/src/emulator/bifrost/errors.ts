import type { ValidationIssue } from '@ai-gateway/validators';
import { ApiError, type InvalidQueryPolicy } from '../core/types.ts';

export const logNotFound = () => new ApiError(404, 'log not found');

/** Every error of the API has this body (`BifrostError`): the status again, and the reason. */
export const bifrostErrorBody = (error: ApiError) => ({
  is_bifrost_error: false,
  status_code: error.status,
  error: { message: error.message },
});

/**
 * Only out-of-range `limit` and `offset` are refused, with the server's own messages. Every
 * other bad value is dropped and the query runs without it, as the server ignores what it cannot
 * parse (a bad time bound widens the query instead of failing it).
 */
export const bifrostInvalidQuery: InvalidQueryPolicy = (name, issue) =>
  serverRefusal(name, issue) ?? 'drop';

function serverRefusal(name: string, issue: ValidationIssue): ApiError | undefined {
  if (name === 'limit' && issue.rule === 'minimum')
    return new ApiError(400, 'limit must be greater than 0');
  if (name === 'limit' && issue.rule === 'maximum')
    return new ApiError(400, 'limit cannot exceed 1000');
  if (name === 'offset' && issue.rule === 'minimum')
    return new ApiError(400, 'offset cannot be negative');
  return undefined;
}

/**
 * A request refused outright: a bad id in the path (which the router never matches in practice),
 * or, in strict mode, any bad query value; those the server refuses keep its messages.
 */
export function bifrostInvalidRequest(
  issues: readonly ValidationIssue[],
  part: 'path' | 'query' | 'body',
): ApiError {
  if (part === 'path') return new ApiError(400, 'log id is required');
  const first = issues[0];
  const name = first?.path[0];
  const refusal = first && typeof name === 'string' ? serverRefusal(name, first) : undefined;
  return refusal ?? new ApiError(400, first?.message ?? `invalid ${part}`);
}

export const bifrostRouteNotFound = () => new ApiError(404, 'Not Found');
