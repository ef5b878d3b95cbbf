// Reading and writing one entry of any content type inside a change's transaction: the
// version-guarded update, the key and reference checks, and the entry as editors see it.
import { EntityManager } from 'typeorm';
import { FieldProblem } from '../../core/errors';
import { ContentEntity } from '../../entities/content-base';
import { Actor } from './actor';
import { ContentDescriptor, referrersSql } from './content-types/content-descriptor';
import { ContentType } from './content-type';
import { EntryInUseError, NotFoundError, VersionConflictError } from './editorial.errors';

export interface EntryState {
  type: ContentType;
  entity: ContentEntity;
  key: string;
  /** Pending draft, or the live editable state when there is none. */
  draft: Record<string, unknown>;
}

export async function loadEntry(
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

export async function entryState(manager: EntityManager, d: ContentDescriptor, entity: ContentEntity): Promise<EntryState> {
  const live = await d.read(manager, entity);
  return { type: d.type, entity, key: keyOfEntry(d, entity), draft: (entity.pendingDraft ?? live) as Record<string, unknown> };
}

/** An entry's slug, key or code, from its own column. */
export function keyOfEntry(d: ContentDescriptor, entity: ContentEntity): string {
  return (entity as unknown as Record<string, string>)[d.keyColumn];
}

/** Writes `changes` only if nobody changed the entry since it was read (version check in SQL). */
export async function guardedUpdate(
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
    const current = await loadEntry(manager, d, entity.id, { withDeleted: true });
    throw new VersionConflictError(d.label, current.version, entity.version);
  }
}

/** State changes (publish, trash) that are not content edits: the last editor stays who it was. */
export async function setState(
  manager: EntityManager,
  d: ContentDescriptor,
  entity: ContentEntity,
  changes: Partial<ContentEntity>,
  actor: Actor,
  options: { keepEditor?: boolean } = {},
): Promise<void> {
  await guardedUpdate(manager, d, entity, changes, actor);
  if (options.keepEditor) {
    await manager.query(`UPDATE ${d.table} SET last_edited_by = $2 WHERE id = $1`, [entity.id, entity.lastEditedById]);
  }
}

/** A problem when `key` is taken by another entry of the type (trashed ones included). */
export async function keyProblems(manager: EntityManager, d: ContentDescriptor, key: string, id: string | null): Promise<FieldProblem[]> {
  const rows: { deleted: boolean }[] = await manager.query(
    `SELECT deleted_at IS NOT NULL AS deleted FROM ${d.table} WHERE ${d.keyColumn} = $1 AND ($2::uuid IS NULL OR id <> $2)`,
    [key, id],
  );
  if (rows.length > 0) {
    return [{ field: `input.${d.keyColumn}`, message: `"${key}" is already used by another ${d.label}${rows[0].deleted ? ' (in the trash)' : ''}` }];
  }
  return SLUG_HISTORY_TABLES.has(d.table) ? oldSlugProblems(manager, d, key, id) : [];
}

/** Tables whose entries keep their old slugs (see the SeoAndSlugHistory migration). */
const SLUG_HISTORY_TABLES: ReadonlySet<string> = new Set(['product', 'article', 'treatment']);

/** An old slug leads to its entry (old links, redirects): another entry taking it would take over those links. */
async function oldSlugProblems(manager: EntityManager, d: ContentDescriptor, slug: string, id: string | null): Promise<FieldProblem[]> {
  const rows: { slug: string }[] = await manager.query(
    `SELECT e.slug FROM slug_history h JOIN ${d.table} e ON e.id = h.entity_id
     WHERE h.entity_type = $1 AND h.slug = $2 AND ($3::uuid IS NULL OR h.entity_id <> $3)`,
    [d.table, slug, id],
  );
  if (rows.length === 0) return [];
  return [
    {
      field: 'input.slug',
      message: `"${slug}" was the slug of the ${d.label} now at "${rows[0].slug}", and old links to it lead there: choose another`,
    },
  ];
}

/** Refuses (ENTRY_IN_USE) while other entries point at this one; trashed ones count too when it is to be purged. */
export async function assertUnreferenced(manager: EntityManager, d: ContentDescriptor, id: string, includeTrashed: boolean): Promise<void> {
  const found: { what: string; keys: string[] }[] = [];
  for (const reference of d.references) {
    const rows: { key: string }[] = await manager.query(referrersSql(reference, includeTrashed), [id]);
    if (rows.length > 0) found.push({ what: reference.what, keys: rows.map((row) => row.key) });
  }
  if (found.length > 0) throw new EntryInUseError(d.label, found);
}
