import { Box } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A wide table's sideways scroll on narrow screens, reachable by keyboard (focusable and named):
 * Mantine's Table.ScrollContainer is not, which axe reports at tablet width.
 */
export function ScrollRegion({ label, minWidth, children }: { label: string; minWidth: number; children: ReactNode }) {
  return (
    <Box role="region" aria-label={label} tabIndex={0} style={{ overflowX: 'auto' }}>
      <Box miw={minWidth}>{children}</Box>
    </Box>
  );
}
