import type { Validator } from '@ai-gateway/validators';

/** How a query parameter goes on the wire. */
export type QueryEncoding =
  /** `name=a&name=b` for lists, `name=value` otherwise. */
  | 'form'
  /** Lists joined with commas: `providers=openai,anthropic`. */
  | 'comma'
  /** Lists of objects as repeated dotted keys, no indices: `filters.key=cost&filters.operator=gt`. */
  | 'dotted'
  /** An object whose entries each become their own parameter: `metadata_env=prod`. */
  | 'prefixed';

export interface PaginationDescriptor {
  /**
   * How a page is asked for, and the name of the query parameter that says which: `page` sends a
   * page number (from 1), `offset` the number of items to skip (from 0).
   */
  style: 'page' | 'offset';
  /** Dotted path of the items array in the response body. */
  items: string;
  /** Dotted path of the total count in the response body, when the API reports one. */
  total?: string;
  /** Dotted path of the page size the server used, where it echoes one. */
  perPage?: string;
  /** The query parameter that sets the page size. */
  sizeParam: string;
  /** The page size the server uses when `sizeParam` is left out, when the spec says. */
  defaultSize?: number;
}

/** One operation of a spec, as generated into `src/generated/<api>/operations.ts`. */
export interface OperationDescriptor {
  operationId: string;
  method: string;
  path: string;
  pathParams: readonly string[];
  query: Readonly<Record<string, QueryEncoding>>;
  /** The fields of each `dotted` list's entries, in the order the server reads them back. */
  dottedFields?: Readonly<Record<string, readonly string[]>>;
  /** The name prefix of each `prefixed` parameter's entries. */
  queryPrefixes?: Readonly<Record<string, string>>;
  /** The row fields each list filter is matched against, from the spec's `x-log-fields`. */
  logFields?: Readonly<Record<string, readonly string[]>>;
  body: 'none' | 'optional' | 'required';
  successStatus: number;
  /** Dotted path of what a call returns within the success body; '' for the whole body. */
  unwrap: string;
  pagination?: PaginationDescriptor;
  /** A bulk delete that must name a filter, or be confirmed, before it is sent. */
  bulkDelete?: { filter: string; confirm: string };
  /** A call that moves money: the params flag that must be `true` before it is sent (never sent). */
  confirm?: string;
  /** The spec's checks of what the operation sends, run before anything is sent. */
  request: { params: Validator<unknown>; body?: Validator<unknown> };
}
