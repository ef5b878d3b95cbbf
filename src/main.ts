// Composition root: config -> database -> schema -> server -> listen.
import './v8-flags';
import 'reflect-metadata';
import { loadConfig } from './config';
import { initializeWithRetry } from './db/connect';
import { createDataSource } from './db/data-source';
import { EMBEDDED_DATABASE_NAME, redactDatabaseUrl } from './db/database-url';
import { startEmbeddedPostgres } from './db/embedded-postgres';
import { loadReferenceData } from './db/reference-data/loader';
import { buildAppSchema } from './graphql/schema';
import { createLogger } from './logger';
import { resolveAuthSettings } from './modules/auth/auth-settings';
import { bootstrapAdmin } from './modules/auth/bootstrap-admin';
import { PublicationScheduler } from './modules/editorial/publication-scheduler';
import { createServices } from './modules/services';
import { WebhookDispatcher } from './modules/webhooks/webhook-dispatcher';
import { createAppServer } from './server';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);

  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres({
        dataDir: config.embeddedPostgres.dataDir,
        port: config.embeddedPostgres.port,
        databaseName: EMBEDDED_DATABASE_NAME,
      });
  const databaseUrl = config.databaseUrl ?? embedded!.url;
  // The database may still be starting (or failing over): wait for it, with backoff.
  const dataSource = await initializeWithRetry(() => createDataSource({ url: databaseUrl, ...config.db }), {
    timeoutMs: config.db.startupTimeoutMs,
    logger,
  });
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  if (config.loadReferenceData) {
    const loaded = await loadReferenceData(dataSource);
    logger.info({ inserted: loaded.inserted }, 'reference data checked');
  }

  const services = createServices(dataSource, resolveAuthSettings(config.auth, logger), config.webhooks, logger);
  await bootstrapAdmin(dataSource, services.users, config.auth.bootstrapAdmin, logger);
  const sealed = await services.webhooks.sealStoredSecrets();
  if (sealed > 0) logger.info({ endpoints: sealed }, 'webhook secrets stored in clear are now encrypted');

  const schema = await buildAppSchema();
  const { httpServer, apollo, health } = await createAppServer({
    config,
    dataSource,
    schema,
    services,
    logger,
  });
  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  // Webhooks are sent from here, never from a request: mutations only add outbox rows.
  const webhooks = new WebhookDispatcher(dataSource, config.webhooks, logger);
  if (config.webhooks.dispatcherEnabled) webhooks.start();
  const scheduler = new PublicationScheduler(services.editorial, config.publicationScheduler.intervalMs, logger);
  if (config.publicationScheduler.enabled) scheduler.start();

  const where = embedded
    ? `embedded PostgreSQL (data in ${config.embeddedPostgres.dataDir}, port ${config.embeddedPostgres.port})`
    : redactDatabaseUrl(databaseUrl);
  console.log(`Dermaplan GraphQL API ready at http://localhost:${config.port}/graphql`);
  console.log(`Database: ${where}; migrations applied now: ${applied.length}`);

  // Shutdown: readiness fails first (load balancers stop sending), then after SHUTDOWN_DELAY_MS
  // Apollo's drain stops accepting connections and lets requests in flight finish (at most
  // SHUTDOWN_GRACE_MS) while the background workers finish their current work; then the pool
  // closes and the embedded PostgreSQL stops.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      console.log(`${signal} received again: still stopping`);
      return;
    }
    stopping = true;
    console.log(`${signal} received: stopping (readiness fails from now on)`);
    health.markShuttingDown();
    // A stop that hangs must not keep the process alive for ever.
    const deadline = setTimeout(() => {
      console.error('Stopping took too long: exiting anyway');
      process.exit(1);
    }, config.shutdown.delayMs + config.shutdown.graceMs + 30_000);
    deadline.unref();
    try {
      await new Promise((resolve) => setTimeout(resolve, config.shutdown.delayMs));
      await Promise.all([apollo.stop(), webhooks.stop(), scheduler.stop()]);
      await dataSource.destroy();
      await embedded?.stop();
    } catch (error) {
      console.error('Failed to stop cleanly:', error instanceof Error ? error.message : String(error));
      process.exit(1);
    }
    console.log('Stopped cleanly');
    process.exit(0);
  };
  // embedded-postgres (through async-exit-hook) listens for these signals too, and on them stops
  // every cluster and exits at once, before requests in flight finish: shutdown is ours alone.
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('Failed to start:', error instanceof Error ? error.message : String(error));
  process.exit(1);
});
