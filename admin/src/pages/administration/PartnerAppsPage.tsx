import { Alert, Badge, Button, Card, Checkbox, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { PartnerScope } from '../../gql/graphql';
import { KEY_COLOURS, PARTNER_SCOPES } from './admin-enums';
import { apiProblem } from './api-errors';
import { confirmDone, enumWords, formatInstant } from './format';
import { SecretOnceModal } from './SecretOnceModal';
import { ScrollRegion } from '../../layout/ScrollRegion';

const AdminPartnerAppsQuery = graphql(`
  query AdminPartnerApps {
    partnerApps {
      id
      name
      scopes
      disabled
      costBudget
      maxQueryCost
      createdAt
      keys {
        id
        prefix
        status
        createdAt
        expiresAt
        lastUsedAt
        revokedAt
      }
    }
  }
`);

const AdminCreatePartnerAppMutation = graphql(`
  mutation AdminCreatePartnerApp($input: CreatePartnerAppInput!) {
    createPartnerApp(input: $input) {
      apiKey
      app {
        id
        name
      }
    }
  }
`);

const AdminRotatePartnerKeyMutation = graphql(`
  mutation AdminRotatePartnerKey($appId: ID!) {
    rotatePartnerKey(appId: $appId) {
      apiKey
      app {
        id
        name
      }
    }
  }
`);

const AdminRevokePartnerKeyMutation = graphql(`
  mutation AdminRevokePartnerKey($id: ID!) {
    revokePartnerKey(id: $id) {
      id
      status
      revokedAt
    }
  }
`);

const AdminUpdatePartnerAppMutation = graphql(`
  mutation AdminUpdatePartnerApp($id: ID!, $input: UpdatePartnerAppInput!) {
    updatePartnerApp(id: $id, input: $input) {
      id
      disabled
    }
  }
`);

const SCOPE_HELP: Record<PartnerScope, string> = {
  CATALOG_READ: 'Catalog: products, topicals, treatments, articles, search',
  REGIMEN_READ: 'Regimens: plans and routine reviews',
};

const PARTNER_APP_TYPENAMES = { additionalTypenames: ['PartnerApp', 'PartnerKey'] };

interface Issued {
  appName: string;
  apiKey: string;
}

function CreatePartnerAppForm({ onIssued }: { onIssued: (issued: Issued) => void }) {
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<string[]>(['CATALOG_READ']);
  const [result, createApp] = useMutation(AdminCreatePartnerAppMutation);
  const problem = apiProblem(result.error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { data } = await createApp({ input: { name, scopes: scopes as PartnerScope[] } }, { additionalTypenames: ['PartnerApp'] });
    if (data) {
      onIssued({ appName: data.createPartnerApp.app.name, apiKey: data.createPartnerApp.apiKey });
      setName('');
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="new-partner-app">
      <form onSubmit={(event) => void submit(event)}>
        <Stack gap="sm">
          <Title order={2} size="h4" id="new-partner-app">
            Add a partner app
          </Title>
          {problem && Object.keys(problem.fields).length === 0 && (
            <Alert color="red" role="alert">
              {problem.message}
            </Alert>
          )}
          <TextInput
            label="Name"
            description="The clinic or shop, as you will recognise it."
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={problem?.fields.name}
          />
          <Checkbox.Group label="What its keys may call" value={scopes} onChange={setScopes} error={problem?.fields.scopes}>
            <Stack gap={4} mt={4}>
              {PARTNER_SCOPES.map((scope) => (
                <Checkbox key={scope} value={scope} label={SCOPE_HELP[scope]} />
              ))}
            </Stack>
          </Checkbox.Group>
          <Group>
            <Button type="submit" loading={result.fetching}>
              Add app and issue its key
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

export function PartnerAppsPage() {
  // Named so that adding the first app (to an empty list, which names no type) refreshes the list too.
  const [{ data, error }] = useQuery({ query: AdminPartnerAppsQuery, context: PARTNER_APP_TYPENAMES });
  const [issued, setIssued] = useState<Issued | null>(null);
  const [rotation, rotateKey] = useMutation(AdminRotatePartnerKeyMutation);
  const [revocation, revokeKey] = useMutation(AdminRevokePartnerKeyMutation);
  const [, updateApp] = useMutation(AdminUpdatePartnerAppMutation);
  const problem = apiProblem(rotation.error ?? revocation.error);

  async function rotate(appId: string) {
    const { data: rotated } = await rotateKey({ appId }, { additionalTypenames: ['PartnerKey'] });
    if (rotated) setIssued({ appName: rotated.rotatePartnerKey.app.name, apiKey: rotated.rotatePartnerKey.apiKey });
  }

  async function revoke(keyId: string, prefix: string) {
    if (!window.confirm(`Revoke the key ${prefix}…? Requests with it are refused from now on.`)) return;
    const { data: revoked } = await revokeKey({ id: keyId });
    if (revoked) confirmDone(`Key ${prefix}… revoked.`);
  }

  return (
    <Stack>
      <Title order={1}>Partner apps</Title>
      <Text>
        Clinic booking apps and shops that call the API with a key. A key is shown once, when it is issued. Issuing a new key keeps the app&apos;s
        current keys working for the grace period (so the partner can switch without downtime); revoking refuses a key at once.
      </Text>
      <CreatePartnerAppForm onIssued={setIssued} />
      {error && <Alert color="red">{apiProblem(error)?.message}</Alert>}
      {problem && (
        <Alert color="red" role="alert" title="Not changed">
          {problem.message}
        </Alert>
      )}
      {data?.partnerApps.length === 0 && <Text>No partner apps yet.</Text>}
      {data?.partnerApps.map((app) => (
        <Card key={app.id} withBorder component="section" aria-label={app.name}>
          <Group justify="space-between" mb="xs">
            <Group gap="xs">
              <Title order={2} size="h4">
                {app.name}
              </Title>
              {app.disabled && <Badge color="gray">Disabled</Badge>}
              {app.scopes.map((scope) => (
                <Badge key={scope} variant="light">
                  {enumWords(scope)}
                </Badge>
              ))}
            </Group>
            <Group gap="xs">
              <Button size="xs" onClick={() => void rotate(app.id)} loading={rotation.fetching} aria-label={`Issue a new key for ${app.name}`}>
                Issue new key
              </Button>
              <Button
                size="xs"
                variant="default"
                onClick={() => void updateApp({ id: app.id, input: { disabled: !app.disabled } })}
                aria-label={`${app.disabled ? 'Enable' : 'Disable'} ${app.name}`}
              >
                {app.disabled ? 'Enable app' : 'Disable app'}
              </Button>
            </Group>
          </Group>
          <ScrollRegion label={`Keys of ${app.name}`} minWidth={640}>
            <Table aria-label={`Keys of ${app.name}`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Key</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Issued</Table.Th>
                  <Table.Th>Expires</Table.Th>
                  <Table.Th>Last used</Table.Th>
                  <Table.Th>Actions</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {app.keys.map((key) => (
                  <Table.Tr key={key.id}>
                    <Table.Td>
                      <code>{key.prefix}…</code>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={KEY_COLOURS[key.status]}>{enumWords(key.status)}</Badge>
                    </Table.Td>
                    <Table.Td>{formatInstant(key.createdAt)}</Table.Td>
                    <Table.Td>{key.expiresAt ? formatInstant(key.expiresAt) : 'Never'}</Table.Td>
                    <Table.Td>{formatInstant(key.lastUsedAt)}</Table.Td>
                    <Table.Td>
                      {key.status === 'ACTIVE' && (
                        <Button
                          size="xs"
                          color="red"
                          variant="light"
                          onClick={() => void revoke(key.id, key.prefix)}
                          aria-label={`Revoke ${key.prefix}`}
                        >
                          Revoke
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        </Card>
      ))}
      <SecretOnceModal
        title={issued ? `New key for ${issued.appName}` : ''}
        what="API key"
        secret={issued?.apiKey ?? null}
        onClose={() => setIssued(null)}
      />
    </Stack>
  );
}
