// The review queue: entries of the types whose publication needs a reviewer's sign-off (see
// sign-off.ts) with a change waiting, across every such type, most recently changed first. Each
// comes with its published and draft versions, a field-by-field diff, and whether the viewer may
// sign it off (a reviewer other than its last editor, as publishEntry requires).
import { DataSource, In } from 'typeorm';
import { RequestContext } from '../../core/request-context';
import { Permission, roleGrants } from '../../core/roles';
import { PublicationStatus } from '../../domain/enums';
import { ContentEntity } from '../../entities/content-base';
import { SqlWhere } from '../../graphql/keyset';
import { KeysetCursor, Page, pagePlan, toPage } from '../../graphql/pagination';
import { KNOWLEDGE_IMPORT_ACTOR } from '../editorial/actor';
import { CONTENT_DESCRIPTORS } from '../editorial/content-types';
import { ContentDescriptor } from '../editorial/content-types/content-descriptor';
import { ContentType } from '../editorial/content-type';
import { keyOfEntry } from '../editorial/entries';
import { diffFields } from './field-diff';
import { ReviewQueueArgs } from './review.args';
import { ReviewChange } from './review.types';

export const SIGN_OFF_TYPES: readonly ContentDescriptor[] = Object.values(CONTENT_DESCRIPTORS).filter((d) => d.signOff);

/** An entry waiting for sign-off, before the resolver adds names. */
export interface ReviewItem {
  type: ContentType;
  entity: ContentEntity;
  key: string;
  change: ReviewChange;
  fromKnowledgeImport: boolean;
  changedAt: Date;
  publishedContent: Record<string, unknown> | null;
  draftContent: Record<string, unknown>;
  changes: ReturnType<typeof diffFields>;
  canSignOff: boolean;
  signOffRefusal: string | null;
}

interface QueueRow {
  type: ContentType;
  id: string;
  changedAt: Date;
}

/** Waiting: a published entry with a pending draft, or a draft (never published, or taken off). */
const WAITING = `deleted_at IS NULL AND (pending_draft IS NOT NULL OR status = '${PublicationStatus.DRAFT}')`;

const QUEUE_SQL = SIGN_OFF_TYPES.map(
  (d) => `SELECT '${d.type}'::text AS type, id, date_trunc('milliseconds', updated_at) AS changed_at FROM ${d.table} WHERE ${WAITING}`,
).join(' UNION ALL ');

export class ReviewQueue {
  constructor(private readonly dataSource: DataSource) {}

  async page(ctx: RequestContext, args: ReviewQueueArgs): Promise<Page<ReviewItem>> {
    const plan = pagePlan(args);
    const filter = new SqlWhere();
    if (args.types?.length) filter.and(`type = ANY(${filter.param(args.types)})`);
    const countSql = `SELECT count(*)::int AS count FROM (${QUEUE_SQL}) queue WHERE ${filter}`;
    const countParams = [...filter.params];
    // Newest first; (changed_at, id) after a cursor is smaller, before one greater.
    if (plan.after) filter.and(`(changed_at, id) < (${filter.param(plan.after[0])}::timestamptz, ${filter.param(plan.after[1])}::uuid)`);
    if (plan.before) filter.and(`(changed_at, id) > (${filter.param(plan.before[0])}::timestamptz, ${filter.param(plan.before[1])}::uuid)`);
    const direction = plan.backwards ? 'ASC' : 'DESC';
    const rows: QueueRow[] = await this.dataSource.query(
      `SELECT type, id, changed_at AS "changedAt" FROM (${QUEUE_SQL}) queue WHERE ${filter}
       ORDER BY changed_at ${direction}, id ${direction} LIMIT ${plan.size + 1}`,
      filter.params,
    );
    const items = await this.items(ctx, rows);
    const cursorOf = (item: ReviewItem): KeysetCursor => [item.changedAt.toISOString(), item.entity.id];
    return toPage(items, plan, cursorOf, async () => {
      const [{ count }]: { count: number }[] = await this.dataSource.query(countSql, countParams);
      return count;
    });
  }

  /** The rows' entries, in the rows' order, read with their links. */
  private async items(ctx: RequestContext, rows: QueueRow[]): Promise<ReviewItem[]> {
    const manager = this.dataSource.manager;
    const entities = new Map<string, ContentEntity>();
    for (const d of SIGN_OFF_TYPES) {
      const ids = rows.filter((row) => row.type === d.type).map((row) => row.id);
      if (ids.length === 0) continue;
      for (const entity of await manager.getRepository(d.entity).findBy({ id: In(ids) })) entities.set(entity.id, entity);
    }
    // An entry published or trashed between the two statements has left the queue.
    const waiting = rows.filter((row) => entities.has(row.id));
    return Promise.all(
      waiting.map(async ({ type, id, changedAt }) => {
        const d = CONTENT_DESCRIPTORS[type];
        const entity = entities.get(id)!;
        const live = (await d.read(manager, entity)) as Record<string, unknown>;
        const isEdit = entity.status === PublicationStatus.PUBLISHED;
        const publishedContent = isEdit ? live : null;
        const draftContent = entity.pendingDraft ?? live;
        const refusal = signOffRefusal(ctx, d, entity);
        return {
          type,
          entity,
          key: keyOfEntry(d, entity),
          change: isEdit ? ReviewChange.EDIT : ReviewChange.NEW,
          fromKnowledgeImport: entity.lastEditedById === KNOWLEDGE_IMPORT_ACTOR.id,
          changedAt,
          publishedContent,
          draftContent,
          changes: diffFields(publishedContent, draftContent),
          canSignOff: refusal === null,
          signOffRefusal: refusal,
        };
      }),
    );
  }
}

/** Why the viewer may not publish the entry, worded for them; null when they may (the checks of publishEntry). */
function signOffRefusal(ctx: RequestContext, d: ContentDescriptor, entity: ContentEntity): string | null {
  const { viewer } = ctx;
  if (viewer.kind !== 'user' || !roleGrants(viewer.role, Permission.APPROVE_RULES)) {
    return `Only a reviewer (REVIEWER or ADMIN) signs off a ${d.label}; editors can read the queue.`;
  }
  if (entity.lastEditedById === viewer.userId) {
    return `You made the last change to this ${d.label}, so another reviewer must sign it off.`;
  }
  return null;
}
