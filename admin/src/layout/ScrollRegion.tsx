import { Box } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on a narrow screen (a tablet): a named region that takes the
 * keyboard focus, so it can be scrolled without a mouse (Mantine's Table.ScrollContainer is not,
 * which axe reports at tablet width).
 */
export function ScrollRegion({ label, minWidth, children }: { label: string; minWidth: number | string; children: ReactNode }) {
  return (
    <Box role="region" aria-label={`${label}, scrolls sideways`} tabIndex={0} style={{ overflowX: 'auto' }}>
      <Box miw={minWidth}>{children}</Box>
    </Box>
  );
}
