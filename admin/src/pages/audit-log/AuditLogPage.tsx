import { Alert, Anchor, Badge, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { CONTENT_VIEWS } from '../../content/model';
import { graphql } from '../../gql';
import { ADMIN_SUBJECTS } from '../administration/admin-enums';
import { apiProblem } from '../administration/api-errors';
import { enumWords, formatInstant } from '../administration/format';
import { FIRST_PAGE, Pager, type PageWindow } from '../../layout/Pager';
import { ScrollRegion } from '../../layout/ScrollRegion';

const AuditLogEntriesQuery = graphql(`
  query AuditLogEntries($filter: AuditLogFilter, $first: Int, $after: String, $last: Int, $before: String) {
    auditLog(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          id
          createdAt
          actorId
          actorEmail
          action
          entityType
          entityId
          outcome
        }
      }
    }
  }
`);

const AuditLogStaffQuery = graphql(`
  query AuditLogStaff {
    users {
      id
      email
    }
  }
`);

/** What an entry can concern: every content type, and the subjects of administration. */
const SUBJECTS: string[] = [...CONTENT_VIEWS.map((view) => view.type), ...ADMIN_SUBJECTS];
/** Where a content entry is edited in the console (/content/<path>/<id>). */
const CONTENT_PATHS = new Map<string, string>(CONTENT_VIEWS.map((view) => [view.type, view.path]));

/** What an entry concerns, linked to the content entry when it is one. */
function Subject({ type, id }: { type: string | null; id: string | null }) {
  if (!type) return <>—</>;
  const path = CONTENT_PATHS.get(type);
  const shortId = id && (
    <Text span size="xs" ff="monospace" ml={6}>
      {id.slice(0, 8)}
    </Text>
  );
  if (path && id) {
    return (
      <Anchor component={Link} to={`/content/${path}/${id}`}>
        {enumWords(type)}
        {shortId}
      </Anchor>
    );
  }
  return (
    <>
      {enumWords(type)}
      {shortId}
    </>
  );
}

/** A mutation name as a phrase: updateCompatibilityRule → "Update compatibility rule". */
function actionWords(action: string): string {
  // The knowledge import records importKnowledge:<ACTION>.
  const [name, detail] = action.split(':');
  const words = name.replace(/([A-Z])/g, ' $1').toLowerCase();
  const phrase = words.charAt(0).toUpperCase() + words.slice(1);
  return detail ? `${phrase} (${detail.toLowerCase()})` : phrase;
}

/** A datetime-local field's value (local time, no zone) as the instant the API expects. */
function instant(local: string): string | null {
  return local ? new Date(local).toISOString() : null;
}

export function AuditLogPage() {
  const [actorId, setActorId] = useState<string | null>(null);
  const [action, setAction] = useState('');
  const [entityType, setEntityType] = useState<string | null>(null);
  const [entityId, setEntityId] = useState('');
  const [outcome, setOutcome] = useState<string | null>(null);
  const [since, setSince] = useState('');
  const [until, setUntil] = useState('');
  const [pageWindow, setPageWindow] = useState<PageWindow>(FIRST_PAGE);
  const filter = {
    actorId,
    action: action.trim() || null,
    entityType,
    entityId: entityId.trim() || null,
    outcome,
    since: instant(since),
    until: instant(until),
  };
  const [{ data, error, fetching }] = useQuery({ query: AuditLogEntriesQuery, variables: { filter, ...pageWindow } });
  const [{ data: staff }] = useQuery({ query: AuditLogStaffQuery });
  const problem = apiProblem(error);
  const page = data?.auditLog;
  // A change of filter starts again from the newest entries.
  const refilter =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPageWindow(FIRST_PAGE);
    };

  return (
    <Stack>
      <Title order={1}>Audit log</Title>
      <Text>
        Every change made through the API, newest first: content, sign-offs and publication, and administration (staff, partner keys, webhooks),
        whether it succeeded or was refused, with who made it.
      </Text>
      <Group align="flex-end" wrap="wrap">
        <Select
          label="Who"
          placeholder="Anyone"
          clearable
          searchable
          data={(staff?.users ?? []).map((user) => ({ value: user.id, label: user.email }))}
          value={actorId}
          onChange={refilter(setActorId)}
          w={240}
        />
        <TextInput
          label="Action"
          description="The mutation, e.g. publishEntry"
          value={action}
          onChange={(e) => refilter(setAction)(e.currentTarget.value)}
          w={200}
        />
        <Select
          label="Concerning"
          placeholder="Anything"
          clearable
          searchable
          data={SUBJECTS.map((value) => ({ value, label: enumWords(value) }))}
          value={entityType}
          onChange={refilter(setEntityType)}
          w={200}
        />
        <TextInput
          label="Entry id"
          value={entityId}
          onChange={(e) => refilter(setEntityId)(e.currentTarget.value)}
          w={200}
          error={problem?.fields.entityId}
        />
        <Select
          label="Outcome"
          placeholder="Any"
          clearable
          data={[
            { value: 'SUCCESS', label: 'Succeeded' },
            { value: 'BAD_USER_INPUT', label: 'Refused: bad input' },
            { value: 'CONFLICT', label: 'Refused: conflict' },
            { value: 'FORBIDDEN', label: 'Refused: not allowed' },
            { value: 'INTERNAL_SERVER_ERROR', label: 'Failed: server error' },
          ]}
          value={outcome}
          onChange={refilter(setOutcome)}
          w={200}
        />
        <TextInput label="From" type="datetime-local" value={since} onChange={(e) => refilter(setSince)(e.currentTarget.value)} w={200} />
        <TextInput label="Before" type="datetime-local" value={until} onChange={(e) => refilter(setUntil)(e.currentTarget.value)} w={200} />
      </Group>
      {problem && (
        <Alert color="red" role="alert">
          {problem.message}
        </Alert>
      )}
      <Text size="sm" aria-live="polite">
        {page ? `${page.totalCount} ${page.totalCount === 1 ? 'entry' : 'entries'}` : fetching ? 'Loading…' : ''}
      </Text>
      <ScrollRegion label="Audit log entries" minWidth={900}>
        <Table striped aria-label="Audit log entries">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>When</Table.Th>
              <Table.Th>Who</Table.Th>
              <Table.Th>What</Table.Th>
              <Table.Th>Concerning</Table.Th>
              <Table.Th>Outcome</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {page?.edges.map(({ node }) => (
              <Table.Tr key={node.id}>
                <Table.Td>{formatInstant(node.createdAt)}</Table.Td>
                <Table.Td>{node.actorEmail ?? 'the scheduler'}</Table.Td>
                <Table.Td>{actionWords(node.action)}</Table.Td>
                <Table.Td>
                  <Subject type={node.entityType} id={node.entityId} />
                </Table.Td>
                <Table.Td>
                  {node.outcome === 'SUCCESS' ? <Badge color="teal">Succeeded</Badge> : <Badge color="red">{enumWords(node.outcome)}</Badge>}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      {page?.edges.length === 0 && <Text>No entries match.</Text>}
      {page && <Pager pageInfo={page.pageInfo} window={pageWindow} onChange={setPageWindow} labels={['Newer', 'Older']} />}
    </Stack>
  );
}
