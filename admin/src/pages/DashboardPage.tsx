import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useSession } from '../auth/useSession';
import { useNavigationEntries } from '../layout/navigation';

export function DashboardPage() {
  const session = useSession();
  const role = session?.user.role;
  const sections = useNavigationEntries().filter((route) => route.path !== '/');
  return (
    <Stack>
      <Title order={1}>Dashboard</Title>
      <Text>
        Signed in as {session?.user.email} ({role?.toLowerCase()}).
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {sections.map((route) => (
          <Card key={route.path} withBorder padding="md">
            <Anchor component={Link} to={route.path} fw={600}>
              {route.label}
            </Anchor>
            <Text size="sm" c="dimmed">
              {route.description}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
