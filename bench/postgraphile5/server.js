// PostGraphile 5 (Grafast) peer for `npm run bench`: the amber preset over the public schema of the
// bench database, queries only, production settings (no GraphiQL, no explain, no watch). Installed apart
// from the server (`npm ci --prefix bench/postgraphile5`) with its own lockfile, like PostGraphile 4.
'use strict';
const http = require('node:http');
const { Pool } = require('pg');
const { postgraphile } = require('postgraphile');
const { PostGraphileAmberPreset } = require('postgraphile/presets/amber');
const { makePgService } = require('postgraphile/adaptors/pg');
const { grafserv } = require('postgraphile/grafserv/node');

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DB_POOL_SIZE || 10),
  application_name: 'bench-postgraphile5',
});
const preset = {
  extends: [PostGraphileAmberPreset],
  disablePlugins: [
    // Without it PostGraphile 5 offers no filter on unindexed columns; PostGraphile 4 filters on the
    // products' and articles' status as the catalog query needs.
    'PgIndexBehaviorsPlugin',
    // Queries only, as PostGraphile 4's disableDefaultMutations.
    'PgMutationCreatePlugin',
    'PgMutationUpdateDeletePlugin',
  ],
  pgServices: [makePgService({ pool, schemas: ['public'], pubsub: false })],
  grafserv: {
    graphqlPath: '/graphql',
    graphiql: false,
    graphiqlOnGraphQLGET: false,
    watch: false,
    websockets: false,
    maxRequestLength: 100_000,
    // Grafast writes each answer's data as JSON text while it builds it, rather than an object tree
    // for JSON.stringify: its fastest output, and how the issue measured it.
    outputDataAsString: true,
  },
  grafast: { explain: false },
};
const serv = postgraphile(preset).createServ(grafserv);
const server = http.createServer();
serv.addTo(server).then(
  () => server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`postgraphile 5 ready on ${process.env.PORT}`)),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
process.on('SIGTERM', () =>
  server.close(() =>
    serv
      .release()
      .then(() => pool.end())
      .then(() => process.exit(0)),
  ),
);
