// The content revision this instance caches responses under: a number in PostgreSQL that every
// write to a content table bumps in its own transaction (migration ContentRevision), read by a
// poll every CACHE_REVISION_POLL_MS and right after this instance commits an editorial change.
// Cached responses are keyed by it, so a commit (through any instance, the scheduler, or psql)
// makes every response cached before it unreachable: here at once, elsewhere within one poll.
import { DataSource } from 'typeorm';

interface RevisionLogger {
  warn(details: Record<string, unknown>, message: string): void;
  info(details: Record<string, unknown>, message: string): void;
}

export class ContentRevision {
  private value: bigint | null = null;
  private readAt = 0;
  private timer: NodeJS.Timeout | null = null;
  private polling = false;
  private healthy = true;

  constructor(
    private readonly dataSource: DataSource,
    private readonly pollMs: number,
    private readonly logger: RevisionLogger,
  ) {}

  async start(): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => {
      // One poll at a time: a slow database must not pile them up.
      if (this.polling) return;
      this.polling = true;
      void this.refresh().finally(() => (this.polling = false));
    }, this.pollMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /**
   * The revision to key cached responses by, or null when it was not read successfully lately
   * (the database is unreachable): then nothing is read from or written to the cache, since an
   * edit committed meanwhile could not be noticed.
   */
  current(): string | null {
    if (this.value === null || Date.now() - this.readAt > Math.max(3 * this.pollMs, 2000)) return null;
    return this.value.toString();
  }

  /** Reads the revision now (call it after a commit, so this instance's next request sees the change). */
  async refresh(): Promise<void> {
    try {
      const [{ revision }]: { revision: string }[] = await this.dataSource.query(
        'SELECT revision::text AS revision FROM content_revision WHERE id = 1',
      );
      const read = BigInt(revision);
      // Revisions only grow: a slower, older read must not take the cache back.
      if (this.value === null || read > this.value) this.value = read;
      this.readAt = Date.now();
      if (!this.healthy) this.logger.info({}, 'content revision readable again: anonymous responses are cached again');
      this.healthy = true;
    } catch (error) {
      if (this.healthy) {
        this.logger.warn(
          { err: error instanceof Error ? error.message : String(error) },
          'content revision unreadable: anonymous responses are not cached until it is',
        );
      }
      this.healthy = false;
    }
  }
}
