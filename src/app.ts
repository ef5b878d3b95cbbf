// The application, wired once: src/main.ts runs it, the tests start it the same way.
// database -> migrations -> reference data -> services -> first admin -> schema -> HTTP server;
// the background workers start when it listens.
import 'reflect-metadata';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import type { DestinationStream } from 'pino';
import { DataSource } from 'typeorm';
import { AppConfig } from './config';
import { initializeWithRetry } from './db/connect';
import { createDataSource } from './db/data-source';
import { loadDemoCatalog } from './db/demo-catalog/loader';
import { countByAction, ImportAction, importKnowledge } from './modules/knowledge';
import { buildAppSchema } from './graphql/schema';
import { createLogger, Logger } from './logger';
import { resolveAuthSettings } from './modules/auth/auth-settings';
import { AdminCredentials, bootstrapAdmin } from './modules/auth/bootstrap-admin';
import { PublicationScheduler } from './modules/editorial/publication-scheduler';
import { createServices, Services } from './modules/services';
import { WebhookDispatcher } from './modules/webhooks/webhook-dispatcher';
import { Health } from './observability/health';
import { Metrics } from './observability/metrics';
import { createAppServer } from './server';

export interface App {
  config: AppConfig;
  logger: Logger;
  dataSource: DataSource;
  services: Services;
  health: Health;
  metrics: Metrics;
  httpServer: http.Server;
  /** Sends webhook deliveries; started by listen() when WEBHOOK_DISPATCHER_ENABLED. */
  webhooks: WebhookDispatcher;
  /** Carries out scheduled publishing; started by listen() when PUBLICATION_SCHEDULER_ENABLED. */
  scheduler: PublicationScheduler;
  /** How many migrations start-up applied. */
  migrationsApplied: number;
  /** The first ADMIN this start created with a generated password (development only), for main to print once. */
  generatedAdmin: AdminCredentials | null;
  /** Listens on config.host and config.port (0: any free port), then starts the background workers. */
  listen(): Promise<AddressInfo>;
  /**
   * Stops in order: readiness fails at once, then after SHUTDOWN_DELAY_MS no new connections are
   * accepted and requests in flight may finish (at most SHUTDOWN_GRACE_MS) while the workers finish
   * their current work; then the pool closes.
   */
  stop(): Promise<void>;
}

export interface AppOptions {
  /** Where the JSON log lines go (default: standard output). */
  logStream?: DestinationStream;
}

/** The app on `databaseUrl` (src/main.ts passes DATABASE_URL, or the embedded PostgreSQL it started). */
export async function createApp(config: AppConfig, databaseUrl: string, options: AppOptions = {}): Promise<App> {
  const logger = createLogger(config, options.logStream);
  // The database may still be starting (or failing over): wait for it, with backoff.
  const dataSource = await initializeWithRetry(() => createDataSource({ url: databaseUrl, ...config.db }), {
    timeoutMs: config.db.startupTimeoutMs,
    logger,
  });
  try {
    return await assemble(config, logger, dataSource);
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
}

/** The shipped clinical knowledge through the import (a bad file stops start-up), then the demo catalog if configured. */
async function loadReferenceData(config: AppConfig, logger: Logger, dataSource: DataSource): Promise<void> {
  const imported = await importKnowledge(dataSource, config.knowledgeDir);
  for (const step of imported.steps.filter((s) => s.action === ImportAction.DIVERGED_EDITED || s.action === ImportAction.DIVERGED_DELETED)) {
    logger.warn(
      { type: step.entry.type, key: step.entry.key, shippedVersion: step.entry.version, action: step.action },
      'a changed shipped knowledge entry was not imported: editors have changed or deleted it (see knowledgeImportDivergences)',
    );
  }
  logger.info({ changes: countByAction(imported.steps), baselines: imported.baselines }, 'shipped knowledge imported');
  if (config.loadDemoCatalog) {
    const demo = await loadDemoCatalog(dataSource);
    logger.info({ inserted: demo.inserted }, 'demo catalog checked');
  }
}

async function assemble(config: AppConfig, logger: Logger, dataSource: DataSource): Promise<App> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  if (config.loadReferenceData) await loadReferenceData(config, logger, dataSource);

  const services = createServices(dataSource, resolveAuthSettings(config.auth, logger), config.webhooks, logger, config.storefront);
  const firstAdmin = await bootstrapAdmin(dataSource, services.users, config.auth.bootstrapAdmin, logger, {
    generateWhenMissing: config.auth.generateFirstAdmin,
  });
  const sealed = await services.webhooks.sealStoredSecrets();
  if (sealed > 0) logger.info({ endpoints: sealed }, 'webhook secrets stored in clear are now encrypted');
  // The first plan should not wait for the knowledge snapshot; if it cannot be built now, that plan builds it.
  await services.regimen.prepare().catch((error: unknown) => logger.warn({ err: error }, 'regimen knowledge not prepared at start-up'));

  const { httpServer, apollo, health, metrics } = await createAppServer({
    config,
    dataSource,
    schema: await buildAppSchema(),
    services,
    logger,
  });
  // Webhooks are sent from here, never from a request: mutations only add outbox rows.
  const webhooks = new WebhookDispatcher(dataSource, config.webhooks, logger);
  const scheduler = new PublicationScheduler(services.editorial, config.publicationScheduler.intervalMs, logger);

  return {
    config,
    logger,
    dataSource,
    services,
    health,
    metrics,
    httpServer,
    webhooks,
    scheduler,
    migrationsApplied: applied.length,
    generatedAdmin: firstAdmin.kind === 'generated' ? firstAdmin.credentials : null,
    async listen() {
      await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
      if (config.webhooks.dispatcherEnabled) webhooks.start();
      if (config.publicationScheduler.enabled) scheduler.start();
      return httpServer.address() as AddressInfo;
    },
    async stop() {
      health.markShuttingDown();
      await new Promise((resolve) => setTimeout(resolve, config.shutdown.delayMs));
      await Promise.all([apollo.stop(), webhooks.stop(), scheduler.stop()]);
      await dataSource.destroy();
    },
  };
}
