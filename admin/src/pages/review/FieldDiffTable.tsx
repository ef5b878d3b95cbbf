import { Table, Text } from '@mantine/core';
import { ScrollRegion } from '../../layout/ScrollRegion';

export interface FieldChange {
  field: string;
  published?: string | null;
  draft?: string | null;
}

/** Published against draft, one changed field a row; the published value struck through, the draft's marked new. */
export function FieldDiffTable({ changes }: { changes: readonly FieldChange[] }) {
  if (changes.length === 0) return <Text>The draft is the same as the published version.</Text>;
  return (
    <ScrollRegion label="Changed fields" minWidth={600}>
      <Table withTableBorder withColumnBorders verticalSpacing="xs" aria-label="Changed fields">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Field</Table.Th>
            <Table.Th scope="col">Published</Table.Th>
            <Table.Th scope="col">Draft</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map((change) => (
            <Table.Tr key={change.field}>
              <Table.Th scope="row">
                <code>{change.field}</code>
              </Table.Th>
              <Table.Td bg="red.0">
                {change.published == null ? (
                  <Text size="sm" fs="italic">
                    not published
                  </Text>
                ) : (
                  <Text size="sm" td="line-through" style={{ whiteSpace: 'pre-wrap' }}>
                    {change.published}
                  </Text>
                )}
              </Table.Td>
              <Table.Td bg="green.0">
                <Text size="sm" fw={600} style={{ whiteSpace: 'pre-wrap' }}>
                  {change.draft ?? '(removed)'}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}
