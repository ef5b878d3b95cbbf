// The write side of the audit log: one entry per mutation, with its outcome (audit-log.service.ts reads them).
import { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../../core/errors';
import { RequestContext } from '../../core/request-context';
import { isDatabaseUnavailable } from '../../db/database-errors';
import { AuditLogEntry } from '../../entities';
import { Actor, actorOf } from './actor';

export const AUDIT_SUCCESS = 'SUCCESS';

export interface AuditRecord {
  /** Null when nobody can be named (a scheduled change that failed). */
  actor: Actor | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  /** AUDIT_SUCCESS, or the failure's error code (see auditOutcome). */
  outcome: string;
  requestId: string | null;
}

export async function recordAudit(manager: EntityManager, { actor, action, entityType, entityId, outcome, requestId }: AuditRecord): Promise<void> {
  await manager.insert(AuditLogEntry, {
    actorId: actor?.id ?? null,
    actorEmail: actor?.email ?? null,
    action,
    entityType,
    entityId,
    outcome,
    requestId,
  });
}

/** How a failure is recorded: a domain error's code, anything else as an internal error. */
export function auditOutcome(error: unknown): string {
  return error instanceof DomainError ? error.code : 'INTERNAL_SERVER_ERROR';
}

/** What an audited change concerns: named up front, or (for a creation) read from its result. */
export interface AuditSubject<T> {
  entityType: string | null;
  entityId: string | null;
  /** What was not known up front (a creation's id), read from the result on success. */
  named?: (result: T) => { entityType?: string | null; entityId?: string | null };
  /** Turns a raw failure into the domain error the caller gets (and the audit log records). */
  explain?: (error: unknown) => unknown;
}

/**
 * Runs a staff mutation as one transaction with its audit entry, named after the mutation
 * (`action`); a failure is audited after the rollback, except with the database away (nothing can
 * be recorded then: the caller is answered at once).
 */
export async function auditedTransaction<T>(
  dataSource: DataSource,
  ctx: RequestContext,
  action: string,
  subject: AuditSubject<T>,
  work: (manager: EntityManager, actor: Actor) => Promise<T>,
): Promise<T> {
  const actor = actorOf(ctx);
  const { entityType, entityId, named, explain = (error: unknown) => error } = subject;
  try {
    return await dataSource.transaction(async (manager) => {
      const result = await work(manager, actor);
      const found = named?.(result) ?? {};
      await recordAudit(manager, {
        actor,
        action,
        entityType: entityType ?? found.entityType ?? null,
        entityId: entityId ?? found.entityId ?? null,
        outcome: AUDIT_SUCCESS,
        requestId: ctx.requestId,
      });
      return result;
    });
  } catch (caught) {
    const error = explain(caught);
    if (isDatabaseUnavailable(error)) throw error;
    await recordAudit(dataSource.manager, { actor, action, entityType, entityId, outcome: auditOutcome(error), requestId: ctx.requestId });
    throw error;
  }
}
