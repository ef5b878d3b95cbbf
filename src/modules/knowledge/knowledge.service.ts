import { DataSource, IsNull, Not } from 'typeorm';
import { KnowledgeImportEntry } from '../../entities';
import { ContentType } from '../editorial/content-type';
import { KnowledgeDivergence, KnowledgeImportDivergence } from './knowledge.types';

/** What editors see of the knowledge import. */
export class KnowledgeService {
  constructor(private readonly dataSource: DataSource) {}

  /** Entries the last import left alone, most recent first. */
  async divergences(): Promise<KnowledgeImportDivergence[]> {
    const rows = await this.dataSource.getRepository(KnowledgeImportEntry).find({
      where: { divergence: Not(IsNull()) },
      order: { updatedAt: 'DESC', entityType: 'ASC', key: 'ASC' },
    });
    return rows.map((row) => ({
      type: row.entityType as ContentType,
      key: row.key,
      entryId: row.entityId,
      shippedVersion: row.version,
      reason: row.divergence as KnowledgeDivergence,
      detectedAt: row.updatedAt,
    }));
  }
}
