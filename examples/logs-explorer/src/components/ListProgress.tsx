import type { RefObject } from 'react';
import { formatCount } from '../format.ts';

interface Progress {
  shown: number;
  /** All matching logs, when the API says. */
  total: number | undefined;
  pages: number;
  isFetchingNextPage: boolean;
  hasNextPage: boolean;
}

/** The last table row: where scrolling asks for the next page, and what the list is doing. */
export function TableEndRow(
  props: Progress & { sentinel: RefObject<HTMLTableRowElement | null>; columns: number },
) {
  const { shown, total, isFetchingNextPage, hasNextPage } = props;
  return (
    <tr ref={props.sentinel} className="table-end">
      <td colSpan={props.columns}>
        {shown === 0
          ? 'No logs match these filters.'
          : isFetchingNextPage
            ? 'Loading more…'
            : hasNextPage
              ? 'Scroll for more'
              : `All ${formatCount(total ?? shown)} logs shown`}
      </td>
    </tr>
  );
}

export function ListFooter({ shown, total, pages }: Progress) {
  return (
    <footer className="panel-footer">
      {formatCount(shown)} of {formatCount(total)} logs · {pages} {pages === 1 ? 'page' : 'pages'}
    </footer>
  );
}
