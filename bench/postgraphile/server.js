// PostGraphile 4 peer for `npm run bench`: the public schema of the bench database, queries only,
// production settings (no GraphiQL, no query log, no watch). Installed apart from the server
// (`npm ci --prefix bench/postgraphile`) because it needs graphql 15.
'use strict';
const http = require('node:http');
const { Pool } = require('pg');
const { postgraphile } = require('postgraphile');

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DB_POOL_SIZE || 10),
  application_name: 'bench-postgraphile',
});
const handler = postgraphile(pool, 'public', {
  graphqlRoute: '/graphql',
  graphiql: false,
  watchPg: false,
  disableQueryLog: true,
  disableDefaultMutations: true,
  ignoreRBAC: true,
  retryOnInitFail: false,
  showErrorStack: false,
  extendedErrors: [],
  bodySizeLimit: '100kB',
});
const server = http.createServer(handler);
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`postgraphile ready on ${process.env.PORT}`));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
