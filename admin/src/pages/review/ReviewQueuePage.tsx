import { Alert, Badge, Button, Card, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { ContentType, ReviewQueueQuery as ReviewQueueResult } from '../../gql/graphql';
import { FieldDiffTable } from './FieldDiffTable';
import { ImpactPreviewTable } from './ImpactPreviewTable';
import { ReviewQueueQuery, ReviewSignOffMutation } from './review-documents';
import { formatWhen, signOffRefusalInWords, TYPE_LABELS } from './review-wording';
import { FIRST_PAGE, Pager, type PageWindow } from '../../layout/Pager';
import { ScrollRegion } from '../../layout/ScrollRegion';

type QueueItem = ReviewQueueResult['reviewQueue']['edges'][number]['node'];

const SIGN_OFF_TYPES: ContentType[] = ['COMPATIBILITY_RULE', 'TOPICAL', 'TREATMENT', 'SCAR_TYPE', 'CITATION'];

export function ReviewQueuePage() {
  const [type, setType] = useState<ContentType | null>(null);
  const [pageWindow, setPageWindow] = useState<PageWindow>(FIRST_PAGE);
  const [openKey, setOpenKey] = useState<string | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ReviewQueueQuery,
    variables: { ...pageWindow, types: type ? [type] : null },
    requestPolicy: 'cache-and-network',
  });
  const queue = data?.reviewQueue;
  const open = queue?.edges.map((edge) => edge.node).find((node) => `${node.entry.type}:${node.entry.id}` === openKey) ?? null;

  return (
    <Stack>
      <Title order={1}>Review queue</Title>
      <Text>
        Clinical knowledge waiting for a reviewer&apos;s sign-off: editors&apos; changes and new drafts, and changes from the knowledge release. Open
        one to compare it with the published version and see how it would change representative plans; signing it off publishes it.
      </Text>
      <Group align="end">
        <Select
          label="Type"
          placeholder="Every type"
          clearable
          data={SIGN_OFF_TYPES.map((value) => ({ value, label: TYPE_LABELS[value] }))}
          value={type}
          onChange={(value) => {
            setType(value);
            setPageWindow(FIRST_PAGE);
          }}
        />
        {queue && <Text size="sm">{queue.totalCount} waiting</Text>}
      </Group>
      {error && (
        <Alert color="red" title="The queue could not be loaded">
          {error.graphQLErrors[0]?.message ?? error.message}
        </Alert>
      )}
      {queue && queue.edges.length === 0 && <Text>Nothing is waiting for sign-off.</Text>}
      {queue && queue.edges.length > 0 && (
        <ScrollRegion label="Waiting entries" minWidth={700}>
          <Table striped highlightOnHover verticalSpacing="xs" aria-label="Entries waiting for sign-off">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Entry</Table.Th>
                <Table.Th scope="col">Type</Table.Th>
                <Table.Th scope="col">Change</Table.Th>
                <Table.Th scope="col">Changed by</Table.Th>
                <Table.Th scope="col">When</Table.Th>
                <Table.Th scope="col">Fields</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {queue.edges.map(({ node }) => {
                const key = `${node.entry.type}:${node.entry.id}`;
                return (
                  <Table.Tr key={key}>
                    <Table.Td>
                      <Button
                        variant={key === openKey ? 'filled' : 'subtle'}
                        size="compact-sm"
                        onClick={() => setOpenKey(key)}
                        aria-pressed={key === openKey}
                      >
                        {node.entry.key}
                      </Button>
                    </Table.Td>
                    <Table.Td>{TYPE_LABELS[node.entry.type]}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={node.change === 'NEW' ? 'grape' : 'blue'}>
                        {node.change === 'NEW' ? 'New' : 'Edit'}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{editorName(node)}</Table.Td>
                    <Table.Td>{formatWhen(node.changedAt)}</Table.Td>
                    <Table.Td>{node.changes.length}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
      {queue && (queue.pageInfo.hasPreviousPage || queue.pageInfo.hasNextPage) && (
        <Pager pageInfo={queue.pageInfo} window={pageWindow} onChange={setPageWindow} busy={fetching} />
      )}
      {open && (
        <ReviewEntry
          key={openKey}
          item={open}
          onSignedOff={() => {
            setOpenKey(null);
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      )}
    </Stack>
  );
}

function editorName(item: QueueItem): string {
  const editor = item.editedBy;
  if (!editor) return 'unknown';
  if (editor.kind === 'KNOWLEDGE_IMPORT') return 'Knowledge release (import)';
  return editor.role ? `${editor.name} (${editor.role.toLowerCase()})` : editor.name;
}

/** One waiting entry: its diff, its impact on representative plans, and the sign-off. */
function ReviewEntry({ item, onSignedOff }: { item: QueueItem; onSignedOff: () => void }) {
  const [{ fetching, error }, signOff] = useMutation(ReviewSignOffMutation);
  const [refusal, setRefusal] = useState<string | null>(null);
  const { entry } = item;

  async function submit() {
    setRefusal(null);
    const result = await signOff({ type: entry.type, id: entry.id, expectedVersion: entry.version });
    if (result.error) {
      const first = result.error.graphQLErrors[0];
      setRefusal(signOffRefusalInWords(first?.message ?? result.error.message, first?.extensions?.code));
      return;
    }
    notifications.show({ color: 'green', title: 'Signed off', message: `${entry.key} is published: plans use it now.` });
    onSignedOff();
  }

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="review-entry-heading">
      <Stack>
        <div>
          <Title order={2} id="review-entry-heading">
            {entry.key}
          </Title>
          <Text size="sm">
            {TYPE_LABELS[entry.type]} · {item.change === 'NEW' ? 'not published yet' : 'a change to the published version'} · changed by{' '}
            {editorName(item)} on {formatWhen(item.changedAt)}
          </Text>
        </div>
        <Title order={3}>Changes</Title>
        <FieldDiffTable changes={item.changes} />
        <Title order={3}>Impact preview</Title>
        <ImpactPreviewTable type={entry.type} id={entry.id} />
        {!item.canSignOff && item.signOffRefusal && (
          <Alert color="yellow" title="You cannot sign this off">
            {item.signOffRefusal}
          </Alert>
        )}
        {refusal && (
          <Alert color="red" title="Not signed off" role="alert">
            {refusal}
          </Alert>
        )}
        {error && !refusal && <Alert color="red">{error.message}</Alert>}
        <Group>
          <Button onClick={() => void submit()} loading={fetching}>
            Sign off and publish
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
