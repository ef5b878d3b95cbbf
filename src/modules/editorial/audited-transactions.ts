import { DataSource, EntityManager } from 'typeorm';
import { RequestContext } from '../../core/request-context';
import { ContentEntity } from '../../entities/content-base';
import { Actor } from './actor';
import { auditedTransaction } from './audit';
import { explainUniqueViolation } from './constraint-violations';
import { CONTENT_DESCRIPTORS } from './content-types';
import { ContentType } from './content-type';

/**
 * Runs each editorial mutation as one transaction with its audit entry (a failure is audited after
 * the rollback), and tells the change listeners after every commit.
 */
export class AuditedTransactions {
  private readonly changeListeners = new Set<() => Promise<void>>();

  constructor(private readonly dataSource: DataSource) {}

  /** Calls `listener` after every committed change; returns the unsubscribe function. */
  onContentChanged(listener: () => Promise<void>): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  async committed(): Promise<void> {
    await Promise.all([...this.changeListeners].map((listener) => listener().catch(() => undefined)));
  }

  /** `type` and `id` name the entry for the audit log; when null, the result's entry is named on success. */
  async run<T>(
    ctx: RequestContext,
    action: string,
    type: ContentType | null,
    id: string | null,
    work: (manager: EntityManager, actor: Actor) => Promise<T>,
  ): Promise<T> {
    const result = await auditedTransaction(
      this.dataSource,
      ctx,
      action,
      {
        entityType: type,
        entityId: id,
        named: (result) => ({ entityType: (result as { type?: string })?.type, entityId: (result as { entity?: ContentEntity })?.entity?.id }),
        explain: (caught) => (type ? explainUniqueViolation(caught, CONTENT_DESCRIPTORS[type]) : caught),
      },
      work,
    );
    await this.committed();
    return result;
  }
}
