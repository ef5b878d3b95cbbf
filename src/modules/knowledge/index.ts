// The clinical knowledge shipped in knowledge/: read, checked, and imported through review.
import { DataSource } from 'typeorm';
import { KnowledgeImporter, KnowledgeImportResult } from './knowledge-import';
import { readShippedKnowledge } from './shipped-knowledge';

export { countByAction, ImportAction } from './knowledge-import';
export type { ImportStep, KnowledgeImportResult } from './knowledge-import';
export { KnowledgeFileError, readShippedKnowledge } from './shipped-knowledge';

/** Reads the knowledge files in `folder` (throwing KnowledgeFileError on any problem) and imports them. */
export async function importKnowledge(
  dataSource: DataSource,
  folder: string,
  options: { dryRun: boolean } = { dryRun: false },
): Promise<KnowledgeImportResult> {
  const entries = await readShippedKnowledge(folder);
  return new KnowledgeImporter(dataSource).run(entries, options);
}
