import { Logger } from '../../logger';
import { EditorialService } from './editorial.service';

/**
 * Polls for due scheduled publications. Schedules live in PostgreSQL, so they survive restarts;
 * each due row is claimed with FOR UPDATE SKIP LOCKED and marked done in the same transaction as
 * the change, so it fires once however many instances run.
 */
export class PublicationScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly editorial: EditorialService,
    private readonly intervalMs: number,
    private readonly logger: Logger,
  ) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.runOnce(), this.intervalMs);
    this.timer.unref();
  }

  /** Runs one pass unless one is already running; resolves when it ends. */
  runOnce(): Promise<void> {
    this.running ??= this.editorial
      .runDueSchedules()
      .then((count) => {
        if (count > 0) this.logger.info({ count }, 'scheduled publications carried out');
      })
      .catch((error: unknown) => this.logger.error({ err: error }, 'scheduled publications failed'))
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
