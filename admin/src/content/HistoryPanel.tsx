// An entry's revisions, newest first, each with what it changed and a way back to it.
import { Accordion, Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from 'urql';
import type { ContentEntryFieldsFragment } from '../gql/graphql';
import { problemOf } from '../graphql/problems';
import { ChangesTable } from './ChangesTable';
import { changes } from './diff';
import { ContentRevisionsQuery, RestoreRevisionMutation } from './documents';

const ACTIONS: Record<string, string> = {
  CREATE: 'Created',
  UPDATE: 'Edited',
  UPDATE_DRAFT: 'Edited (pending draft)',
  RESTORE_REVISION: 'Restored an earlier version',
  PUBLISH: 'Published',
  UNPUBLISH: 'Unpublished',
  DELETE: 'Moved to the trash',
  RESTORE: 'Restored from the trash',
  PURGE: 'Deleted for good',
};

interface Props {
  entry: ContentEntryFieldsFragment;
  onRestored(entry: ContentEntryFieldsFragment): void;
}

export function HistoryPanel({ entry, onRestored }: Props) {
  const [{ data, error }, refetch] = useQuery({
    query: ContentRevisionsQuery,
    variables: { type: entry.type, id: entry.id },
    requestPolicy: 'network-only',
  });
  const [restoring, restore] = useMutation(RestoreRevisionMutation);
  const revisions = data?.revisions ?? [];
  const problem = problemOf(error ?? restoring.error);

  async function restoreRevision(revisionId: string) {
    const result = await restore({ revisionId, expectedVersion: entry.version });
    if (result.data) {
      onRestored(result.data.restoreRevision);
      refetch({ requestPolicy: 'network-only' });
    }
  }

  return (
    <Stack>
      {problem && <Alert color="red">{problem.message}</Alert>}
      <Accordion variant="separated" multiple>
        {revisions.map((revision, index) => {
          // Revisions come newest first: the one below is what this one changed.
          const previous = revisions[index + 1];
          const diff = changes(previous?.snapshot ?? {}, revision.snapshot);
          return (
            <Accordion.Item key={revision.id} value={revision.id}>
              <Accordion.Control>
                <Group gap="sm">
                  <Badge variant="outline" color="gray">
                    v{revision.version}
                  </Badge>
                  <Text size="sm" fw={600}>
                    {ACTIONS[revision.action] ?? revision.action}
                  </Text>
                  <Text size="sm">
                    {new Date(revision.createdAt).toLocaleString()}
                    {revision.actor ? ` by ${revision.actor.name}` : ''}
                  </Text>
                  {revision.changedFields.length > 0 && <Text size="sm">· {revision.changedFields.join(', ')}</Text>}
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack>
                  <ChangesTable
                    caption={`Changes in version ${revision.version}`}
                    changes={previous ? diff : changes({}, revision.snapshot)}
                    beforeLabel={previous ? `Version ${previous.version}` : 'Before'}
                    afterLabel={`Version ${revision.version}`}
                  />
                  {index > 0 && !entry.deletedAt && (
                    <Group>
                      <Button variant="default" loading={restoring.fetching} onClick={() => void restoreRevision(revision.id)}>
                        Restore version {revision.version}
                      </Button>
                      <Text size="sm">
                        Its content becomes the entry&apos;s again{entry.status === 'PUBLISHED' ? ', as a pending draft until published' : ''}.
                      </Text>
                    </Group>
                  )}
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
    </Stack>
  );
}
