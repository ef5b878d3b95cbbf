// The write side of webhooks: events become outbox rows in the caller's transaction, so an event
// exists exactly when the editor's change commits. Nothing is sent from here (see webhook-dispatcher.ts).
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, EntitySubscriberInterface, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';
import { WebhookEvent } from '../../domain/webhook-event';
import { WebhookPayload } from '../../entities/webhook-delivery.entity';

export interface WebhookEventInput {
  type: WebhookEvent;
  /** The entry's type as the API names it (its ContentType), e.g. `ARTICLE` or `COMPATIBILITY_RULE`. */
  entityType: string;
  entityId: string;
  /** The entry's slug, or a rule's code. */
  slugOrCode: string | null;
  /** The entry's version after the change. */
  version: number;
  occurredAt: Date;
  /** The staff user who made the change; null for scheduled or system changes. */
  actorId: string | null;
}

/**
 * Adds one PENDING delivery per active endpoint subscribed to `event.type`, with `manager` (pass
 * the transaction's manager so the rows commit or roll back with the change). One statement,
 * whatever the number of endpoints. Returns the event id (shared by all its deliveries).
 */
export async function enqueueWebhookEvent(manager: EntityManager, event: WebhookEventInput): Promise<{ eventId: string; deliveries: number }> {
  const eventId = randomUUID();
  const payload: WebhookPayload = {
    id: eventId,
    type: event.type,
    occurredAt: event.occurredAt.toISOString(),
    data: {
      entityType: event.entityType,
      entityId: event.entityId,
      slugOrCode: event.slugOrCode,
      version: event.version,
      actorId: event.actorId,
    },
  };
  const rows: { id: string }[] = await manager.query(
    `INSERT INTO webhook_delivery (endpoint_id, event_id, event_type, payload)
     SELECT e.id, $1, $2::text, $3::jsonb FROM webhook_endpoint e WHERE e.active AND $2::text = ANY (e.events)
     RETURNING id`,
    [eventId, event.type, JSON.stringify(payload)],
  );
  if (rows.length > 0) {
    const runner = manager.queryRunner;
    // Wake this process's dispatcher once the rows are visible: after the commit, or now.
    if (runner?.isTransactionActive) runner.data[ENQUEUED_FLAG] = true;
    else announce(manager.dataSource);
  }
  return { eventId, deliveries: rows.length };
}

/** The body as sent: the stored payload with its keys in a fixed order (jsonb does not keep it). */
export function webhookBody(payload: WebhookPayload): string {
  const { data } = payload;
  return JSON.stringify({
    id: payload.id,
    type: payload.type,
    occurredAt: payload.occurredAt,
    data: {
      entityType: data.entityType,
      entityId: data.entityId,
      slugOrCode: data.slugOrCode,
      version: data.version,
      actorId: data.actorId,
    },
  });
}

const ENQUEUED_FLAG = 'dermaplanWebhookEventsEnqueued';
const listeners = new WeakMap<DataSource, Set<() => void>>();
const hooks = new WeakMap<DataSource, CommitHook>();

/** Wakes this process's dispatcher for rows written outside enqueueWebhookEvent (e.g. a redelivery). */
export function announceWebhookEvents(dataSource: DataSource): void {
  announce(dataSource);
}

function announce(dataSource: DataSource): void {
  for (const listener of listeners.get(dataSource) ?? []) {
    try {
      listener();
    } catch {
      // A wake-up is only a hint: the dispatcher polls anyway.
    }
  }
}

/** Tells the listeners once the outermost transaction that enqueued events commits. */
class CommitHook implements EntitySubscriberInterface {
  afterTransactionCommit(event: TransactionCommitEvent): void {
    const { queryRunner } = event;
    // A released savepoint is not the commit: wait for the outer transaction.
    if (queryRunner.isTransactionActive || !queryRunner.data[ENQUEUED_FLAG]) return;
    delete queryRunner.data[ENQUEUED_FLAG];
    announce(event.dataSource);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) delete event.queryRunner.data[ENQUEUED_FLAG];
  }
}

/**
 * Calls `listener` whenever events enqueued through this DataSource become visible (an in-process
 * hint; other instances find them by polling). Call after `initialize()`. Returns an unsubscribe.
 */
export function onWebhookEventsCommitted(dataSource: DataSource, listener: () => void): () => void {
  let hook = hooks.get(dataSource);
  if (!hook) {
    hook = new CommitHook();
    hooks.set(dataSource, hook);
  }
  if (!dataSource.subscribers.includes(hook)) dataSource.subscribers.push(hook);
  let set = listeners.get(dataSource);
  if (!set) {
    set = new Set();
    listeners.set(dataSource, set);
  }
  set.add(listener);
  return () => {
    set.delete(listener);
  };
}
