import { Alert, Badge, Button, Group, Paper, PasswordInput, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../../auth/useSession';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { ROLES } from './admin-enums';
import { apiProblem } from './api-errors';
import { confirmDone, enumWords, formatInstant } from './format';
import { ScrollRegion } from '../../layout/ScrollRegion';

const AdminStaffUsersQuery = graphql(`
  query AdminStaffUsers {
    users {
      id
      email
      displayName
      role
      disabled
      lastLoginAt
      createdAt
    }
  }
`);

const AdminCreateUserMutation = graphql(`
  mutation AdminCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      email
      displayName
      role
      disabled
      lastLoginAt
      createdAt
    }
  }
`);

const AdminUpdateUserMutation = graphql(`
  mutation AdminUpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      id
      role
      disabled
    }
  }
`);

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: enumWords(role) }));

function CreateUserForm() {
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('EDITOR');
  const [result, createUser] = useMutation(AdminCreateUserMutation);
  const problem = apiProblem(result.error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { data } = await createUser(
      { input: { email, password, role, displayName: displayName.trim() || null } },
      { additionalTypenames: ['User'] },
    );
    if (data) {
      confirmDone(`${data.createUser.email} can now sign in as ${role.toLowerCase()}.`);
      setEmail('');
      setDisplayName('');
      setPassword('');
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="new-staff-user">
      <form onSubmit={(event) => void submit(event)}>
        <Stack gap="sm">
          <Title order={2} size="h4" id="new-staff-user">
            Add a staff user
          </Title>
          {problem && Object.keys(problem.fields).length === 0 && (
            <Alert color="red" role="alert">
              {problem.message}
            </Alert>
          )}
          <Group align="flex-start" grow>
            <TextInput
              label="Email"
              type="email"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={problem?.fields.email}
            />
            <TextInput
              label="Name shown"
              description="How other staff see them; left empty: the start of the email."
              value={displayName}
              onChange={(e) => setDisplayName(e.currentTarget.value)}
              error={problem?.fields.displayName}
            />
            <PasswordInput
              label="Initial password"
              description="12 to 256 characters; tell it to them privately."
              required
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={problem?.fields.password}
            />
            <Select
              label="Role"
              data={ROLE_OPTIONS}
              value={role}
              onChange={(value) => value && setRole(value)}
              allowDeselect={false}
              error={problem?.fields.role}
            />
          </Group>
          <Group>
            <Button type="submit" loading={result.fetching}>
              Add staff user
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

export function StaffUsersPage() {
  const session = useSession();
  const [{ data, fetching, error }] = useQuery({ query: AdminStaffUsersQuery });
  const [update, updateUser] = useMutation(AdminUpdateUserMutation);
  const updateProblem = apiProblem(update.error);

  async function change(id: string, input: { role?: Role; disabled?: boolean }, done: string) {
    const { data: changed } = await updateUser({ id, input });
    if (changed) confirmDone(done);
  }

  return (
    <Stack>
      <Title order={1}>Staff users</Title>
      <Text>
        Who may sign in to the console, and with which role: editors write content, reviewers also sign off clinical knowledge, admins also manage
        staff, partners and webhooks. Disabling someone ends their sessions at once; at least one enabled admin always remains.
      </Text>
      <CreateUserForm />
      {error && <Alert color="red">{apiProblem(error)?.message}</Alert>}
      {updateProblem && (
        <Alert color="red" role="alert" title="Not changed">
          {Object.values(updateProblem.fields)[0] ?? updateProblem.message}
        </Alert>
      )}
      <ScrollRegion label="Staff users" minWidth={720}>
        <Table striped highlightOnHover aria-label="Staff users">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Email</Table.Th>
              <Table.Th>Name shown</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Last sign-in</Table.Th>
              <Table.Th>Actions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data?.users.map((user) => {
              const self = user.id === session?.user.id;
              return (
                <Table.Tr key={user.id}>
                  <Table.Td>{user.email}</Table.Td>
                  <Table.Td>{user.displayName}</Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={`Role of ${user.email}`}
                      data={ROLE_OPTIONS}
                      value={user.role}
                      allowDeselect={false}
                      w={140}
                      onChange={(value) =>
                        value && value !== user.role && void change(user.id, { role: value }, `${user.email} is now ${value.toLowerCase()}.`)
                      }
                    />
                  </Table.Td>
                  <Table.Td>{user.disabled ? <Badge color="gray">Disabled</Badge> : <Badge color="teal">Active</Badge>}</Table.Td>
                  <Table.Td>{formatInstant(user.lastLoginAt)}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="default"
                      disabled={self && !user.disabled}
                      title={self ? 'You cannot disable yourself here' : undefined}
                      aria-label={`${user.disabled ? 'Enable' : 'Disable'} ${user.email}`}
                      onClick={() =>
                        void change(
                          user.id,
                          { disabled: !user.disabled },
                          user.disabled ? `${user.email} can sign in again.` : `${user.email} is disabled and signed out.`,
                        )
                      }
                    >
                      {user.disabled ? 'Enable' : 'Disable'}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      {fetching && !data && <Text>Loading…</Text>}
    </Stack>
  );
}
