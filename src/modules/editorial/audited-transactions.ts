import { DataSource, EntityManager } from 'typeorm';
import { RequestContext } from '../../core/request-context';
import { isDatabaseUnavailable } from '../../db/database-errors';
import { ContentEntity } from '../../entities/content-base';
import { Actor, actorOf } from './actor';
import { AUDIT_SUCCESS, auditOutcome, recordAudit } from './audit';
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
    const actor = actorOf(ctx);
    try {
      const result = await this.dataSource.transaction(async (manager) => {
        const result = await work(manager, actor);
        const entityType = type ?? (result as { type?: string })?.type ?? null;
        const entityId = id ?? (result as { entity?: ContentEntity })?.entity?.id ?? null;
        await recordAudit(manager, { actor, action, entityType, entityId, outcome: AUDIT_SUCCESS, requestId: ctx.requestId });
        return result;
      });
      await this.committed();
      return result;
    } catch (caught) {
      const error = type ? explainUniqueViolation(caught, CONTENT_DESCRIPTORS[type]) : caught;
      // With the database away the failure cannot be recorded either: answer at once instead.
      if (isDatabaseUnavailable(error)) throw error;
      await recordAudit(this.dataSource.manager, {
        actor,
        action,
        entityType: type,
        entityId: id,
        outcome: auditOutcome(error),
        requestId: ctx.requestId,
      });
      throw error;
    }
  }
}
