import type { PaginationDescriptor } from './descriptor.js';
import { valueAt } from './utils.js';

/** Fetches the page that starts at `position` (a page number, or an offset). */
export type PageFetcher<Response> = (position: number) => Promise<Response>;

/** One page of a list, with the way to the next. */
export class Page<Item, Response = unknown> implements AsyncIterable<Item> {
  readonly items: Item[];
  /** 1-based page number (for offset lists: the page this offset falls in). */
  readonly page: number;
  readonly perPage: number;
  /** Total number of items across all pages, when the API reports it. */
  readonly totalCount: number | undefined;

  constructor(
    private readonly pagination: PaginationDescriptor,
    private readonly position: number,
    /** The page size asked for, or the spec's default; undefined when neither is known. */
    readonly perPageRequested: number | undefined,
    /** The whole response body of this page. */
    readonly response: Response,
    private readonly fetchPage: PageFetcher<Response>,
  ) {
    const items = valueAt(response, pagination.items);
    this.items = Array.isArray(items) ? (items as Item[]) : [];
    const total = pagination.total ? valueAt(response, pagination.total) : undefined;
    this.totalCount = typeof total === 'number' ? total : undefined;
    // The server's own page size, where it says, beats the one asked for. Where neither is known,
    // the size of this page is taken for it: a page that later comes back shorter ends the list,
    // and guessing too large a size would end it early.
    const echoed = pagination.perPage ? valueAt(response, pagination.perPage) : undefined;
    this.perPage =
      typeof echoed === 'number' && echoed > 0 ? echoed : (perPageRequested ?? this.items.length);
    this.page =
      pagination.style === 'page' ? position : Math.floor(position / (this.perPage || 1)) + 1;
  }

  /** Whether another page exists, decided without a request whenever the API says how many there are. */
  hasNextPage(): boolean {
    if (this.items.length === 0) return false;
    const seen =
      this.pagination.style === 'page'
        ? (this.position - 1) * this.perPage + this.items.length
        : this.position + this.items.length;
    if (this.totalCount !== undefined) return seen < this.totalCount;
    return this.items.length >= this.perPage;
  }

  async nextPage(): Promise<Page<Item, Response>> {
    if (!this.hasNextPage()) throw new RangeError('There is no next page');
    const next =
      this.pagination.style === 'page' ? this.position + 1 : this.position + this.items.length;
    return new Page(
      this.pagination,
      next,
      this.perPage,
      await this.fetchPage(next),
      this.fetchPage,
    );
  }

  /** Every item of this page and of each following page, fetched one page at a time. */
  async *[Symbol.asyncIterator](): AsyncIterator<Item> {
    let page: Page<Item, Response> | undefined = this;
    while (page) {
      yield* page.items;
      page = page.hasNextPage() ? await page.nextPage() : undefined;
    }
  }
}

/**
 * What `list()` returns: await it for the first page, or iterate it with `for await` for every
 * item of every page.
 */
export class PagePromise<Item, Response = unknown>
  implements PromiseLike<Page<Item, Response>>, AsyncIterable<Item>
{
  private first: Promise<Page<Item, Response>> | undefined;

  constructor(private readonly load: () => Promise<Page<Item, Response>>) {}

  private firstPage(): Promise<Page<Item, Response>> {
    this.first ??= this.load();
    return this.first;
  }

  // biome-ignore lint/suspicious/noThenProperty: a PagePromise is awaited for its first page by design.
  then<A = Page<Item, Response>, B = never>(
    onFulfilled?: ((page: Page<Item, Response>) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.firstPage().then(onFulfilled, onRejected);
  }

  catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null) {
    return this.firstPage().catch(onRejected);
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Item> {
    yield* await this.firstPage();
  }
}
