import type { DataTag } from '@tanstack/react-query';
import type { ClientError } from './types.js';

/** A path segment in a query key: a collection name, or the value of a path parameter. */
export type KeySegment = string | { param: string; shared?: boolean };

/**
 * Where one read operation's queries sit in the key tree. Generated from the operation's path:
 * collection names stay, path parameters become their values, and `shared` parameters (Cloudflare's
 * `account_id`, usually set once on the client) are `null` unless a call passes them.
 */
export interface KeySpec {
  operationId: string;
  segments: readonly KeySegment[];
}

/** The last element of every operation key; query parameters and the infinite flag live here. */
export interface KeyLeaf {
  operation: string;
  query?: Record<string, unknown>;
  infinite?: true;
}

export type Key<TData> = DataTag<readonly unknown[], TData, ClientError>;

export const rootKey = 'ai-gateway';

const isParam = (segment: KeySegment): segment is { param: string } => typeof segment !== 'string';

export function pathKey(
  api: string,
  spec: KeySpec,
  params: Readonly<Record<string, unknown>>,
): unknown[] {
  return [
    rootKey,
    api,
    ...spec.segments.map((segment) =>
      isParam(segment) ? (params[segment.param] ?? null) : segment,
    ),
  ];
}

/**
 * The key of one query: `['ai-gateway', api, ...path, { operation, query?, infinite? }]`, e.g.
 * `['ai-gateway', 'cloudflare', null, 'gateways', 'gw', 'logs', { operation: 'listLogs', query }]`.
 * Ids only ever sit where the path has a parameter and the leaf is an object, so an id can never be
 * mistaken for a collection name or an operation. Without query parameters the key has no `query`,
 * which makes it a prefix filter for every variant of that operation (see `invalidateQueries`).
 */
export function operationKey<TData>(
  api: string,
  spec: KeySpec,
  params: object | undefined,
  infinite = false,
): Key<TData> {
  const values = (params ?? {}) as Record<string, unknown>;
  const inPath = new Set(spec.segments.filter(isParam).map((segment) => segment.param));
  const query = Object.fromEntries(
    Object.entries(values).filter(([name, value]) => !inPath.has(name) && value !== undefined),
  );
  const leaf: KeyLeaf = { operation: spec.operationId };
  if (Object.keys(query).length > 0) leaf.query = query;
  if (infinite) leaf.infinite = true;
  return [...pathKey(api, spec, values), leaf] as unknown as Key<TData>;
}

/** The key of a query that waits for its parameters (`skipToken`); it is never fetched. */
export const skippedKey = <TData>(api: string, spec: KeySpec, infinite = false): Key<TData> =>
  [
    rootKey,
    api,
    { operation: spec.operationId, skipped: true, ...(infinite && { infinite }) },
  ] as unknown as Key<TData>;

/**
 * The subtree a key sits in: the key without its operation leaf. `subtreeOf(keys.gateways.get({ id }))`
 * matches the gateway and everything under it (its logs, datasets, routes, ...).
 */
export function subtreeOf(key: readonly unknown[]): readonly unknown[] {
  const last = key.at(-1);
  return last !== null && typeof last === 'object' ? key.slice(0, -1) : key;
}
