import { AppShell, Burger, Button, Group, NavLink, ScrollArea, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet, useLocation } from 'react-router';
import { signOut } from '../auth/session';
import { useSession } from '../auth/useSession';
import { type ConsoleRoute, visibleRoutes } from '../routes';
import { NavigationContext } from './navigation';

const SECTIONS: ConsoleRoute['section'][] = ['Overview', 'Content', 'Review', 'Administration', 'Tools'];

function isActive(route: ConsoleRoute, pathname: string): boolean {
  return route.path === '/' ? pathname === '/' : pathname === route.path || pathname.startsWith(`${route.path}/`);
}

export function ConsoleLayout() {
  const session = useSession();
  const { pathname } = useLocation();
  const [opened, { toggle, close }] = useDisclosure();
  const entries = session ? visibleRoutes(session.user.role) : [];

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Title order={2} size="h4">
              Dermaplan console
            </Title>
          </Group>
          <Group wrap="nowrap" gap="sm">
            <Text size="sm" visibleFrom="sm">
              {session?.user.email} · {session?.user.role.toLowerCase()}
            </Text>
            <Button variant="default" size="xs" onClick={() => void signOut()}>
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label="Console sections">
        <ScrollArea>
          {SECTIONS.map((section) => {
            const items = entries.filter((route) => route.section === section);
            if (!items.length) return null;
            return (
              <div key={section}>
                <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mt="sm" mb={4}>
                  {section}
                </Text>
                {items.map((route) => (
                  <NavLink
                    key={route.path}
                    component={Link}
                    to={route.path}
                    label={route.label}
                    active={isActive(route, pathname)}
                    // Filled: the light variant's blue on pale blue is under WCAG AA contrast.
                    variant="filled"
                    aria-current={isActive(route, pathname) ? 'page' : undefined}
                    onClick={close}
                  />
                ))}
              </div>
            );
          })}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        <NavigationContext.Provider value={entries}>
          <Outlet />
        </NavigationContext.Provider>
      </AppShell.Main>
    </AppShell>
  );
}
