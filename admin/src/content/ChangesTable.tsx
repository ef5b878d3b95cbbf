import { Code, Table, Text } from '@mantine/core';
import type { FieldChange } from './diff';

function Value({ text }: { text: string }) {
  return text.includes('\n') || text.length > 120 ? (
    <Code block style={{ whiteSpace: 'pre-wrap', maxHeight: 240, overflow: 'auto' }}>
      {text}
    </Code>
  ) : (
    <Text size="sm">{text}</Text>
  );
}

/** Each changed field with its value before and after. */
export function ChangesTable({
  changes,
  beforeLabel,
  afterLabel,
  caption,
}: {
  changes: FieldChange[];
  beforeLabel: string;
  afterLabel: string;
  caption: string;
}) {
  if (changes.length === 0) return <Text size="sm">No field differs.</Text>;
  return (
    <Table aria-label={caption} layout="fixed" withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="20%">Field</Table.Th>
          <Table.Th>{beforeLabel}</Table.Th>
          <Table.Th>{afterLabel}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {changes.map((change) => (
          <Table.Tr key={change.field}>
            <Table.Td>
              <Text size="sm" fw={600}>
                {change.field}
              </Text>
            </Table.Td>
            <Table.Td>
              <Value text={change.before} />
            </Table.Td>
            <Table.Td>
              <Value text={change.after} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
