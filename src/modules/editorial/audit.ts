// The write side of the audit log: one entry per mutation, with its outcome (audit-log.service.ts reads them).
import { EntityManager } from 'typeorm';
import { DomainError } from '../../core/errors';
import { AuditLogEntry } from '../../entities';
import { Actor } from './actor';

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
