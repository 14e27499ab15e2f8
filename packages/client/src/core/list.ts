// Paginated lists, kept out of `ClientCore` so that a bundle with no list carries no paging code.
import { ValidationError } from '@ai-gateway/validators';
import type { ClientCore } from './client-core.js';
import type { OperationDescriptor } from './descriptor.js';
import { Page, PagePromise } from './pagination.js';
import type { Params } from './request.js';
import type { RequestOptions } from './request-options.js';

/** Starts a paginated list: the first page is requested when awaited or iterated. */
export function paginate<Item, Response>(
  core: ClientCore,
  operation: OperationDescriptor,
  params?: unknown,
  options: RequestOptions = {},
): PagePromise<Item, Response> {
  const pagination = operation.pagination;
  if (!pagination) throw new TypeError(`${operation.operationId} is not a paginated list`);
  const { style, sizeParam, defaultSize } = pagination;
  const { maxPages } = options;
  // The params are copied now: a change the caller makes before awaiting does not count.
  let plain: Params | undefined;
  let refusal: unknown;
  try {
    plain = core.plainParams(operation, params);
  } catch (error) {
    refusal = error;
  }
  const fetchPage = (at: Params) =>
    core.sendPlain(operation, { ...plain, ...at }, options) as Promise<Response>;
  return new PagePromise<Item, Response>(async () => {
    if (!plain) throw refusal;
    if (maxPages !== undefined && !(Number.isInteger(maxPages) && maxPages > 0)) {
      const message = 'options.maxPages must be a positive integer';
      throw new ValidationError(`${operation.operationId} request`, [
        { path: ['options', 'maxPages'], message, rule: 'type' },
      ]);
    }
    // The first page goes out with the position and size exactly as given, so the spec's checks
    // see them before anything reads them as numbers (`page: true` is refused, not sent as 1).
    const first: Params = plain[style] === undefined ? { [style]: style === 'page' ? 1 : 0 } : {};
    const response = await fetchPage(first);
    const start = (plain[style] ?? first[style]) as number;
    const size = (plain[sizeParam] ?? defaultSize) as number | undefined;
    const list = {
      pagination,
      maxPages,
      fetchPage: (position: number) => fetchPage({ [style]: position }),
    };
    return new Page<Item, Response>(list, { position: start, index: 1 }, size, response);
  });
}
