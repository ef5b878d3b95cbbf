// One way to page a Relay connection in the console: a page window to pass as the query's variables,
// and the two buttons that move it, kept on the server's cursors (nothing is loaded beyond the page).
import { Button, Group } from '@mantine/core';

export const PAGE_SIZE = 20;

/** Which page to ask for: the first, the one after a cursor, or the one before a cursor. */
export type PageWindow = { first: number; after?: string } | { last: number; before: string };

export const FIRST_PAGE: PageWindow = { first: PAGE_SIZE };

interface PageInfo {
  hasPreviousPage: boolean;
  hasNextPage: boolean;
  startCursor?: string | null;
  endCursor?: string | null;
}

/**
 * "Previous page" and "Next page" (or the labels a list ordered by time needs, such as Newer and
 * Older). A page reached backwards may not know what follows it (hasNextPage is only known going
 * forwards), so the window says there is more the way it came from.
 */
export function Pager({
  pageInfo,
  window,
  onChange,
  labels = ['Previous page', 'Next page'],
  busy = false,
}: {
  pageInfo: PageInfo;
  window: PageWindow;
  onChange: (window: PageWindow) => void;
  labels?: readonly [string, string];
  busy?: boolean;
}) {
  const hasPrevious = pageInfo.hasPreviousPage || ('after' in window && window.after !== undefined);
  const hasNext = pageInfo.hasNextPage || 'before' in window;
  return (
    <Group>
      <Button
        variant="default"
        disabled={busy || !hasPrevious || !pageInfo.startCursor}
        onClick={() => onChange({ last: PAGE_SIZE, before: pageInfo.startCursor! })}
      >
        {labels[0]}
      </Button>
      <Button
        variant="default"
        disabled={busy || !hasNext || !pageInfo.endCursor}
        onClick={() => onChange({ first: PAGE_SIZE, after: pageInfo.endCursor! })}
      >
        {labels[1]}
      </Button>
    </Group>
  );
}
