// The DataSource the TypeORM CLI uses (npm run migration:generate | migration:run | migration:revert).
// It targets DATABASE_URL, or the embedded PostgreSQL that `npm start` runs.
import 'reflect-metadata';
import { loadConfig } from './src/config';
import { createDataSource } from './src/db/data-source';
import { embeddedDatabaseUrl } from './src/db/database-url';

const config = loadConfig();

export default createDataSource({
  url: config.databaseUrl ?? embeddedDatabaseUrl(config),
  ...config.db,
});
