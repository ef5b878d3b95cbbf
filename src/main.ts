// `npm start`: the app from src/app.ts on DATABASE_URL, or on an embedded PostgreSQL started here
// when none is given; stopped cleanly on SIGTERM / SIGINT.
import { App, createApp } from './app';
import { loadConfig } from './config';
import { EMBEDDED_DATABASE_NAME, redactDatabaseUrl } from './db/database-url';
import { EmbeddedDatabase, startEmbeddedPostgres } from './db/embedded-postgres';

async function main(): Promise<void> {
  const config = loadConfig();
  const embedded: EmbeddedDatabase | null = config.databaseUrl
    ? null
    : await startEmbeddedPostgres({
        dataDir: config.embeddedPostgres.dataDir,
        port: config.embeddedPostgres.port,
        databaseName: EMBEDDED_DATABASE_NAME,
      });
  let app: App;
  try {
    app = await createApp(config, config.databaseUrl ?? embedded!.url);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  await app.listen();
  const where = embedded
    ? `embedded PostgreSQL (data in ${config.embeddedPostgres.dataDir}, port ${config.embeddedPostgres.port})`
    : redactDatabaseUrl(config.databaseUrl!);
  console.log(`Dermaplan GraphQL API ready at http://localhost:${config.port}/graphql`);
  console.log(`Database: ${where}; migrations applied now: ${app.migrationsApplied}`);
  if (app.generatedAdmin) {
    const { email, password } = app.generatedAdmin;
    console.log(
      `No administrator existed, so one was created: sign in to the console at http://localhost:${config.port}/admin ` +
        `as ${email} with the password ${password} (shown only now). Add your own ADMIN under Staff users, then disable this one.`,
    );
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      console.log(`${signal} received again: still stopping`);
      return;
    }
    stopping = true;
    console.log(`${signal} received: stopping (readiness fails from now on)`);
    // A stop that hangs must not keep the process alive for ever.
    const deadline = setTimeout(
      () => {
        console.error('Stopping took too long: exiting anyway');
        process.exit(1);
      },
      config.shutdown.delayMs + config.shutdown.graceMs + 30_000,
    );
    deadline.unref();
    try {
      await app.stop();
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
