// The list of one content type: searched, filtered and paged on the server (editorialEntries).
import { Alert, Anchor, Button, Group, Loader, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { EditorialEntryFilter } from '../gql/graphql';
import { problemOf } from '../graphql/problems';
import { FIRST_PAGE, Pager, type PageWindow } from '../layout/Pager';
import { ContentEntriesQuery } from './documents';
import { optionsOf, RULE_KINDS } from './enums';
import { ReferenceSelect } from './fields/ReferenceSelect';
import { type ContentView, entryName } from './model';
import { EntryStatus } from './status';

const STATES = [
  { value: 'all', label: 'Any state' },
  { value: 'DRAFT', label: 'Draft' },
  { value: 'PUBLISHED', label: 'Published' },
  { value: 'pending', label: 'Published, with pending edits' },
  { value: 'ARCHIVED', label: 'Archived' },
  { value: 'trash', label: 'In the trash' },
];

export function ContentListPage({ view }: { view: ContentView }) {
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 300);
  const [state, setState] = useState('all');
  const [brand, setBrand] = useState<string | null>(null);
  const [ruleKind, setRuleKind] = useState<string | null>(null);
  const [pageWindow, setPageWindow] = useState<PageWindow>(FIRST_PAGE);

  const filter: EditorialEntryFilter = {
    search: debouncedSearch || null,
    status: state === 'DRAFT' || state === 'PUBLISHED' || state === 'ARCHIVED' ? state : null,
    pendingDraft: state === 'pending' ? true : null,
    trashed: state === 'trash',
    brand: view.filters.includes('brand') ? brand : null,
    ruleKind: view.filters.includes('ruleKind') ? (ruleKind as EditorialEntryFilter['ruleKind']) : null,
  };
  const [{ data, fetching, error }] = useQuery({ query: ContentEntriesQuery, variables: { type: view.type, filter, ...pageWindow } });
  const connection = data?.editorialEntries;
  const problem = problemOf(error);
  // A changed filter starts again at the first page.
  const refilter =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPageWindow(FIRST_PAGE);
    };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{view.label}</Title>
        <Button component={Link} to={`/content/${view.path}/new`}>
          New {view.singular}
        </Button>
      </Group>
      <Group align="flex-end">
        <TextInput
          label="Search"
          placeholder={`Name or ${view.keyField}`}
          value={search}
          onChange={(event) => refilter(setSearch)(event.currentTarget.value)}
          w={260}
        />
        <Select label="State" data={STATES} value={state} allowDeselect={false} onChange={(value) => refilter(setState)(value ?? 'all')} w={260} />
        {view.filters.includes('brand') && (
          <div style={{ width: 260 }}>
            <ReferenceSelect
              to="BRAND"
              label="Brand"
              multiple={false}
              clearable
              value={brand}
              placeholder="Any brand"
              onChange={(value) => refilter(setBrand)(value as string | null)}
            />
          </div>
        )}
        {view.filters.includes('ruleKind') && (
          <Select
            label="Rule kind"
            data={optionsOf(RULE_KINDS)}
            value={ruleKind}
            clearable
            placeholder="Any kind"
            onChange={refilter(setRuleKind)}
            w={260}
          />
        )}
      </Group>
      {problem && <Alert color="red">{problem.message}</Alert>}
      <Table striped highlightOnHover aria-label={view.label} aria-busy={fetching}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>{view.keyField === 'code' ? 'Code' : view.keyField === 'key' ? 'Key' : 'Slug'}</Table.Th>
            <Table.Th>State</Table.Th>
            <Table.Th visibleFrom="md">Details</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {connection?.edges.map(({ node }) => {
            const draft = node.draft;
            return (
              <Table.Tr key={node.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/content/${view.path}/${node.id}`}>
                    {entryName(view, draft, node.key)}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {node.key}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <EntryStatus status={node.status} hasPendingDraft={node.hasPendingDraft} deletedAt={node.deletedAt} />
                </Table.Td>
                <Table.Td visibleFrom="md">{view.detail(draft)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {fetching && !connection && <Loader aria-label="Loading" />}
      {connection && connection.edges.length === 0 && <Text>Nothing matches.</Text>}
      {connection && (
        <Group justify="space-between">
          <Text size="sm" aria-live="polite">
            {connection.totalCount} {connection.totalCount === 1 ? view.singular : view.label.toLowerCase()}
          </Text>
          <Pager pageInfo={connection.pageInfo} window={pageWindow} onChange={setPageWindow} />
        </Group>
      )}
    </Stack>
  );
}
