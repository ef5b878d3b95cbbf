// The read side of webhooks: claims due outbox rows and POSTs them, outside any request.
// Every instance may run one; claims use FOR UPDATE SKIP LOCKED plus a lease, so two instances
// never send the same delivery at the same time. Delivery is at least once: receivers de-duplicate
// on the event id (x-dermaplan-event-id, or `id` in the body).
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { Agent, fetch } from 'undici';
import { WebhookDeliveryStatus, WebhookEvent } from '../../domain/webhook-event';
import { WebhookPayload } from '../../entities/webhook-delivery.entity';
import { Logger } from '../../logger';
import { onWebhookEventsCommitted, webhookBody } from './webhook-outbox';
import { signatureHeader } from './webhook-signature';
import { privateTargetProblem, webhookAgent } from './webhook-targets';
import { WebhookSecretBox } from './webhook-secret-box';

export const BACKOFF_MAX_MS = 60 * 60 * 1000;
/** Deliveries one instance sends at once. */
export const DEFAULT_CONCURRENCY = 10;
export const USER_AGENT = 'Dermaplan-Webhooks/1';
const ERROR_MAX_LENGTH = 500;

export interface WebhookDispatcherOptions {
  pollIntervalMs: number;
  timeoutMs: number;
  maxAttempts: number;
  backoffBaseMs: number;
  /** Send to loopback, private and link-local addresses too (see webhook-targets.ts). */
  allowPrivateTargets: boolean;
  /** WEBHOOK_SECRET_KEY (null: the development key), to decrypt endpoint secrets. */
  secretKey: string | null;
  backoffMaxMs?: number;
  concurrency?: number;
  /**
   * How long a claimed delivery stays invisible to other instances. Longer than a request can
   * take (timeout + recording), so only a crashed instance's claims are ever taken over.
   */
  leaseMs?: number;
  /** stop() waits this long for deliveries in flight, then aborts them (they stay PENDING). */
  shutdownGraceMs?: number;
}

/**
 * Delay before the next attempt after `failedAttempts` failures: base × 2^(failures − 1), at most
 * `maxMs`, minus up to 20 % jitter (so instances retrying together spread out, and each delay is
 * still longer than the previous one until the cap).
 */
export function backoffDelayMs(failedAttempts: number, baseMs: number, maxMs = BACKOFF_MAX_MS, random: () => number = Math.random): number {
  const nominal = Math.min(maxMs, baseMs * 2 ** Math.max(0, failedAttempts - 1));
  return Math.round(nominal * (0.8 + 0.2 * random()));
}

interface ClaimedDelivery {
  id: string;
  event_id: string;
  event_type: WebhookEvent;
  payload: WebhookPayload;
  attempts: number;
  url: string;
  secret: string;
}

interface AttemptOutcome {
  attemptedAt: Date;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  /** No retry can succeed (the target is refused): FAILED at once. */
  final?: boolean;
}

export class WebhookDispatcher {
  private readonly options: Required<WebhookDispatcherOptions>;
  private readonly secrets: WebhookSecretBox;
  private running = false;
  private loop: Promise<void> | null = null;
  private kicked = false;
  private wake: (() => void) | null = null;
  private unsubscribe: (() => void) | null = null;
  private shutdown = new AbortController();
  /** Connections to receivers, opened at start() and closed by stop(). */
  private agent: Agent | null = null;
  private readonly inFlight = new Set<Promise<void>>();
  /** What this instance has done since it was created (for logs and tests). */
  readonly stats = { claimed: 0, delivered: 0, retried: 0, failed: 0 };

  constructor(
    private readonly dataSource: DataSource,
    options: WebhookDispatcherOptions,
    private readonly logger: Pick<Logger, 'info' | 'warn' | 'error'>,
  ) {
    this.options = {
      backoffMaxMs: BACKOFF_MAX_MS,
      concurrency: DEFAULT_CONCURRENCY,
      leaseMs: options.timeoutMs + 60_000,
      shutdownGraceMs: options.timeoutMs,
      ...options,
    };
    this.secrets = new WebhookSecretBox(options.secretKey);
  }

  get isRunning(): boolean {
    return this.running;
  }

  /** Starts polling (idempotent). The DataSource must be initialized. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.shutdown = new AbortController();
    this.agent = webhookAgent(this.options.allowPrivateTargets);
    this.unsubscribe = onWebhookEventsCommitted(this.dataSource, () => this.kick());
    this.loop = this.run();
  }

  /** Looks for due deliveries now instead of at the next poll. */
  kick(): void {
    this.kicked = true;
    this.wake?.();
  }

  /**
   * Stops claiming, then waits for the deliveries in flight (at most `shutdownGraceMs`; after that
   * they are aborted and left PENDING, due at once, for this or another instance to send).
   */
  async stop(): Promise<void> {
    if (this.running) {
      this.running = false;
      this.unsubscribe?.();
      this.unsubscribe = null;
      this.wake?.();
    }
    const agent = this.agent;
    await this.loop;
    const settled = Promise.allSettled([...this.inFlight]);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = await Promise.race([
      settled.then(() => false),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(true), this.options.shutdownGraceMs);
      }),
    ]);
    clearTimeout(timer);
    if (timedOut) {
      this.shutdown.abort();
      await settled;
    }
    await agent?.close();
    // A start() while this stop waited has its own agent: leave that one alone.
    if (this.agent === agent) this.agent = null;
  }

  private async run(): Promise<void> {
    while (this.running) {
      this.kicked = false;
      const free = this.options.concurrency - this.inFlight.size;
      let claimed = 0;
      if (free > 0) {
        try {
          const rows = await this.claim(free);
          claimed = rows.length;
          this.stats.claimed += claimed;
          for (const row of rows) this.track(this.deliver(row));
        } catch (error) {
          this.logger.error({ err: error }, 'webhook dispatcher could not claim deliveries');
        }
      }
      if (!this.running) break;
      // A full claim may have left more due rows behind; otherwise wait for the poll or a kick.
      if (free > 0 && claimed === free) continue;
      await this.sleep(this.options.pollIntervalMs);
    }
  }

  private sleep(ms: number): Promise<void> {
    if (this.kicked || !this.running) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      timer.unref();
      this.wake = done;
    });
  }

  private track(delivery: Promise<void>): void {
    const tracked = delivery
      .catch((error: unknown) => this.logger.error({ err: error }, 'webhook delivery could not be recorded'))
      .finally(() => {
        this.inFlight.delete(tracked);
        // A slot is free again.
        if (this.running) this.kick();
      });
    this.inFlight.add(tracked);
  }

  /**
   * Claims up to `limit` due deliveries of active endpoints in one short statement: rows another
   * instance holds are skipped, and the claimed ones are pushed `leaseMs` into the future.
   */
  private async claim(limit: number): Promise<ClaimedDelivery[]> {
    const [rows] = await this.dataSource.query<[ClaimedDelivery[], number]>(
      `UPDATE webhook_delivery d
       SET next_attempt_at = now() + $2::double precision * interval '1 millisecond'
       FROM (
         SELECT due.id FROM webhook_delivery due
         JOIN webhook_endpoint endpoint ON endpoint.id = due.endpoint_id
         WHERE due.status = '${WebhookDeliveryStatus.PENDING}' AND due.next_attempt_at <= now() AND endpoint.active
         ORDER BY due.next_attempt_at
         LIMIT $1
         FOR UPDATE OF due SKIP LOCKED
       ) claimed, webhook_endpoint e
       WHERE d.id = claimed.id AND e.id = d.endpoint_id
       RETURNING d.id, d.event_id, d.event_type, d.payload, d.attempts, e.url, e.secret`,
      [limit, this.options.leaseMs],
    );
    return rows;
  }

  private async deliver(row: ClaimedDelivery): Promise<void> {
    const body = webhookBody(row.payload);
    const timestamp = Math.floor(Date.now() / 1000);
    const attemptedAt = new Date();
    const started = performance.now();
    let statusCode: number | null = null;
    let error: string | null = null;
    const agent = this.agent;
    if (!agent) {
      // Stopped meanwhile: the delivery stays due for the next start or another instance.
      await this.release(row.id);
      return;
    }
    const refused = this.refusedTarget(row.url);
    if (refused) {
      await this.record(row, { attemptedAt, statusCode, error: `not sent: the URL ${refused}`, durationMs: 0, final: true });
      return;
    }
    try {
      const response = await fetch(row.url, {
        method: 'POST',
        redirect: 'manual',
        dispatcher: agent,
        signal: AbortSignal.any([AbortSignal.timeout(this.options.timeoutMs), this.shutdown.signal]),
        headers: {
          'content-type': 'application/json',
          'user-agent': USER_AGENT,
          'x-dermaplan-event': row.event_type,
          'x-dermaplan-event-id': row.event_id,
          'x-dermaplan-delivery': row.id,
          'x-dermaplan-timestamp': String(timestamp),
          'x-dermaplan-signature': signatureHeader(this.secrets.open(row.secret), timestamp, body),
        },
        body,
      });
      statusCode = response.status;
      // Only the status matters; let the connection go.
      await response.body?.cancel().catch(() => undefined);
      if (statusCode < 200 || statusCode > 299) {
        error = statusCode >= 300 && statusCode < 400 ? `HTTP ${statusCode}: redirects are not followed` : `HTTP ${statusCode}`;
      }
    } catch (failure) {
      if (this.shutdown.signal.aborted) {
        await this.release(row.id);
        return;
      }
      error = this.describe(failure);
    }
    await this.record(row, { attemptedAt, statusCode, error, durationMs: Math.round(performance.now() - started) });
  }

  private describe(failure: unknown): string {
    // Duck-typed: fetch's errors may come from another realm (e.g. under Jest), where instanceof fails.
    const error = (typeof failure === 'object' && failure !== null ? failure : {}) as {
      name?: unknown;
      message?: unknown;
      cause?: { code?: unknown; message?: unknown };
    };
    if (error.name === 'TimeoutError') return `timed out after ${this.options.timeoutMs} ms`;
    const message = typeof error.message === 'string' ? error.message : String(failure);
    const detail = error.cause?.code ?? error.cause?.message;
    return (typeof detail === 'string' ? `${message}: ${detail}` : message).slice(0, ERROR_MAX_LENGTH);
  }

  /** Records the attempt and moves the delivery on, in one statement. */
  private async record(row: ClaimedDelivery, outcome: AttemptOutcome): Promise<void> {
    const { attemptedAt, statusCode, error, durationMs } = outcome;
    const attempts = row.attempts + 1;
    const insertAttempt = `INSERT INTO webhook_attempt (delivery_id, attempted_at, status_code, error, duration_ms)
       SELECT id, $2::timestamptz, $3::int, $4::text, $5::int FROM webhook_delivery WHERE id = $1`;
    if (error === null) {
      await this.dataSource.query(
        `WITH attempt AS (${insertAttempt})
         UPDATE webhook_delivery SET status = '${WebhookDeliveryStatus.DELIVERED}', attempts = attempts + 1,
           delivered_at = now(), last_status_code = $3, last_error = $4
         WHERE id = $1 AND status = '${WebhookDeliveryStatus.PENDING}'`,
        [row.id, attemptedAt, statusCode, error, durationMs],
      );
      this.stats.delivered += 1;
      return;
    }
    const gaveUp = outcome.final === true || attempts >= this.options.maxAttempts;
    const delayMs = gaveUp ? 0 : backoffDelayMs(attempts, this.options.backoffBaseMs, this.options.backoffMaxMs);
    await this.dataSource.query(
      `WITH attempt AS (${insertAttempt})
       UPDATE webhook_delivery SET status = $6::text, attempts = attempts + 1, last_status_code = $3, last_error = $4,
         next_attempt_at = now() + $7::double precision * interval '1 millisecond'
       WHERE id = $1 AND status = '${WebhookDeliveryStatus.PENDING}'`,
      [row.id, attemptedAt, statusCode, error, durationMs, gaveUp ? WebhookDeliveryStatus.FAILED : WebhookDeliveryStatus.PENDING, delayMs],
    );
    if (gaveUp) {
      this.stats.failed += 1;
      this.logger.warn({ deliveryId: row.id, attempts, error }, 'webhook delivery failed for good');
    } else {
      this.stats.retried += 1;
    }
  }

  /**
   * Why the stored URL may not be sent to, or null. It may have been saved while private targets
   * were allowed; and the host-name check at connection time never sees IP literals.
   */
  private refusedTarget(url: string): string | null {
    try {
      return this.options.allowPrivateTargets ? null : privateTargetProblem(url);
    } catch {
      return 'cannot be parsed';
    }
  }

  /** Gives a claimed delivery back (shutdown): due at once, no attempt recorded. */
  private async release(id: string): Promise<void> {
    await this.dataSource.query(`UPDATE webhook_delivery SET next_attempt_at = now() WHERE id = $1 AND status = '${WebhookDeliveryStatus.PENDING}'`, [
      id,
    ]);
  }
}
