import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { Role, roleGrants } from '../../auth/roles';
import { WebhookEvent } from '../../domain/webhook-event';
import { isDatabaseUnavailable } from '../../db/database-errors';
import { PublicationStatus } from '../../domain/enums';
import { AuditLogEntry, PublicationSchedule, Revision } from '../../entities';
import { ContentEntity } from '../../entities/content-base';
import { RequestContext } from '../../graphql/context';
import { DomainError, FieldProblem, ForbiddenError, UnauthenticatedError, UserInputError } from '../../graphql/errors';
import { enqueueWebhookEvent } from '../webhooks/webhook-outbox';
import { CONTENT_DESCRIPTORS, ContentDescriptor, LinkWriter, ReferenceResolver } from './content-descriptors';
import { ContentType } from './content-type';
import { EditorialRuleError, EntryInUseError, NotFoundError, VersionConflictError } from './editorial.errors';

/** The staff user a change is made for (a request's viewer, or whoever scheduled a publication). */
export interface Actor {
  id: string;
  email: string | null;
  role: Role;
}

export interface EntryState {
  type: ContentType;
  entity: ContentEntity;
  key: string;
  /** Pending draft, or the live editable state when there is none. */
  draft: Record<string, unknown>;
}

export type PublicationResult = { kind: 'applied'; entry: EntryState } | { kind: 'scheduled'; schedule: PublicationSchedule };

type RevisionAction = 'CREATE' | 'UPDATE' | 'UPDATE_DRAFT' | 'RESTORE_REVISION' | 'PUBLISH' | 'UNPUBLISH' | 'DELETE' | 'RESTORE' | 'PURGE';

const FOREIGN_KEY_VIOLATION = '23503';
const UNIQUE_VIOLATION = '23505';

/**
 * Every editorial change: validated, one transaction each, guarded by the version the editor saw,
 * recorded as a revision and in the audit log. Edits to a published entry wait as a pending draft
 * until it is published again, so storefronts and the engine only ever see approved content.
 */
export class EditorialService {
  private readonly changeListeners = new Set<() => Promise<void>>();

  constructor(private readonly dataSource: DataSource) {}

  /**
   * Calls `listener` after every committed change (before the mutation answers), e.g. so that
   * this instance's response cache notices it at once. Returns the unsubscribe function.
   */
  onContentChanged(listener: () => Promise<void>): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  private async committed(): Promise<void> {
    await Promise.all([...this.changeListeners].map((listener) => listener().catch(() => undefined)));
  }

  create(ctx: RequestContext, type: ContentType, input: object): Promise<EntryState> {
    return this.audited(ctx, `create${pascal(type)}`, type, null, async (manager, actor) => {
      const d = CONTENT_DESCRIPTORS[type];
      const refs = new ReferenceResolver(manager);
      const problems = [...d.check(input), ...(await this.keyProblems(manager, d, d.keyOf(input), null))];
      const columns = await d.columns(input, refs);
      const writeLinks = await d.resolveLinks(input, refs);
      throwIfProblems([...problems, ...refs.problems]);
      const inserted = await manager.getRepository(d.entity).insert({ ...columns, status: PublicationStatus.DRAFT, lastEditedById: actor.id } as never);
      const id = inserted.identifiers[0].id as string;
      await writeLinks(manager, id);
      return this.recordRevision(manager, d, await this.load(manager, d, id), 'CREATE', actor, null);
    });
  }

  update(ctx: RequestContext, type: ContentType, id: string, expectedVersion: number, input: object): Promise<EntryState> {
    return this.audited(ctx, `update${pascal(type)}`, type, id, (manager, actor) =>
      this.applyEdit(manager, CONTENT_DESCRIPTORS[type], id, expectedVersion, input, actor, 'UPDATE'),
    );
  }

  restoreRevision(ctx: RequestContext, revisionId: string, expectedVersion: number): Promise<EntryState> {
    return this.audited(ctx, 'restoreRevision', null, null, async (manager, actor) => {
      const revision = await manager.getRepository(Revision).findOneBy({ id: revisionId });
      if (!revision) throw new NotFoundError('revision', revisionId);
      const d = CONTENT_DESCRIPTORS[revision.entityType as ContentType];
      return this.applyEdit(manager, d, revision.entityId, expectedVersion, revision.snapshot, actor, 'RESTORE_REVISION');
    });
  }

  publish(ctx: RequestContext, type: ContentType, id: string, expectedVersion: number, at: Date | null): Promise<PublicationResult> {
    return this.audited(ctx, 'publishEntry', type, id, (manager, actor) =>
      this.changePublication(manager, CONTENT_DESCRIPTORS[type], id, expectedVersion, at, actor, 'PUBLISH'),
    );
  }

  unpublish(ctx: RequestContext, type: ContentType, id: string, expectedVersion: number, at: Date | null): Promise<PublicationResult> {
    return this.audited(ctx, 'unpublishEntry', type, id, (manager, actor) =>
      this.changePublication(manager, CONTENT_DESCRIPTORS[type], id, expectedVersion, at, actor, 'UNPUBLISH'),
    );
  }

  /** Moves an entry to the trash (restorable). Refused while other live entries still use it. */
  trash(ctx: RequestContext, type: ContentType, id: string): Promise<EntryState> {
    return this.audited(ctx, 'deleteEntry', type, id, async (manager, actor) => {
      const d = CONTENT_DESCRIPTORS[type];
      const entity = await this.load(manager, d, id, { lock: true });
      if (entity.deletedAt) throw new EditorialRuleError(`The ${d.label} is already in the trash`);
      await this.assertUnreferenced(manager, d, id, d.references);
      await this.setState(manager, d, entity, { deletedAt: new Date() }, actor);
      const deleted = await this.load(manager, d, id, { withDeleted: true });
      await this.emit(manager, d, deleted, WebhookEvent.ENTRY_DELETED, actor);
      return this.recordRevision(manager, d, deleted, 'DELETE', actor, null);
    });
  }

  restoreFromTrash(ctx: RequestContext, type: ContentType, id: string): Promise<EntryState> {
    return this.audited(ctx, 'restoreEntry', type, id, async (manager, actor) => {
      const d = CONTENT_DESCRIPTORS[type];
      const entity = await this.load(manager, d, id, { withDeleted: true, lock: true });
      if (!entity.deletedAt) throw new EditorialRuleError(`The ${d.label} is not in the trash`);
      await this.setState(manager, d, entity, { deletedAt: null }, actor);
      return this.recordRevision(manager, d, await this.load(manager, d, id), 'RESTORE', actor, null);
    });
  }

  /** Deletes a trashed entry for good (ADMIN). Its revisions stay, as history. */
  purge(ctx: RequestContext, type: ContentType, id: string): Promise<boolean> {
    return this.audited(ctx, 'purgeEntry', type, id, async (manager, actor) => {
      const d = CONTENT_DESCRIPTORS[type];
      const entity = await this.load(manager, d, id, { withDeleted: true, lock: true });
      if (!entity.deletedAt) throw new EditorialRuleError(`Move the ${d.label} to the trash before deleting it permanently`);
      const including = d.references.map((r) => ({ ...r, sql: r.sql.replace(/ AND \w+\.deleted_at IS NULL/g, '') }));
      await this.assertUnreferenced(manager, d, id, including);
      await this.recordRevision(manager, d, entity, 'PURGE', actor, null);
      await manager.query(`UPDATE publication_schedule SET canceled_at = now() WHERE entity_id = $1 AND done_at IS NULL AND canceled_at IS NULL`, [id]);
      try {
        await manager.query(`DELETE FROM ${d.table} WHERE id = $1`, [id]);
      } catch (error) {
        if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === FOREIGN_KEY_VIOLATION) {
          throw new EntryInUseError(d.label, [{ what: 'other entries', keys: [] }]);
        }
        throw error;
      }
      return true;
    });
  }

  async entry(_ctx: RequestContext, type: ContentType, id: string): Promise<EntryState> {
    const d = CONTENT_DESCRIPTORS[type];
    return this.state(this.dataSource.manager, d, await this.load(this.dataSource.manager, d, id, { withDeleted: true }));
  }

  async trashed(_ctx: RequestContext, type: ContentType): Promise<EntryState[]> {
    const d = CONTENT_DESCRIPTORS[type];
    const manager = this.dataSource.manager;
    const entities = await manager
      .getRepository(d.entity)
      .createQueryBuilder('entry')
      .withDeleted()
      .where('entry.deleted_at IS NOT NULL')
      .orderBy('entry.deleted_at', 'DESC')
      .getMany();
    return Promise.all(entities.map((entity) => this.state(manager, d, entity)));
  }

  revisions(_ctx: RequestContext, type: ContentType, id: string): Promise<Revision[]> {
    return this.dataSource.getRepository(Revision).find({
      where: { entityType: type, entityId: id },
      order: { version: 'DESC', createdAt: 'DESC' },
    });
  }

  /** Carries out due scheduled publications; each is claimed by one instance and applied once. */
  async runDueSchedules(now = new Date(), batchSize = 20): Promise<number> {
    const done = await this.dataSource.transaction(async (manager) => {
      const due: PublicationSchedule[] = await manager
        .getRepository(PublicationSchedule)
        .createQueryBuilder('schedule')
        .where('schedule.done_at IS NULL AND schedule.canceled_at IS NULL AND schedule.run_at <= :now', { now })
        .orderBy('schedule.run_at')
        .limit(batchSize)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      for (const schedule of due) {
        await manager.query('SAVEPOINT scheduled_publication');
        let error: string | null = null;
        try {
          const [user] = await manager.query('SELECT id, email, role, disabled FROM staff_user WHERE id = $1', [schedule.requestedById]);
          if (!user || user.disabled) throw new EditorialRuleError('the user who scheduled it no longer exists or is disabled');
          const d = CONTENT_DESCRIPTORS[schedule.entityType as ContentType];
          await this.changePublication(manager, d, schedule.entityId, schedule.expectedVersion, null, user as Actor, schedule.action as 'PUBLISH' | 'UNPUBLISH');
          await manager.insert(AuditLogEntry, auditEntry(user as Actor, `scheduled${pascal(schedule.action)}`, schedule.entityType, schedule.entityId, 'SUCCESS', null));
          await manager.query('RELEASE SAVEPOINT scheduled_publication');
        } catch (cause) {
          await manager.query('ROLLBACK TO SAVEPOINT scheduled_publication');
          error = cause instanceof Error ? cause.message : String(cause);
          await manager.insert(AuditLogEntry, auditEntry(null, `scheduled${pascal(schedule.action)}`, schedule.entityType, schedule.entityId, errorCode(cause), null));
        }
        await manager.update(PublicationSchedule, { id: schedule.id }, { doneAt: new Date(), error });
      }
      return due.length;
    });
    if (done > 0) await this.committed();
    return done;
  }

  /** Pending scheduled publications, soonest first. */
  scheduled(_ctx: RequestContext): Promise<PublicationSchedule[]> {
    return this.dataSource
      .getRepository(PublicationSchedule)
      .createQueryBuilder('schedule')
      .where('schedule.done_at IS NULL AND schedule.canceled_at IS NULL')
      .orderBy('schedule.run_at')
      .getMany();
  }

  /** Cancels a pending schedule; needs the same permission as the change it would make. */
  cancelSchedule(ctx: RequestContext, scheduleId: string): Promise<boolean> {
    return this.audited(ctx, 'cancelScheduledPublication', null, null, async (manager, actor) => {
      const schedule = await manager
        .getRepository(PublicationSchedule)
        .createQueryBuilder('schedule')
        .where('schedule.id = :scheduleId AND schedule.done_at IS NULL AND schedule.canceled_at IS NULL', { scheduleId })
        .setLock('pessimistic_write')
        .getOne();
      if (!schedule) throw new NotFoundError('pending scheduled publication', scheduleId);
      if (!roleGrants(actor.role, CONTENT_DESCRIPTORS[schedule.entityType as ContentType].publishPermission)) throw new ForbiddenError();
      await manager.update(PublicationSchedule, { id: scheduleId }, { canceledAt: new Date() });
      return true;
    });
  }

  // ------------------------------------------------------------------------------------------

  private async applyEdit(
    manager: EntityManager,
    d: ContentDescriptor,
    id: string,
    expectedVersion: number,
    input: object,
    actor: Actor,
    action: 'UPDATE' | 'RESTORE_REVISION',
  ): Promise<EntryState> {
    const entity = await this.load(manager, d, id);
    if (entity.version !== expectedVersion) throw new VersionConflictError(d.label, entity.version, expectedVersion);
    const refs = new ReferenceResolver(manager);
    const problems = [...d.check(input), ...(await this.keyProblems(manager, d, d.keyOf(input), id))];
    const columns = await d.columns(input, refs);
    const writeLinks = await d.resolveLinks(input, refs);
    throwIfProblems([...problems, ...refs.problems]);
    if (entity.status === PublicationStatus.PUBLISHED) {
      // Validated in full above, but kept as a draft until the entry is published again.
      await this.guardedUpdate(manager, d, entity, { pendingDraft: input as Record<string, unknown> }, actor);
      return this.recordRevision(manager, d, await this.load(manager, d, id), action === 'UPDATE' ? 'UPDATE_DRAFT' : action, actor, entity);
    }
    await this.guardedUpdate(manager, d, entity, { ...columns, pendingDraft: null }, actor);
    await writeLinks(manager, id);
    return this.recordRevision(manager, d, await this.load(manager, d, id), action, actor, entity);
  }

  private async changePublication(
    manager: EntityManager,
    d: ContentDescriptor,
    id: string,
    expectedVersion: number,
    at: Date | null,
    actor: Actor,
    action: 'PUBLISH' | 'UNPUBLISH',
  ): Promise<PublicationResult> {
    if (!roleGrants(actor.role, d.publishPermission)) throw new ForbiddenError();
    const entity = await this.load(manager, d, id, { lock: true });
    if (entity.version !== expectedVersion) throw new VersionConflictError(d.label, entity.version, expectedVersion);
    if (d.type === ContentType.COMPATIBILITY_RULE && entity.lastEditedById === actor.id) {
      throw new EditorialRuleError('A rule is signed off by a reviewer other than its last editor');
    }
    if (at && at.getTime() > Date.now()) {
      const schedule = await manager.getRepository(PublicationSchedule).save({
        entityType: d.type,
        entityId: id,
        action,
        runAt: at,
        expectedVersion,
        requestedById: actor.id,
      });
      return { kind: 'scheduled', schedule };
    }
    if (action === 'UNPUBLISH') {
      if (entity.status !== PublicationStatus.PUBLISHED) throw new EditorialRuleError(`The ${d.label} is not published`);
      await this.setState(manager, d, entity, { status: PublicationStatus.DRAFT }, actor, { keepEditor: true });
      const unpublished = await this.load(manager, d, id);
      await this.emit(manager, d, unpublished, WebhookEvent.ENTRY_UNPUBLISHED, actor);
      return { kind: 'applied', entry: await this.recordRevision(manager, d, unpublished, 'UNPUBLISH', actor, null) };
    }
    if (entity.status === PublicationStatus.PUBLISHED && !entity.pendingDraft) {
      throw new EditorialRuleError(`The ${d.label} is already published and has no pending changes`);
    }
    const changes: Partial<ContentEntity> = { status: PublicationStatus.PUBLISHED, publishedAt: entity.publishedAt ?? new Date() };
    let writeLinks: LinkWriter | null = null;
    if (entity.pendingDraft) {
      // Links may point at entries deleted since the draft was saved: checked again here.
      const draft = entity.pendingDraft;
      const refs = new ReferenceResolver(manager);
      Object.assign(changes, await d.columns(draft, refs), { pendingDraft: null });
      writeLinks = await d.resolveLinks(draft, refs);
      throwIfProblems([...d.check(draft), ...refs.problems]);
    }
    await this.setState(manager, d, entity, changes, actor, { keepEditor: true });
    await writeLinks?.(manager, id);
    const published = await this.load(manager, d, id);
    await this.emit(manager, d, published, WebhookEvent.ENTRY_PUBLISHED, actor);
    return { kind: 'applied', entry: await this.recordRevision(manager, d, published, 'PUBLISH', actor, null) };
  }

  /** Writes `changes` only if nobody changed the entry since it was read (version check in SQL). */
  private async guardedUpdate(
    manager: EntityManager,
    d: ContentDescriptor,
    entity: ContentEntity,
    changes: Partial<ContentEntity>,
    actor: Actor,
  ): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(d.entity)
      .set({ ...changes, lastEditedById: actor.id } as never)
      .where('id = :id AND version = :version', { id: entity.id, version: entity.version })
      .execute();
    if (result.affected === 0) {
      const current = await this.load(manager, d, entity.id, { withDeleted: true });
      throw new VersionConflictError(d.label, current.version, entity.version);
    }
  }

  /** State changes (publish, trash) that are not content edits: the last editor stays who it was. */
  private async setState(
    manager: EntityManager,
    d: ContentDescriptor,
    entity: ContentEntity,
    changes: Partial<ContentEntity>,
    actor: Actor,
    options: { keepEditor?: boolean } = {},
  ): Promise<void> {
    await this.guardedUpdate(manager, d, entity, changes, actor);
    if (options.keepEditor) {
      await manager.query(`UPDATE ${d.table} SET last_edited_by = $2 WHERE id = $1`, [entity.id, entity.lastEditedById]);
    }
  }

  private async keyProblems(manager: EntityManager, d: ContentDescriptor, key: string, id: string | null): Promise<FieldProblem[]> {
    const rows: { deleted: boolean }[] = await manager.query(
      `SELECT deleted_at IS NOT NULL AS deleted FROM ${d.table} WHERE ${d.keyColumn} = $1 AND ($2::uuid IS NULL OR id <> $2)`,
      [key, id],
    );
    if (rows.length === 0) return [];
    return [{ field: `input.${d.keyColumn}`, message: `"${key}" is already used by another ${d.label}${rows[0].deleted ? ' (in the trash)' : ''}` }];
  }

  private async assertUnreferenced(manager: EntityManager, d: ContentDescriptor, id: string, references: ContentDescriptor['references']) {
    const found: { what: string; keys: string[] }[] = [];
    for (const reference of references) {
      const rows: { key: string }[] = await manager.query(reference.sql, [id]);
      if (rows.length > 0) found.push({ what: reference.what, keys: rows.map((row) => row.key) });
    }
    if (found.length > 0) throw new EntryInUseError(d.label, found);
  }

  private async load(
    manager: EntityManager,
    d: ContentDescriptor,
    id: string,
    options: { withDeleted?: boolean; lock?: boolean } = {},
  ): Promise<ContentEntity> {
    const query = manager.getRepository(d.entity).createQueryBuilder('entry').where('entry.id = :id', { id });
    if (options.withDeleted || options.lock) query.withDeleted();
    if (options.lock) query.setLock('pessimistic_write');
    const entity = await query.getOne();
    if (!entity || (entity.deletedAt && !options.withDeleted && !options.lock)) throw new NotFoundError(d.label, id);
    return entity;
  }

  private async state(manager: EntityManager, d: ContentDescriptor, entity: ContentEntity): Promise<EntryState> {
    const live = await d.read(manager, entity);
    return { type: d.type, entity, key: d.keyOf(live), draft: (entity.pendingDraft ?? live) as Record<string, unknown> };
  }

  private async recordRevision(
    manager: EntityManager,
    d: ContentDescriptor,
    entity: ContentEntity,
    action: RevisionAction,
    actor: Actor,
    before: ContentEntity | null,
  ): Promise<EntryState> {
    const after = await this.state(manager, d, entity);
    const previous = before ? (await this.state(manager, d, before)).draft : {};
    const changedFields = Object.keys(after.draft).filter((field) => JSON.stringify(after.draft[field]) !== JSON.stringify(previous[field]));
    await manager.getRepository(Revision).insert({
      entityType: d.type,
      entityId: entity.id,
      version: entity.version,
      action,
      actorId: actor.id,
      changedFields: before || action === 'CREATE' ? changedFields : [],
      snapshot: after.draft as object,
      status: entity.status,
    });
    return after;
  }

  /** Queues the webhook deliveries in the change's own transaction (sent later, never from here). */
  private async emit(manager: EntityManager, d: ContentDescriptor, entity: ContentEntity, type: WebhookEvent, actor: Actor): Promise<void> {
    const { key } = await this.state(manager, d, entity);
    await enqueueWebhookEvent(manager, {
      type,
      entityType: d.typeName,
      entityId: entity.id,
      slugOrCode: key,
      version: entity.version,
      occurredAt: new Date(),
      actorId: actor.id,
    });
  }

  /** One transaction per mutation, with its audit entry; a failure is audited after the rollback. */
  private async audited<T>(
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
        const entityId = id ?? (result as { entity?: ContentEntity })?.entity?.id ?? null;
        await manager.insert(AuditLogEntry, auditEntry(actor, action, type ?? (result as { type?: string })?.type ?? null, entityId, 'SUCCESS', ctx.requestId));
        return result;
      });
      await this.committed();
      return result;
    } catch (caught) {
      const error = type ? explainUniqueViolation(caught, CONTENT_DESCRIPTORS[type]) : caught;
      // With the database away the failure cannot be recorded either: answer at once instead.
      if (isDatabaseUnavailable(error)) throw error;
      await this.dataSource.manager.insert(AuditLogEntry, auditEntry(actor, action, type, id, errorCode(error), ctx.requestId));
      throw error;
    }
  }
}

function actorOf(ctx: RequestContext): Actor {
  if (ctx.viewer.kind !== 'user') throw new UnauthenticatedError();
  return { id: ctx.viewer.userId, email: ctx.viewer.email, role: ctx.viewer.role };
}

function auditEntry(actor: Actor | null, action: string, entityType: string | null, entityId: string | null, outcome: string, requestId: string | null) {
  return { actorId: actor?.id ?? null, actorEmail: actor?.email ?? null, action, entityType, entityId, outcome, requestId };
}

function errorCode(error: unknown): string {
  return error instanceof DomainError ? error.code : 'INTERNAL_SERVER_ERROR';
}

/** Two editors claiming the same new slug at once: the loser hears it like any taken slug. */
function explainUniqueViolation(error: unknown, d: ContentDescriptor): unknown {
  const code = error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
  return code === UNIQUE_VIOLATION ? UserInputError.forField(`input.${d.keyColumn}`, `is already used by another ${d.label}`) : error;
}

function throwIfProblems(problems: FieldProblem[]): void {
  if (problems.length > 0) throw new UserInputError(problems);
}

function pascal(value: string): string {
  return value
    .toLowerCase()
    .split('_')
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('');
}
