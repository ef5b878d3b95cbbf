// What the resolver and the rest of the server call for editorial work. Each concern has its own
// unit: the mutations (editorial-workflow.ts), revisions, the audit log, webhook events for
// entries, scheduled publications, and one transaction per mutation (audited-transactions.ts).
import { DataSource } from 'typeorm';
import { RequestContext } from '../../core/request-context';
import { PublicationSchedule, Revision } from '../../entities';
import { AuditedTransactions } from './audited-transactions';
import { CONTENT_DESCRIPTORS } from './content-types';
import { ContentType } from './content-type';
import { EditorialWorkflow, prepareInput, PublicationResult } from './editorial-workflow';
import { FieldProblem } from '../../core/errors';
import { entryState, EntryState, loadEntry } from './entries';
import { EditorialEntryFilter } from './editorial.args';
import { listEntries } from './entry-list';
import { Page, PageWindow } from '../../graphql/pagination';
import { revisionsOf } from './revisions';
import { ScheduledPublications } from './scheduled-publications';

export class EditorialService {
  private readonly transactions: AuditedTransactions;
  private readonly workflow: EditorialWorkflow;
  private readonly schedules: ScheduledPublications;

  constructor(private readonly dataSource: DataSource) {
    this.transactions = new AuditedTransactions(dataSource);
    this.workflow = new EditorialWorkflow(this.transactions);
    this.schedules = new ScheduledPublications(dataSource, this.transactions, this.workflow);
  }

  /**
   * Calls `listener` after every committed change (before the mutation answers), e.g. so that
   * this instance's response cache notices it at once. Returns the unsubscribe function.
   */
  onContentChanged(listener: () => Promise<void>): () => void {
    return this.transactions.onContentChanged(listener);
  }

  create(ctx: RequestContext, type: ContentType, input: object): Promise<EntryState> {
    return this.workflow.create(ctx, type, input);
  }

  update(ctx: RequestContext, type: ContentType, id: string, expectedVersion: number, input: object): Promise<EntryState> {
    return this.workflow.update(ctx, type, id, expectedVersion, input);
  }

  restoreRevision(ctx: RequestContext, revisionId: string, expectedVersion: number): Promise<EntryState> {
    return this.workflow.restoreRevision(ctx, revisionId, expectedVersion);
  }

  publish(ctx: RequestContext, type: ContentType, id: string, expectedVersion: number, at: Date | null): Promise<PublicationResult> {
    return this.workflow.publish(ctx, type, id, expectedVersion, at);
  }

  unpublish(ctx: RequestContext, type: ContentType, id: string, expectedVersion: number, at: Date | null): Promise<PublicationResult> {
    return this.workflow.unpublish(ctx, type, id, expectedVersion, at);
  }

  /** Moves an entry to the trash (restorable). Refused while other live entries still use it. */
  trash(ctx: RequestContext, type: ContentType, id: string): Promise<EntryState> {
    return this.workflow.trash(ctx, type, id);
  }

  restoreFromTrash(ctx: RequestContext, type: ContentType, id: string): Promise<EntryState> {
    return this.workflow.restoreFromTrash(ctx, type, id);
  }

  /** Deletes a trashed entry for good (ADMIN). Its revisions stay, as history. */
  purge(ctx: RequestContext, type: ContentType, id: string): Promise<boolean> {
    return this.workflow.purge(ctx, type, id);
  }

  async entry(_ctx: RequestContext, type: ContentType, id: string): Promise<EntryState> {
    const d = CONTENT_DESCRIPTORS[type];
    const manager = this.dataSource.manager;
    return entryState(manager, d, await loadEntry(manager, d, id, { withDeleted: true }));
  }

  /** A page of entries of one type as editors see them (see entry-list.ts). */
  async list(_ctx: RequestContext, type: ContentType, filter: EditorialEntryFilter, window: PageWindow): Promise<Page<EntryState>> {
    const d = CONTENT_DESCRIPTORS[type];
    const manager = this.dataSource.manager;
    const page = await listEntries(manager, d, filter, window);
    const states = await Promise.all(page.edges.map(({ node }) => entryState(manager, d, node)));
    return { ...page, edges: page.edges.map((edge, index) => ({ cursor: edge.cursor, node: states[index] })) };
  }

  /** What saving `input` (as a new entry, or as entry `id`) would refuse; nothing is saved. */
  async validate(_ctx: RequestContext, type: ContentType, input: object, id: string | null): Promise<FieldProblem[]> {
    return (await prepareInput(this.dataSource.manager, CONTENT_DESCRIPTORS[type], input, id)).problems;
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
    return Promise.all(entities.map((entity) => entryState(manager, d, entity)));
  }

  revisions(_ctx: RequestContext, type: ContentType, id: string): Promise<Revision[]> {
    return revisionsOf(this.dataSource, type, id);
  }

  /** Carries out due scheduled publications; each is claimed by one instance and applied once. */
  runDueSchedules(now = new Date(), batchSize = 20): Promise<number> {
    return this.schedules.runDue(now, batchSize);
  }

  /** Pending scheduled publications, soonest first. */
  scheduled(_ctx: RequestContext): Promise<PublicationSchedule[]> {
    return this.schedules.pending();
  }

  /** Cancels a pending schedule; needs the same permission as the change it would make. */
  cancelSchedule(ctx: RequestContext, scheduleId: string): Promise<boolean> {
    return this.schedules.cancel(ctx, scheduleId);
  }
}
