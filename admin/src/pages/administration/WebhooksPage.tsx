import { Alert, Badge, Button, Card, Checkbox, Code, Group, Modal, Paper, Select, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { AdminWebhookDeliveriesQuery as DeliveriesResult, WebhookDeliveryStatus, WebhookEvent } from '../../gql/graphql';
import { DELIVERY_COLOURS, DELIVERY_STATUSES, WEBHOOK_EVENTS } from './admin-enums';
import { apiProblem } from './api-errors';
import { confirmDone, enumWords, formatInstant } from './format';
import { SecretOnceModal } from './SecretOnceModal';
import { FIRST_PAGE, Pager, type PageWindow } from '../../layout/Pager';
import { ScrollRegion } from '../../layout/ScrollRegion';

const AdminWebhookEndpointsQuery = graphql(`
  query AdminWebhookEndpoints {
    webhookEndpoints {
      id
      url
      events
      description
      active
      createdAt
    }
  }
`);

const AdminWebhookDeliveriesQuery = graphql(`
  query AdminWebhookDeliveries($endpointId: ID, $status: WebhookDeliveryStatus, $first: Int, $after: String, $last: Int, $before: String) {
    webhookDeliveries(endpointId: $endpointId, status: $status, first: $first, after: $after, last: $last, before: $before) {
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
          endpointId
          eventType
          status
          attemptCount
          lastStatusCode
          lastError
          createdAt
          deliveredAt
          nextAttemptAt
          eventId
          body
          attempts {
            attemptedAt
            statusCode
            error
            durationMs
          }
        }
      }
    }
  }
`);

const AdminCreateWebhookEndpointMutation = graphql(`
  mutation AdminCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        id
        url
      }
    }
  }
`);

const AdminUpdateWebhookEndpointMutation = graphql(`
  mutation AdminUpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(id: $id, input: $input) {
      id
      url
      events
      description
      active
    }
  }
`);

const AdminRotateWebhookSecretMutation = graphql(`
  mutation AdminRotateWebhookSecret($id: ID!) {
    rotateWebhookSecret(id: $id) {
      secret
      endpoint {
        id
        url
      }
    }
  }
`);

const AdminDeleteWebhookEndpointMutation = graphql(`
  mutation AdminDeleteWebhookEndpoint($id: ID!) {
    deleteWebhookEndpoint(id: $id)
  }
`);

const AdminRedeliverWebhookMutation = graphql(`
  mutation AdminRedeliverWebhook($deliveryId: ID!) {
    redeliverWebhook(deliveryId: $deliveryId) {
      id
      status
    }
  }
`);

const ENDPOINT_TYPENAMES = { additionalTypenames: ['WebhookEndpoint'] };
const DELIVERY_TYPENAMES = { additionalTypenames: ['WebhookDelivery'] };

interface EndpointDraft {
  url: string;
  events: string[];
  description: string;
  active: boolean;
}

/** The fields of an endpoint, for adding one and for changing one. */
function EndpointFields({
  draft,
  onChange,
  fields,
}: {
  draft: EndpointDraft;
  onChange: (draft: EndpointDraft) => void;
  fields: Record<string, string>;
}) {
  return (
    <>
      <TextInput
        label="URL"
        description="Where the events are POSTed (http or https); redirects are not followed."
        required
        value={draft.url}
        onChange={(e) => onChange({ ...draft, url: e.currentTarget.value })}
        error={fields.url}
      />
      <Checkbox.Group label="Events" value={draft.events} onChange={(events) => onChange({ ...draft, events })} error={fields.events}>
        <Group mt={4}>
          {WEBHOOK_EVENTS.map((event) => (
            <Checkbox key={event} value={event} label={enumWords(event.replace(/^ENTRY_/, 'ENTRY '))} />
          ))}
        </Group>
      </Checkbox.Group>
      <TextInput
        label="Description"
        value={draft.description}
        onChange={(e) => onChange({ ...draft, description: e.currentTarget.value })}
        error={fields.description}
      />
      <Switch label="Active (sends new events)" checked={draft.active} onChange={(e) => onChange({ ...draft, active: e.currentTarget.checked })} />
    </>
  );
}

const EMPTY_DRAFT: EndpointDraft = { url: '', events: ['ENTRY_PUBLISHED'], description: '', active: true };

function CreateEndpointForm({ onSecret }: { onSecret: (secret: string) => void }) {
  const [draft, setDraft] = useState(EMPTY_DRAFT);
  const [result, create] = useMutation(AdminCreateWebhookEndpointMutation);
  const problem = apiProblem(result.error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = { url: draft.url, events: draft.events as WebhookEvent[], description: draft.description || null, active: draft.active };
    const { data } = await create({ input }, { additionalTypenames: ['WebhookEndpoint'] });
    if (data) {
      onSecret(data.createWebhookEndpoint.secret);
      setDraft(EMPTY_DRAFT);
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="new-webhook-endpoint">
      <form onSubmit={(event) => void submit(event)}>
        <Stack gap="sm">
          <Title order={2} size="h4" id="new-webhook-endpoint">
            Add an endpoint
          </Title>
          {problem && Object.keys(problem.fields).length === 0 && (
            <Alert color="red" role="alert">
              {problem.message}
            </Alert>
          )}
          <EndpointFields draft={draft} onChange={setDraft} fields={problem?.fields ?? {}} />
          <Group>
            <Button type="submit" loading={result.fetching}>
              Add endpoint
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function EditEndpointModal({ endpoint, onClose }: { endpoint: { id: string } & EndpointDraft; onClose: () => void }) {
  const [draft, setDraft] = useState<EndpointDraft>(endpoint);
  const [result, update] = useMutation(AdminUpdateWebhookEndpointMutation);
  const problem = apiProblem(result.error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = { url: draft.url, events: draft.events as WebhookEvent[], description: draft.description, active: draft.active };
    const { data } = await update({ id: endpoint.id, input });
    if (data) {
      confirmDone('Endpoint saved.');
      onClose();
    }
  }

  return (
    <Modal opened onClose={onClose} title="Change endpoint" size="lg" closeButtonProps={{ 'aria-label': 'Close' }}>
      <form onSubmit={(event) => void submit(event)}>
        <Stack gap="sm">
          {problem && Object.keys(problem.fields).length === 0 && (
            <Alert color="red" role="alert">
              {problem.message}
            </Alert>
          )}
          <EndpointFields draft={draft} onChange={setDraft} fields={problem?.fields ?? {}} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={result.fetching}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

type Delivery = DeliveriesResult['webhookDeliveries']['edges'][number]['node'];

/** One delivery in full: every attempt, and the body sent (the signature covers it byte for byte). */
function DeliveryDetails({ delivery, onClose }: { delivery: Delivery; onClose: () => void }) {
  return (
    <Modal opened onClose={onClose} title="Delivery" size="xl" closeButtonProps={{ 'aria-label': 'Close' }}>
      <Stack gap="sm">
        <Text size="sm">
          {enumWords(delivery.eventType)} · event <code>{delivery.eventId}</code> · {enumWords(delivery.status)}
          {delivery.status === 'PENDING' && ` · next attempt ${formatInstant(delivery.nextAttemptAt)}`}
          {delivery.deliveredAt && ` · delivered ${formatInstant(delivery.deliveredAt)}`}
        </Text>
        <Table aria-label="Attempts">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Attempted</Table.Th>
              <Table.Th>Answer</Table.Th>
              <Table.Th>Took</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {delivery.attempts.map((attempt) => (
              <Table.Tr key={attempt.attemptedAt}>
                <Table.Td>{formatInstant(attempt.attemptedAt)}</Table.Td>
                <Table.Td>{attempt.error ?? (attempt.statusCode !== null ? `HTTP ${attempt.statusCode}` : '—')}</Table.Td>
                <Table.Td>{attempt.durationMs} ms</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {delivery.attempts.length === 0 && <Text size="sm">Not attempted yet.</Text>}
        <Text fw={600} size="sm">
          Body sent
        </Text>
        {/* Wrapped rather than scrolled: the body is one long line of JSON. */}
        <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
          {delivery.body}
        </Code>
      </Stack>
    </Modal>
  );
}

function DeliveryLog({ endpoints }: { endpoints: { id: string; url: string }[] }) {
  const [endpointId, setEndpointId] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [pageWindow, setPageWindow] = useState<PageWindow>(FIRST_PAGE);
  const [{ data, error }, refetch] = useQuery({
    query: AdminWebhookDeliveriesQuery,
    variables: { endpointId, status: status as WebhookDeliveryStatus | null, ...pageWindow },
    context: DELIVERY_TYPENAMES,
  });
  const [redelivery, redeliver] = useMutation(AdminRedeliverWebhookMutation);
  const [opened, setOpened] = useState<Delivery | null>(null);
  const problem = apiProblem(redelivery.error ?? error);
  const urlOf = new Map(endpoints.map((endpoint) => [endpoint.id, endpoint.url]));
  const page = data?.webhookDeliveries;

  async function again(deliveryId: string) {
    const { data: sent } = await redeliver({ deliveryId });
    if (sent) {
      confirmDone('Sent again: a new delivery of the same event is on its way.');
      refetch({ requestPolicy: 'network-only' });
    }
  }

  return (
    <Stack component="section" aria-labelledby="delivery-log">
      <Title order={2} size="h3" id="delivery-log">
        Delivery log
      </Title>
      <Group align="flex-end">
        <Select
          label="Endpoint"
          placeholder="All endpoints"
          clearable
          data={endpoints.map((endpoint) => ({ value: endpoint.id, label: endpoint.url }))}
          value={endpointId}
          onChange={(value) => {
            setEndpointId(value);
            setPageWindow(FIRST_PAGE);
          }}
          w={360}
        />
        <Select
          label="Status"
          placeholder="Any status"
          clearable
          data={DELIVERY_STATUSES.map((value) => ({ value, label: enumWords(value) }))}
          value={status}
          onChange={(value) => {
            setStatus(value);
            setPageWindow(FIRST_PAGE);
          }}
          w={180}
        />
        <Text size="sm">{page ? `${page.totalCount} ${page.totalCount === 1 ? 'delivery' : 'deliveries'}` : ''}</Text>
      </Group>
      {problem && (
        <Alert color="red" role="alert">
          {problem.message}
        </Alert>
      )}
      <ScrollRegion label="Webhook deliveries" minWidth={800}>
        <Table striped aria-label="Webhook deliveries">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Created</Table.Th>
              <Table.Th>Endpoint</Table.Th>
              <Table.Th>Event</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Attempts</Table.Th>
              <Table.Th>Last answer</Table.Th>
              <Table.Th>Actions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {page?.edges.map(({ node }) => (
              <Table.Tr key={node.id}>
                <Table.Td>{formatInstant(node.createdAt)}</Table.Td>
                <Table.Td>{urlOf.get(node.endpointId) ?? node.endpointId}</Table.Td>
                <Table.Td>{enumWords(node.eventType)}</Table.Td>
                <Table.Td>
                  <Badge color={DELIVERY_COLOURS[node.status]}>{enumWords(node.status)}</Badge>
                </Table.Td>
                <Table.Td>{node.attemptCount}</Table.Td>
                <Table.Td>{node.lastError ?? (node.lastStatusCode ? `HTTP ${node.lastStatusCode}` : '—')}</Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="default"
                    mr="xs"
                    onClick={() => setOpened(node)}
                    aria-label={`Details of the delivery of ${formatInstant(node.createdAt)}`}
                  >
                    Details
                  </Button>
                  {node.status !== 'PENDING' && (
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => void again(node.id)}
                      aria-label={`Redeliver the delivery of ${formatInstant(node.createdAt)}`}
                    >
                      Redeliver
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      {page?.edges.length === 0 && <Text>No deliveries match.</Text>}
      {opened && <DeliveryDetails delivery={opened} onClose={() => setOpened(null)} />}
      {page && <Pager pageInfo={page.pageInfo} window={pageWindow} onChange={setPageWindow} labels={['Newer', 'Older']} />}
    </Stack>
  );
}

export function WebhooksPage() {
  // Named so that adding the first endpoint (to an empty list, which names no type) refreshes the list too.
  const [{ data, error }] = useQuery({ query: AdminWebhookEndpointsQuery, context: ENDPOINT_TYPENAMES });
  const [secret, setSecret] = useState<string | null>(null);
  const [editing, setEditing] = useState<({ id: string } & EndpointDraft) | null>(null);
  const [rotation, rotate] = useMutation(AdminRotateWebhookSecretMutation);
  const [deletion, remove] = useMutation(AdminDeleteWebhookEndpointMutation);
  const problem = apiProblem(error ?? rotation.error ?? deletion.error);
  const endpoints = data?.webhookEndpoints ?? [];

  async function rotateSecret(id: string, url: string) {
    if (!window.confirm(`Replace the signing secret of ${url}? Deliveries are signed with the new one from now on.`)) return;
    const { data: rotated } = await rotate({ id });
    if (rotated) setSecret(rotated.rotateWebhookSecret.secret);
  }

  async function deleteEndpoint(id: string, url: string) {
    if (!window.confirm(`Delete ${url} and its delivery log?`)) return;
    const { data: deleted } = await remove({ id }, { additionalTypenames: ['WebhookEndpoint', 'WebhookDelivery'] });
    if (deleted) confirmDone(`${url} deleted.`);
  }

  return (
    <Stack>
      <Title order={1}>Webhooks</Title>
      <Text>
        Partners&apos; servers told when content is published, unpublished, deleted or restored. Each delivery is signed with the endpoint&apos;s
        secret (shown once); failed deliveries are retried, and any finished one can be sent again.
      </Text>
      <CreateEndpointForm onSecret={setSecret} />
      {problem && (
        <Alert color="red" role="alert">
          {problem.message}
        </Alert>
      )}
      {endpoints.map((endpoint) => (
        <Card key={endpoint.id} withBorder component="section" aria-label={endpoint.url}>
          <Group justify="space-between">
            <Stack gap={4}>
              <Group gap="xs">
                <Title order={2} size="h5">
                  {endpoint.url}
                </Title>
                {endpoint.active ? <Badge color="teal">Active</Badge> : <Badge color="gray">Inactive</Badge>}
              </Group>
              {endpoint.description && <Text size="sm">{endpoint.description}</Text>}
              <Group gap={4}>
                {endpoint.events.map((event) => (
                  <Badge key={event} variant="light">
                    {enumWords(event)}
                  </Badge>
                ))}
              </Group>
            </Stack>
            <Group gap="xs">
              <Button
                size="xs"
                variant="default"
                onClick={() =>
                  setEditing({
                    id: endpoint.id,
                    url: endpoint.url,
                    events: endpoint.events,
                    description: endpoint.description ?? '',
                    active: endpoint.active,
                  })
                }
                aria-label={`Change ${endpoint.url}`}
              >
                Change
              </Button>
              <Button
                size="xs"
                variant="default"
                onClick={() => void rotateSecret(endpoint.id, endpoint.url)}
                aria-label={`Rotate the secret of ${endpoint.url}`}
              >
                Rotate secret
              </Button>
              <Button
                size="xs"
                color="red"
                variant="light"
                onClick={() => void deleteEndpoint(endpoint.id, endpoint.url)}
                aria-label={`Delete ${endpoint.url}`}
              >
                Delete
              </Button>
            </Group>
          </Group>
        </Card>
      ))}
      {data && endpoints.length === 0 && <Text>No endpoints yet.</Text>}
      <DeliveryLog endpoints={endpoints} />
      {editing && <EditEndpointModal endpoint={editing} onClose={() => setEditing(null)} />}
      <SecretOnceModal title="Signing secret" what="signing secret" secret={secret} onClose={() => setSecret(null)} />
    </Stack>
  );
}
