import { Alert, Title } from '@mantine/core';
import { useMemo } from 'react';
import { createBrowserRouter, Navigate, RouterProvider, useLocation } from 'react-router';
import { Provider } from 'urql';
import { SignInPage } from './auth/SignInPage';
import { useSession } from './auth/useSession';
import { createClient } from './graphql/client';
import { ConsoleLayout } from './layout/ConsoleLayout';
import { canOpen, type ConsoleRoute, routes } from './routes';

function RequireSession() {
  const session = useSession();
  const location = useLocation();
  if (!session) return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  return <ConsoleLayout />;
}

function Guarded({ route }: { route: ConsoleRoute }) {
  const session = useSession();
  if (session && !canOpen(route, session.user.role)) {
    return (
      <>
        <Title order={1}>{route.label}</Title>
        <Alert color="yellow" mt="md">
          Your role ({session.user.role.toLowerCase()}) cannot open this page.
        </Alert>
      </>
    );
  }
  const Page = route.page;
  return <Page />;
}

function NotFound() {
  return (
    <>
      <Title order={1}>Page not found</Title>
      <Alert mt="md">There is no such page in the console.</Alert>
    </>
  );
}

const router = createBrowserRouter(
  [
    { path: '/sign-in', element: <SignInPage /> },
    {
      element: <RequireSession />,
      children: [...routes.map((route) => ({ path: route.path, element: <Guarded route={route} /> })), { path: '*', element: <NotFound /> }],
    },
  ],
  { basename: '/admin' },
);

export function App() {
  const session = useSession();
  // A new client (an empty cache) for each signed-in user: nothing one saw is shown to the next.
  const client = useMemo(() => createClient(), [session?.user.id]);
  return (
    <Provider value={client}>
      <RouterProvider router={router} />
    </Provider>
  );
}
