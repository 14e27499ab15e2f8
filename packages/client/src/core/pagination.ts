import type { PaginationDescriptor } from './descriptor.js';
import { valueAt } from './utils.js';

/** Fetches the page that starts at `position` (a page number, or an offset). */
export type PageFetcher<Response> = (position: number) => Promise<Response>;

/** Why a list has no page after this one. */
export type StopReason =
  /** The page held no items. */
  | 'empty-page'
  /** The page held fewer items than a page holds. */
  | 'short-page'
  /** The items read so far reach the total the API reported. */
  | 'total-reached'
  /** The server sent the same items as on the page before: it ignored the position asked for. */
  | 'repeated-page'
  /** `maxPages` pages were read. */
  | 'max-pages';

/** What every page of one list shares. */
export interface PageList<Response> {
  pagination: PaginationDescriptor;
  fetchPage: PageFetcher<Response>;
  /** The most pages one list may read, the first included; unlimited when undefined. */
  maxPages?: number | undefined;
}

/** Where a page sits in its list. */
interface PagePlace {
  position: number;
  /** Which page of this list this one is, counting from 1 for the first read. */
  index: number;
  /** The previous page's items, to tell a repeated page; not kept once this page is made. */
  previous?: readonly unknown[] | undefined;
}

/**
 * Whether two parsed JSON values would serialise to the same text: the same keys in the same
 * order, the same values. A page of a list that moves on differs in its first item, so this
 * usually stops there, where serialising both pages would read every byte of each.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const keys = Object.keys(a);
  const otherKeys = Object.keys(b);
  if (keys.length !== otherKeys.length) return false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (key !== otherKeys[i]) return false;
    if (!sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
      return false;
  }
  return true;
}

/** One page of a list, with the way to the next. */
export class Page<Item, Response = unknown> implements AsyncIterable<Item> {
  readonly items: Item[];
  /** 1-based page number (for offset lists: the page this offset falls in). */
  readonly page: number;
  readonly perPage: number;
  /** Total number of items across all pages, when the API reports it. */
  readonly totalCount: number | undefined;
  /** Why no page follows this one; undefined when one does. */
  readonly stopReason: StopReason | undefined;
  readonly #list: PageList<Response>;
  readonly #position: number;
  readonly #index: number;

  constructor(
    list: PageList<Response>,
    place: PagePlace,
    /** The page size asked for, or the spec's default; undefined when neither is known. */
    readonly perPageRequested: number | undefined,
    /** The whole response body of this page. */
    readonly response: Response,
  ) {
    this.#list = list;
    this.#position = place.position;
    this.#index = place.index;
    const { pagination } = list;
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
    const { position } = place;
    this.page =
      pagination.style === 'page' ? position : Math.floor(position / (this.perPage || 1)) + 1;
    this.stopReason = this.#stopReason(place.previous);
  }

  /**
   * The end of the list is decided without a request. Against a server that ignores the position
   * or reports a wrong total, a page's own items win: an empty or short page ends the list even
   * when the total says more are left, and a repeat of the page before ends it too.
   */
  #stopReason(previous: readonly unknown[] | undefined): StopReason | undefined {
    const { items, perPage, totalCount } = this;
    if (items.length === 0) return 'empty-page';
    if (previous && sameJson(items, previous)) return 'repeated-page';
    const position = this.#position;
    const seen =
      this.#list.pagination.style === 'page'
        ? (position - 1) * perPage + items.length
        : position + items.length;
    if (totalCount !== undefined && seen >= totalCount) return 'total-reached';
    if (items.length < perPage) return 'short-page';
    const { maxPages } = this.#list;
    if (maxPages !== undefined && this.#index >= maxPages) return 'max-pages';
    return undefined;
  }

  /** Whether another page exists, decided without a request. */
  hasNextPage(): boolean {
    return this.stopReason === undefined;
  }

  async nextPage(): Promise<Page<Item, Response>> {
    if (!this.hasNextPage()) throw new RangeError(`There is no next page (${this.stopReason})`);
    const position = this.#position;
    const next =
      this.#list.pagination.style === 'page' ? position + 1 : position + this.items.length;
    const response = await this.#list.fetchPage(next);
    const place = { position: next, index: this.#index + 1, previous: this.items };
    return new Page(this.#list, place, this.perPage, response);
  }

  /** Every item of this page and of each following page, fetched one page at a time. */
  [Symbol.asyncIterator](): AsyncIterator<Item> {
    return iterate<Item, Response>(this);
  }
}

/** The items of `first` and the pages after it; `onStop` hears why the list ended. */
async function* iterate<Item, Response>(
  first: Page<Item, Response>,
  onStop?: (reason: StopReason) => void,
): AsyncGenerator<Item> {
  let page = first;
  while (true) {
    // A repeated page's items were yielded already, with the page before.
    if (page.stopReason !== 'repeated-page') yield* page.items;
    if (page.stopReason) return onStop?.(page.stopReason);
    page = await page.nextPage();
  }
}

/**
 * What `list()` returns: await it for the first page, or iterate it with `for await` for every
 * item of every page. After the iteration, `stopReason` says why it ended.
 */
export class PagePromise<Item, Response = unknown>
  implements PromiseLike<Page<Item, Response>>, AsyncIterable<Item>
{
  private first: Promise<Page<Item, Response>> | undefined;
  #stopReason: StopReason | undefined;

  constructor(private readonly load: () => Promise<Page<Item, Response>>) {}

  /** Why the last iteration of this list ended; undefined until one has run to its end. */
  get stopReason(): StopReason | undefined {
    return this.#stopReason;
  }

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
    yield* iterate(await this.firstPage(), (reason) => {
      this.#stopReason = reason;
    });
  }
}
