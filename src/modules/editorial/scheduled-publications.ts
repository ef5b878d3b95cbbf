// Publications scheduled for later: carrying out the due ones (PublicationScheduler polls for
// them), listing the pending ones, cancelling one.
import { DataSource } from 'typeorm';
import { RequestContext } from '../../core/request-context';
import { PublicationSchedule } from '../../entities';
import { Actor } from './actor';
import { AUDIT_SUCCESS, auditOutcome, recordAudit } from './audit';
import { AuditedTransactions } from './audited-transactions';
import { CONTENT_DESCRIPTORS } from './content-types';
import { ContentType } from './content-type';
import { EditorialRuleError, NotFoundError } from './editorial.errors';
import { EditorialWorkflow, PublicationAction } from './editorial-workflow';
import { assertMayChange } from './sign-off';

/** The audit log's action for a schedule carried out. */
const SCHEDULED_ACTIONS: Record<PublicationAction, string> = { PUBLISH: 'scheduledPublish', UNPUBLISH: 'scheduledUnpublish' };

export class ScheduledPublications {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: AuditedTransactions,
    private readonly workflow: EditorialWorkflow,
  ) {}

  /** Carries out due scheduled publications; each is claimed by one instance and applied once. */
  async runDue(now: Date, batchSize: number): Promise<number> {
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
        const action = schedule.action as PublicationAction;
        const audit = { action: SCHEDULED_ACTIONS[action], entityType: schedule.entityType, entityId: schedule.entityId, requestId: null };
        await manager.query('SAVEPOINT scheduled_publication');
        let error: string | null = null;
        try {
          const [user] = await manager.query<(Actor & { disabled: boolean })[]>('SELECT id, email, role, disabled FROM staff_user WHERE id = $1', [
            schedule.requestedById,
          ]);
          if (!user || user.disabled) throw new EditorialRuleError('the user who scheduled it no longer exists or is disabled');
          const d = CONTENT_DESCRIPTORS[schedule.entityType as ContentType];
          await this.workflow.changePublication(manager, d, schedule.entityId, schedule.expectedVersion, null, user, action);
          await recordAudit(manager, { ...audit, actor: user, outcome: AUDIT_SUCCESS });
          await manager.query('RELEASE SAVEPOINT scheduled_publication');
        } catch (cause) {
          await manager.query('ROLLBACK TO SAVEPOINT scheduled_publication');
          error = cause instanceof Error ? cause.message : String(cause);
          await recordAudit(manager, { ...audit, actor: null, outcome: auditOutcome(cause) });
        }
        await manager.update(PublicationSchedule, { id: schedule.id }, { doneAt: new Date(), error });
      }
      return due.length;
    });
    if (done > 0) await this.transactions.committed();
    return done;
  }

  /** Pending scheduled publications, soonest first. */
  pending(): Promise<PublicationSchedule[]> {
    return this.dataSource
      .getRepository(PublicationSchedule)
      .createQueryBuilder('schedule')
      .where('schedule.done_at IS NULL AND schedule.canceled_at IS NULL')
      .orderBy('schedule.run_at')
      .getMany();
  }

  /** Cancels a pending schedule; needs the same permission as the change it would make. */
  cancel(ctx: RequestContext, scheduleId: string): Promise<boolean> {
    return this.transactions.run(ctx, 'cancelScheduledPublication', null, null, async (manager, actor) => {
      const schedule = await manager
        .getRepository(PublicationSchedule)
        .createQueryBuilder('schedule')
        .where('schedule.id = :scheduleId AND schedule.done_at IS NULL AND schedule.canceled_at IS NULL', { scheduleId })
        .setLock('pessimistic_write')
        .getOne();
      if (!schedule) throw new NotFoundError('pending scheduled publication', scheduleId);
      const d = CONTENT_DESCRIPTORS[schedule.entityType as ContentType];
      assertMayChange(actor, d, `Cancelling a scheduled change to a ${d.label}`, true);
      await manager.update(PublicationSchedule, { id: scheduleId }, { canceledAt: new Date() });
      return true;
    });
  }
}
