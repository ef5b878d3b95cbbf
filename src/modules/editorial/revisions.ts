// Every change leaves a revision: the entry's editable state after it, what changed, and who
// changed it. A revision's snapshot is what restoring it applies again.
import { DataSource, EntityManager } from 'typeorm';
import { Revision } from '../../entities';
import { ContentEntity } from '../../entities/content-base';
import { Actor } from './actor';
import { ContentDescriptor } from './content-types/content-descriptor';
import { ContentType } from './content-type';
import { NotFoundError } from './editorial.errors';
import { entryState, EntryState } from './entries';

export type RevisionAction = 'CREATE' | 'UPDATE' | 'UPDATE_DRAFT' | 'RESTORE_REVISION' | 'PUBLISH' | 'UNPUBLISH' | 'DELETE' | 'RESTORE' | 'PURGE';

/**
 * Stores the entry's state after `action` and returns that state. `before` is the editable state
 * read before the change (an edit's), against which the changed fields are listed; null for
 * changes of state, which change no field.
 */
export async function recordRevision(
  manager: EntityManager,
  d: ContentDescriptor,
  entity: ContentEntity,
  action: RevisionAction,
  actor: Actor,
  before: Record<string, unknown> | null,
): Promise<EntryState> {
  const after = await entryState(manager, d, entity);
  const previous = before ?? {};
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

/** The revision to restore, read in the restoring transaction. */
export async function revisionToRestore(manager: EntityManager, revisionId: string): Promise<Revision> {
  const revision = await manager.getRepository(Revision).findOneBy({ id: revisionId });
  if (!revision) throw new NotFoundError('revision', revisionId);
  return revision;
}

/** An entry's revisions, newest first. */
export function revisionsOf(dataSource: DataSource, type: ContentType, id: string): Promise<Revision[]> {
  return dataSource.getRepository(Revision).find({
    where: { entityType: type, entityId: id },
    order: { version: 'DESC', createdAt: 'DESC' },
  });
}
