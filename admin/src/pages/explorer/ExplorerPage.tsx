import { Box, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useSearchParams } from 'react-router';

// GraphiQL brings Monaco (several MB): loaded when this page is opened, not with the rest of the console.
const GraphiQLPanel = lazy(() => import('./GraphiQLPanel'));

/** The query shown to someone opening the explorer for the first time. */
const FIRST_QUERY = `# Runs as you, with your role's permissions.
# Ctrl-Enter runs it; Ctrl-Space completes a field.
{
  me {
    email
    role
  }
}
`;

export function ExplorerPage() {
  // /graphql?query=… opened in a browser is redirected here with its query (src/explorer-redirect.ts).
  const [searchParams] = useSearchParams();
  const sharedQuery = searchParams.get('query');
  return (
    <Stack gap="sm" h="calc(100dvh - 56px - 2 * var(--mantine-spacing-md))">
      <Title order={1}>API explorer</Title>
      <Text size="sm">
        GraphiQL on this server's API, signed in as you: your token is sent with every request and renewed as it expires. A header you set yourself
        (for example <code>x-api-key</code> to try a partner key) is sent as well; an <code>Authorization</code> header of your own replaces your
        token.
      </Text>
      <Box flex={1} mih={0} style={{ border: '1px solid var(--mantine-color-gray-3)' }}>
        <Suspense
          fallback={
            <Center h="100%">
              <Loader aria-label="Loading the explorer" />
            </Center>
          }
        >
          <GraphiQLPanel defaultQuery={FIRST_QUERY} sharedQuery={sharedQuery} />
        </Suspense>
      </Box>
    </Stack>
  );
}
