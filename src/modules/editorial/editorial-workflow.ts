// The editorial mutations, one transaction each (see AuditedTransactions): validated, guarded by
// the version the editor saw, recorded as a revision. Edits to a published entry wait as a pending
// draft until it is published again, so storefronts and the engine only ever see approved content.
import { EntityManager } from 'typeorm';
import { FieldProblem, UserInputError } from '../../core/errors';
import { RequestContext } from '../../core/request-context';
import { PublicationStatus } from '../../domain/enums';
import { WebhookEvent } from '../../domain/webhook-event';
import { PublicationSchedule } from '../../entities';
import { ContentEntity } from '../../entities/content-base';
import { Actor, KNOWLEDGE_IMPORT_ACTOR } from './actor';
import { AuditedTransactions } from './audited-transactions';
import { explainForeignKeyViolation } from './constraint-violations';
import { CONTENT_DESCRIPTORS } from './content-types';
import { ContentDescriptor, LinkWriter, ReferenceResolver } from './content-types/content-descriptor';
import { ContentType } from './content-type';
import { EditorialRuleError, VersionConflictError } from './editorial.errors';
import { assertUnreferenced, entryState, EntryState, guardedUpdate, keyProblems, loadEntry, setState } from './entries';
import { emitEntryEvent } from './entry-events';
import { recordRevision, revisionToRestore } from './revisions';
import { assertMayChange } from './sign-off';

export type PublicationResult = { kind: 'applied'; entry: EntryState } | { kind: 'scheduled'; schedule: PublicationSchedule };

export type PublicationAction = 'PUBLISH' | 'UNPUBLISH';

/** How a refused publication change is named to the caller. */
const PUBLICATION_CHANGES: Record<PublicationAction, string> = { PUBLISH: 'Publishing', UNPUBLISH: 'Unpublishing' };

export class EditorialWorkflow {
  constructor(private readonly transactions: AuditedTransactions) {}

  create(ctx: RequestContext, type: ContentType, input: object): Promise<EntryState> {
    const d = CONTENT_DESCRIPTORS[type];
    return this.transactions.run(ctx, `create${d.typeName}`, type, null, (manager, actor) => this.createEntry(manager, d, input, actor));
  }

  update(ctx: RequestContext, type: ContentType, id: string, expectedVersion: number, input: object): Promise<EntryState> {
    const d = CONTENT_DESCRIPTORS[type];
    return this.transactions.run(ctx, `update${d.typeName}`, type, id, (manager, actor) =>
      this.applyEdit(manager, d, id, expectedVersion, input, actor, 'UPDATE'),
    );
  }

  restoreRevision(ctx: RequestContext, revisionId: string, expectedVersion: number): Promise<EntryState> {
    return this.transactions.run(ctx, 'restoreRevision', null, null, async (manager, actor) => {
      const revision = await revisionToRestore(manager, revisionId);
      const d = CONTENT_DESCRIPTORS[revision.entityType as ContentType];
      return this.applyEdit(manager, d, revision.entityId, expectedVersion, revision.snapshot, actor, 'RESTORE_REVISION');
    });
  }

  publish(ctx: RequestContext, type: ContentType, id: string, expectedVersion: number, at: Date | null): Promise<PublicationResult> {
    return this.transactions.run(ctx, 'publishEntry', type, id, (manager, actor) =>
      this.changePublication(manager, CONTENT_DESCRIPTORS[type], id, expectedVersion, at, actor, 'PUBLISH'),
    );
  }

  unpublish(ctx: RequestContext, type: ContentType, id: string, expectedVersion: number, at: Date | null): Promise<PublicationResult> {
    return this.transactions.run(ctx, 'unpublishEntry', type, id, (manager, actor) =>
      this.changePublication(manager, CONTENT_DESCRIPTORS[type], id, expectedVersion, at, actor, 'UNPUBLISH'),
    );
  }

  /**
   * Moves an entry to the trash (restorable). Refused while other live entries still use it; a
   * published entry of a sign-off type needs a reviewer.
   */
  trash(ctx: RequestContext, type: ContentType, id: string): Promise<EntryState> {
    return this.transactions.run(ctx, 'deleteEntry', type, id, async (manager, actor) => {
      const d = CONTENT_DESCRIPTORS[type];
      const entity = await loadEntry(manager, d, id, { lock: true });
      assertMayChange(actor, d, `Trashing a published ${d.label}`, isPublished(entity));
      if (entity.deletedAt) throw new EditorialRuleError(`The ${d.label} is already in the trash`);
      await assertUnreferenced(manager, d, id, false);
      await setState(manager, d, entity, { deletedAt: new Date() }, actor);
      const deleted = await loadEntry(manager, d, id, { withDeleted: true });
      await emitEntryEvent(manager, d, deleted, WebhookEvent.ENTRY_DELETED, actor);
      return recordRevision(manager, d, deleted, 'DELETE', actor, null);
    });
  }

  /** Brings an entry back from the trash as it was: one trashed while published is live again, so it needs what trashing it did. */
  restoreFromTrash(ctx: RequestContext, type: ContentType, id: string): Promise<EntryState> {
    return this.transactions.run(ctx, 'restoreEntry', type, id, async (manager, actor) => {
      const d = CONTENT_DESCRIPTORS[type];
      const entity = await loadEntry(manager, d, id, { withDeleted: true, lock: true });
      assertMayChange(actor, d, `Restoring a published ${d.label} from the trash`, isPublished(entity));
      if (!entity.deletedAt) throw new EditorialRuleError(`The ${d.label} is not in the trash`);
      await setState(manager, d, entity, { deletedAt: null }, actor);
      const restored = await loadEntry(manager, d, id);
      // Receivers that dropped the entry on ENTRY_DELETED learn that it is live again.
      if (isPublished(restored)) await emitEntryEvent(manager, d, restored, WebhookEvent.ENTRY_RESTORED, actor);
      return recordRevision(manager, d, restored, 'RESTORE', actor, null);
    });
  }

  /** Deletes a trashed entry for good (ADMIN). Its revisions stay, as history. */
  purge(ctx: RequestContext, type: ContentType, id: string): Promise<boolean> {
    return this.transactions.run(ctx, 'purgeEntry', type, id, async (manager, actor) => {
      const d = CONTENT_DESCRIPTORS[type];
      const entity = await loadEntry(manager, d, id, { withDeleted: true, lock: true });
      assertMayChange(actor, d, `Purging a published ${d.label}`, isPublished(entity));
      if (!entity.deletedAt) throw new EditorialRuleError(`Move the ${d.label} to the trash before deleting it permanently`);
      await assertUnreferenced(manager, d, id, true);
      await recordRevision(manager, d, entity, 'PURGE', actor, null);
      await manager.query(`UPDATE publication_schedule SET canceled_at = now() WHERE entity_id = $1 AND done_at IS NULL AND canceled_at IS NULL`, [
        id,
      ]);
      try {
        await manager.query(`DELETE FROM ${d.table} WHERE id = $1`, [id]);
      } catch (error) {
        throw explainForeignKeyViolation(error, d);
      }
      return true;
    });
  }

  /**
   * Publishes or unpublishes now, or schedules it when `at` is in the future; for a sign-off type
   * `actor` must be a reviewer other than the entry's last editor. Runs in the caller's transaction
   * (a mutation's, or a due schedule's, which is checked again for whoever scheduled it).
   */
  async changePublication(
    manager: EntityManager,
    d: ContentDescriptor,
    id: string,
    expectedVersion: number,
    at: Date | null,
    actor: Actor,
    action: PublicationAction,
  ): Promise<PublicationResult> {
    // Either one changes what plans see, a first publication included.
    assertMayChange(actor, d, `${PUBLICATION_CHANGES[action]} a ${d.label}`, true);
    const entity = await loadEntry(manager, d, id, { lock: true });
    if (entity.version !== expectedVersion) throw new VersionConflictError(d.label, entity.version, expectedVersion);
    // The import creates and publishes the shipped knowledge on an empty database only (see knowledge-import.ts).
    if (d.signOff && entity.lastEditedById === actor.id && actor !== KNOWLEDGE_IMPORT_ACTOR) {
      throw new EditorialRuleError(`A ${d.label} is signed off by a reviewer other than its last editor`);
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
      await setState(manager, d, entity, { status: PublicationStatus.DRAFT }, actor, { keepEditor: true });
      const unpublished = await loadEntry(manager, d, id);
      await emitEntryEvent(manager, d, unpublished, WebhookEvent.ENTRY_UNPUBLISHED, actor);
      return { kind: 'applied', entry: await recordRevision(manager, d, unpublished, 'UNPUBLISH', actor, null) };
    }
    if (entity.status === PublicationStatus.PUBLISHED && !entity.pendingDraft) {
      throw new EditorialRuleError(`The ${d.label} is already published and has no pending changes`);
    }
    const now = new Date();
    const changes: Partial<ContentEntity> = { status: PublicationStatus.PUBLISHED, publishedAt: entity.publishedAt ?? now, lastPublishedAt: now };
    let writeLinks: LinkWriter | null = null;
    if (entity.pendingDraft) {
      // Links may point at entries deleted since the draft was saved: checked again here.
      const draft = entity.pendingDraft;
      const refs = new ReferenceResolver(manager);
      Object.assign(changes, await d.columns(draft, refs), { pendingDraft: null });
      writeLinks = await d.resolveLinks(draft, refs);
      throwIfProblems([...d.check(draft), ...refs.problems]);
    }
    await setState(manager, d, entity, changes, actor, { keepEditor: true });
    await writeLinks?.(manager, id);
    const published = await loadEntry(manager, d, id);
    await emitEntryEvent(manager, d, published, WebhookEvent.ENTRY_PUBLISHED, actor);
    return { kind: 'applied', entry: await recordRevision(manager, d, published, 'PUBLISH', actor, null) };
  }

  /** Creates a draft in the caller's transaction (a mutation's, or the knowledge import's). */
  async createEntry(manager: EntityManager, d: ContentDescriptor, input: object, actor: Actor): Promise<EntryState> {
    const { problems, columns, writeLinks } = await prepareInput(manager, d, input, null);
    throwIfProblems(problems);
    const inserted = await manager.getRepository(d.entity).insert({ ...columns, status: PublicationStatus.DRAFT, lastEditedById: actor.id } as never);
    const id = inserted.identifiers[0].id as string;
    await writeLinks(manager, id);
    return recordRevision(manager, d, await loadEntry(manager, d, id), 'CREATE', actor, null);
  }

  /** Edits in the caller's transaction; a published entry keeps its content and gets the edit as a pending draft. */
  async applyEdit(
    manager: EntityManager,
    d: ContentDescriptor,
    id: string,
    expectedVersion: number,
    input: object,
    actor: Actor,
    action: 'UPDATE' | 'RESTORE_REVISION',
  ): Promise<EntryState> {
    const entity = await loadEntry(manager, d, id);
    if (entity.version !== expectedVersion) throw new VersionConflictError(d.label, entity.version, expectedVersion);
    // Read before anything is written: the links are replaced below.
    const before = (await entryState(manager, d, entity)).draft;
    const { problems, columns, writeLinks } = await prepareInput(manager, d, input, id);
    throwIfProblems(problems);
    if (entity.status === PublicationStatus.PUBLISHED) {
      // Validated in full above, but kept as a draft until the entry is published again.
      await guardedUpdate(manager, d, entity, { pendingDraft: input as Record<string, unknown> }, actor);
      return recordRevision(manager, d, await loadEntry(manager, d, id), action === 'UPDATE' ? 'UPDATE_DRAFT' : action, actor, before);
    }
    await guardedUpdate(manager, d, entity, { ...columns, pendingDraft: null }, actor);
    await writeLinks(manager, id);
    return recordRevision(manager, d, await loadEntry(manager, d, id), action, actor, before);
  }
}

/**
 * Checks an input as a create (`id` null) or an edit of entry `id` would, and resolves what it would
 * write; nothing is written. Its problems are what the save would refuse.
 */
export async function prepareInput(
  manager: EntityManager,
  d: ContentDescriptor,
  input: object,
  id: string | null,
): Promise<{ problems: FieldProblem[]; columns: Partial<ContentEntity>; writeLinks: LinkWriter }> {
  const refs = new ReferenceResolver(manager);
  const problems = [...d.check(input), ...(await keyProblems(manager, d, d.keyOf(input), id))];
  const columns = await d.columns(input, refs);
  const writeLinks = await d.resolveLinks(input, refs);
  return { problems: [...problems, ...refs.problems], columns, writeLinks };
}

/** Live, or was live when it went to the trash (trashing keeps the status). */
function isPublished(entity: ContentEntity): boolean {
  return entity.status === PublicationStatus.PUBLISHED;
}

function throwIfProblems(problems: FieldProblem[]): void {
  if (problems.length > 0) throw new UserInputError(problems);
}
