// npm run knowledge:import [-- --dry-run]
// Imports the shipped knowledge files (KNOWLEDGE_DIR, default knowledge/) as start-up does, and
// prints what changed; with --dry-run, what an import would do, writing nothing. Targets
// DATABASE_URL, or the embedded PostgreSQL that `npm start` runs (start it first).
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { createDataSource } from '../db/data-source';
import { embeddedDatabaseUrl } from '../db/database-url';
import { countByAction, ImportAction, importKnowledge, KnowledgeImportResult } from '../modules/knowledge';

const USAGE = 'usage: npm run knowledge:import [-- --dry-run]';

/** How each step is described, for editors and reviewers reading the output. */
const DESCRIPTIONS: Record<ImportAction, string> = {
  [ImportAction.PUBLISH]: 'publish (empty database)',
  [ImportAction.DRAFT]: 'new: a draft for a reviewer to publish',
  [ImportAction.PENDING_CHANGE]: 'changed: a pending draft for a reviewer to publish',
  [ImportAction.ALREADY_PRESENT]: 'already in the database as shipped',
  [ImportAction.DIVERGED_EDITED]: 'NOT IMPORTED: editors changed this entry',
  [ImportAction.DIVERGED_DELETED]: 'NOT IMPORTED: editors deleted this entry',
};

function report(result: KnowledgeImportResult): string {
  const lines = result.steps.map(({ action, entry, previousVersion }) => {
    const versions = previousVersion === null ? `v${entry.version}` : `v${previousVersion} -> v${entry.version}`;
    return `  ${entry.type} ${entry.key} (${versions}, ${entry.file}): ${DESCRIPTIONS[action]}`;
  });
  const counts = Object.entries(countByAction(result.steps)).map(([action, count]) => `${action} ${count}`);
  return [
    result.dryRun ? 'Dry run: nothing was written. An import would do this:' : 'Imported:',
    ...(lines.length > 0 ? lines : ['  nothing: the database has every shipped entry as shipped']),
    `Summary: ${counts.join(', ') || 'no changes'}; baseline revisions ${result.dryRun ? 'needed' : 'recorded'}: ${result.baselines}`,
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { 'dry-run': { type: 'boolean', default: false } }, strict: true });
  const config = loadConfig();
  const dataSource = createDataSource({ url: config.databaseUrl ?? embeddedDatabaseUrl(config), ...config.db });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    console.log(report(await importKnowledge(dataSource, config.knowledgeDir, { dryRun: values['dry-run'] })));
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  // A bad knowledge file's message names file, entry and field.
  console.error(error instanceof Error ? error.message : String(error));
  if (error instanceof TypeError && 'code' in error && error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') console.error(USAGE);
  process.exit(1);
});
