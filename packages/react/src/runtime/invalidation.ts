import type { Query, QueryFilters } from '@tanstack/react-query';
import { type KeyLeaf, type KeySpec, pathKey } from './keys.js';

/**
 * One entry of a write operation's `x-invalidates` in the spec: the read operation whose cached
 * data the write changes, the write's path parameters carried over to name which of its queries,
 * and whether everything under those queries' node goes too.
 */
export interface InvalidationTarget {
  operationId: string;
  /** Path parameters whose values must match. The others, and all query parameters, match anything. */
  params: readonly string[];
  /** Also every query under the operation's node (`getGateway` + subtree: the gateway's logs, ...). */
  subtree?: boolean;
}

const anything = Symbol('anything');

function matches(pattern: readonly unknown[], key: readonly unknown[]): boolean {
  return pattern.every((part, index) => part === anything || part === key[index]);
}

function isLeafOf(value: unknown, operationId: string): boolean {
  return (
    value !== null && typeof value === 'object' && (value as KeyLeaf).operation === operationId
  );
}

/**
 * The query filters for one write: a `queryKey` prefix up to the first parameter that is not
 * carried over, and a predicate that checks the rest of the path and the operation.
 */
export function invalidationFilters(
  api: string,
  keySpecs: Readonly<Record<string, KeySpec>>,
  targets: readonly InvalidationTarget[],
  params: object | undefined,
): QueryFilters[] {
  const values = (params ?? {}) as Record<string, unknown>;
  return targets.map((target) => {
    const spec = keySpecs[target.operationId];
    if (!spec) throw new TypeError(`No read operation ${target.operationId} to invalidate`);
    const carried = (name: string, shared?: boolean) => shared || target.params.includes(name);
    const concrete = pathKey(api, spec, values);
    const pattern = concrete.map((part, index) => {
      const segment = spec.segments[index - 2];
      return segment && typeof segment !== 'string' && !carried(segment.param, segment.shared)
        ? anything
        : part;
    });
    const wildcard = pattern.indexOf(anything);
    const prefix = wildcard === -1 ? pattern : pattern.slice(0, wildcard);
    const predicate = ({ queryKey }: Query) =>
      queryKey.length >= pattern.length + (target.subtree ? 0 : 1) &&
      matches(pattern, queryKey) &&
      (target.subtree ||
        (queryKey.length === pattern.length + 1 && isLeafOf(queryKey.at(-1), target.operationId)));
    return { queryKey: prefix, predicate };
  });
}
