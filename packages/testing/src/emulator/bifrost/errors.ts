import type { ValidationIssue } from '@ai-gateway/validators';
import { ApiError, type InvalidQueryPolicy } from '../core/types.ts';

export const logNotFound = () => new ApiError(404, 'log not found');

/**
 * Every error of the API has this body (`BifrostError`): the status again, the reason, and the
 * empty `extra_fields` current servers add.
 */
export const bifrostErrorBody = (error: ApiError) => ({
  is_bifrost_error: false,
  status_code: error.status,
  error: { message: error.message },
  extra_fields: {},
});

const histogramDimensions = 'provider, team_id, customer_id, user_id, business_unit_id';
const rankingDimensions = 'team, customer, business_unit, user';
const dimensionRoutes: Readonly<Record<string, string>> = {
  getDimensionCostHistogram: histogramDimensions,
  getDimensionTokenHistogram: histogramDimensions,
  getDimensionLatencyHistogram: histogramDimensions,
  getDimensionRankings: rankingDimensions,
};
const rankingRoutes = new Set(['getModelRankings', 'getDimensionRankings', 'getLogDashboard']);

/** Where the server refuses a value rather than dropping it: its own 400, by route. */
function serverRefusal(
  name: string,
  issue: ValidationIssue,
  operationId: string,
  value: unknown,
): ApiError | undefined {
  const shown = String(value);
  if (operationId === 'getLogSession') {
    if (name === 'limit' && issue.rule === 'minimum')
      return new ApiError(400, 'limit must be greater than 0');
    if (name === 'limit' && issue.rule === 'maximum')
      return new ApiError(400, 'limit cannot exceed 500');
    if (name === 'offset' && issue.rule === 'minimum')
      return new ApiError(400, 'offset cannot be negative');
    if (name === 'limit' || name === 'offset') return new ApiError(400, `invalid ${name}`);
    if (name === 'order') return new ApiError(400, "order must be 'asc' or 'desc'");
    return undefined;
  }
  const dimensions = dimensionRoutes[operationId];
  if (name === 'dimension' && dimensions)
    return value === undefined || value === ''
      ? new ApiError(
          400,
          `Missing required query parameter: dimension. Valid values: ${dimensions}`,
        )
      : new ApiError(400, `Invalid dimension: ${shown}. Valid values: ${dimensions}`);
  if (rankingRoutes.has(operationId)) {
    if (name === 'limit')
      return new ApiError(
        400,
        `Invalid limit: ${shown}. Expected a positive integer, or all=true for no limit`,
      );
    if (name === 'all') return new ApiError(400, `Invalid all: ${shown}. Expected a boolean`);
  }
  // The dashboard parses its MCP filters strictly; the time bounds are among them.
  if (operationId === 'getLogDashboard' && (name === 'start_time' || name === 'end_time'))
    return new ApiError(400, `invalid ${name} format: cannot parse ${JSON.stringify(shown)}`);
  if (name === 'limit' && issue.rule === 'minimum')
    return new ApiError(400, 'limit must be greater than 0');
  if (name === 'limit' && issue.rule === 'maximum')
    return new ApiError(400, 'limit cannot exceed 1000');
  if (name === 'offset' && issue.rule === 'minimum')
    return new ApiError(400, 'offset cannot be negative');
  return undefined;
}

/**
 * Out-of-range `limit` and `offset` are refused with the server's own messages, as are the values
 * the session, dimension and ranking routes check strictly. Every other bad value is dropped and
 * the query runs without it, as the server ignores what it cannot parse (a bad time bound widens
 * the query instead of failing it).
 */
export const bifrostInvalidQuery: InvalidQueryPolicy = (name, issue, { operationId, value }) =>
  serverRefusal(name, issue, operationId, value) ?? 'drop';

/** The server's answer to a JSON body it cannot read or that breaks its rules. */
function bodyRefusal(issues: readonly ValidationIssue[], operationId: string): ApiError {
  const first = issues[0];
  if (operationId === 'deleteLogs')
    return new ApiError(
      400,
      first?.rule === 'type' && first.path.length === 0 ? 'Invalid JSON' : 'No log IDs provided',
    );
  if (operationId === 'recalculateLogCosts') return new ApiError(400, 'Invalid JSON');
  if (operationId === 'createUserAgentMapping' || operationId === 'updateUserAgentMapping') {
    const verb = operationId === 'createUserAgentMapping' ? 'create' : 'update';
    const field = first?.path[0];
    const reason =
      field === 'match_type'
        ? 'unsupported match_type'
        : typeof field === 'string'
          ? `${field} cannot be empty`
          : (first?.message ?? 'invalid request format');
    return new ApiError(
      400,
      `failed to ${verb} user agent mapping: invalid user agent mapping: ${reason}`,
    );
  }
  return new ApiError(400, first?.message ?? 'invalid body');
}

/**
 * A request refused outright: a bad id in the path (which the router never matches in practice),
 * a missing required parameter, a body the server cannot use, or, in strict mode, any bad query
 * value; those the server refuses keep its messages.
 */
export function bifrostInvalidRequest(
  issues: readonly ValidationIssue[],
  part: 'path' | 'query' | 'body',
  operationId: string,
): ApiError {
  if (part === 'body') return bodyRefusal(issues, operationId);
  if (part === 'path')
    return new ApiError(
      400,
      operationId.includes('Session')
        ? 'session_id is required'
        : operationId.includes('UserAgent')
          ? 'id is required'
          : 'log id is required',
    );
  const first = issues[0];
  const name = first?.path[0] ?? (first?.rule === 'required' ? missingName(first) : undefined);
  const refusal =
    first && typeof name === 'string'
      ? serverRefusal(name, first, operationId, undefined)
      : undefined;
  return refusal ?? new ApiError(400, first?.message ?? `invalid ${part}`);
}

/** The parameter a `required` issue is about, named in its message. */
const missingName = (issue: ValidationIssue) => /\b(dimension)\b/.exec(issue.message)?.[1];

export const bifrostRouteNotFound = () => new ApiError(404, 'Not Found');
