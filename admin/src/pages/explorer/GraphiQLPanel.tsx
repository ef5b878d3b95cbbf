// Bundled with the console: no script, style or font from a CDN. Monaco's web workers are built by
// Vite as same-origin assets (graphiql/setup-workers/vite), which the console's CSP allows.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './explorer.css';
import { GraphiQL } from 'graphiql';
import { explorerFetcher } from './explorer-fetcher';

export default function GraphiQLPanel({ defaultQuery, sharedQuery }: { defaultQuery: string; sharedQuery: string | null }) {
  return (
    <GraphiQL
      fetcher={explorerFetcher}
      defaultQuery={defaultQuery}
      initialQuery={sharedQuery ?? undefined}
      // Tabs, queries and history last as long as the console's session (the tab), as on a shared
      // clinic computer nothing one person tried should greet the next; headers, which may hold keys,
      // are never stored.
      storage={sessionStorage}
      shouldPersistHeaders={false}
      forcedTheme="light"
    />
  );
}
