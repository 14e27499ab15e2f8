// What every resource module needs: finding the gateway a path names (and the answer for a missing
// one), and page-number paging, ordering and text search as the API's lists do them. The core has
// already refused paging values outside the spec's bounds and filled in the spec's defaults.
import type { ApiError } from '../core/types.ts';
import { badRequest, notFound } from './errors.ts';
import type { CloudflareStore, Gateway } from './store.ts';

/**
 * The paging the service uses where the spec states no default: only the dynamic-routing lists,
 * whose `page`/`per_page` have none in the vendor document either. Everywhere else the core has
 * already put the spec's defaults into the query.
 */
export const unstatedPaging = { page: 1, per_page: 20 } as const;

export interface PageRequest {
  readonly page: number;
  readonly per_page: number;
}

const positiveInteger = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : undefined;

/** The page asked for, or `unstatedPaging` where neither the request nor the spec says. */
export function pageRequest(query: Readonly<Record<string, unknown>>): PageRequest {
  return {
    page: positiveInteger(query.page) ?? unstatedPaging.page,
    per_page: positiveInteger(query.per_page) ?? unstatedPaging.per_page,
  };
}

export function pageOf<T>(items: readonly T[], { page, per_page }: PageRequest): T[] {
  return items.slice((page - 1) * per_page, page * per_page);
}

/** Case-insensitive substring test, the way the API's `search` parameters match. */
export const mentions = (text: string, search: string) =>
  text.toLowerCase().includes(search.toLowerCase());

/**
 * Newest first by `created_at` (ISO strings, which sort as text); of two made at the same
 * instant, the later one first.
 */
export const newestFirst = <T extends { readonly created_at: string }>(items: Iterable<T>): T[] =>
  [...items]
    .reverse()
    .sort((a, b) => (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : 0));

/**
 * The generic 400 for a missing object, for the operations whose spec documents no 404 (lists,
 * creates and all of dynamic routing): the service answers those with its plain error list.
 */
export const missingAs400 = (what: string) => () => badRequest(`${what} not found`);

/** The gateway a path names, or the operation's error for a missing one (default: 404). */
export function gatewayOf(
  store: CloudflareStore,
  gatewayId: string | undefined,
  missing: () => ApiError = notFound,
): Gateway {
  const gateway = gatewayId === undefined ? undefined : store.gateways.get(gatewayId);
  if (!gateway) throw missing();
  return gateway;
}

/** A gateway's objects of one kind, by id; an empty map for a gateway that has none yet. */
export function objectsOf<T>(
  byGateway: Map<string, Map<string, T>>,
  gatewayId: string,
): Map<string, T> {
  let objects = byGateway.get(gatewayId);
  if (!objects) {
    objects = new Map();
    byGateway.set(gatewayId, objects);
  }
  return objects;
}
