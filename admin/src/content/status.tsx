import { Badge, Group } from '@mantine/core';

const COLORS: Record<string, string> = { PUBLISHED: 'teal', DRAFT: 'gray', ARCHIVED: 'dark' };

/** An entry's state in words: published, draft, with pending edits, in the trash. */
export function EntryStatus({ status, hasPendingDraft, deletedAt }: { status: string; hasPendingDraft: boolean; deletedAt?: string | null }) {
  return (
    <Group gap={4}>
      {deletedAt ? (
        <Badge color="red" variant="filled" style={{ flexShrink: 0 }}>
          In the trash
        </Badge>
      ) : (
        <Badge color={COLORS[status] ?? 'gray'} variant="filled" style={{ flexShrink: 0 }}>
          {status.toLowerCase()}
        </Badge>
      )}
      {hasPendingDraft && (
        <Badge color="blue" variant="outline" style={{ flexShrink: 0 }}>
          pending edits
        </Badge>
      )}
    </Group>
  );
}
