import { DataSource } from 'typeorm';
import { TooManyRequestsError } from '../../core/errors';

/** Namespace for this module's advisory locks (first half of PostgreSQL's two-int lock key). */
const ADVISORY_LOCK_NAMESPACE = 0x6c6f67; // "log"
/** Old rows deleted per attempt; enough to keep the table at the size of one window. */
const SWEEP_BATCH = 200;

export interface ThrottleLimits {
  maxFailures: number;
  windowSeconds: number;
}

export function accountKey(email: string): string {
  return `account:${email}`;
}

export function addressKey(address: string): string {
  return `address:${address}`;
}

/**
 * Failed sign-ins per key (an account, a client address) over a sliding window, in PostgreSQL so
 * every instance enforces the same limit. An attempt is recorded as a failure *before* the
 * password is checked and forgotten when it succeeds, so parallel guesses cannot slip past the
 * limit; per-key advisory locks make check-and-record atomic across instances.
 */
export class LoginThrottle {
  constructor(
    private readonly dataSource: DataSource,
    private readonly limits: ThrottleLimits,
  ) {}

  /**
   * Records an attempt under every key and returns the rows' ids, or throws TOO_MANY_REQUESTS
   * (recording nothing) when any key already has the maximum of failures in the window.
   */
  async begin(keys: string[]): Promise<string[]> {
    const sorted = [...new Set(keys)].sort();
    const { maxFailures, windowSeconds } = this.limits;
    return this.dataSource.transaction(async (manager) => {
      for (const key of sorted) {
        await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [ADVISORY_LOCK_NAMESPACE, key]);
      }
      await manager.query(
        `DELETE FROM login_failure WHERE id IN (
           SELECT id FROM login_failure WHERE failed_at <= now() - make_interval(secs => $1) LIMIT ${SWEEP_BATCH})`,
        [windowSeconds],
      );
      // The maxFailures-th most recent failure of a key: when it leaves the window, the key may try again.
      const blocked: { retry_after: number }[] = await manager.query(
        `SELECT ceil(extract(epoch FROM failed_at + make_interval(secs => $2) - now()))::int AS retry_after
           FROM (SELECT failed_at, row_number() OVER (PARTITION BY key ORDER BY failed_at DESC) AS n
                   FROM login_failure
                  WHERE key = ANY($1) AND failed_at > now() - make_interval(secs => $2)) recent
          WHERE n = $3`,
        [sorted, windowSeconds, maxFailures],
      );
      if (blocked.length > 0) {
        throw new TooManyRequestsError(Math.max(1, ...blocked.map((row) => row.retry_after)));
      }
      const inserted: { id: string }[] = await manager.query('INSERT INTO login_failure (key) SELECT unnest($1::varchar[]) RETURNING id', [sorted]);
      return inserted.map((row) => String(row.id));
    });
  }

  /** The attempt succeeded: forget it, and every earlier failure of `clearKey` (the account). */
  async succeeded(attemptIds: string[], clearKey: string): Promise<void> {
    await this.dataSource.query('DELETE FROM login_failure WHERE id = ANY($1::bigint[]) OR key = $2', [attemptIds, clearKey]);
  }
}
