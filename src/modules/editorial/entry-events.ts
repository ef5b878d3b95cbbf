import { EntityManager } from 'typeorm';
import { WebhookEvent } from '../../domain/webhook-event';
import { ContentEntity } from '../../entities/content-base';
import { enqueueWebhookEvent } from '../webhooks/webhook-outbox';
import { Actor } from './actor';
import { ContentDescriptor } from './content-types/content-descriptor';
import { keyOfEntry } from './entries';

/** Queues the webhook deliveries for an entry's change in the change's own transaction (sent later, never from here). */
export async function emitEntryEvent(
  manager: EntityManager,
  d: ContentDescriptor,
  entity: ContentEntity,
  type: WebhookEvent,
  actor: Actor,
): Promise<void> {
  await enqueueWebhookEvent(manager, {
    type,
    entityType: d.type,
    entityId: entity.id,
    slugOrCode: keyOfEntry(d, entity),
    version: entity.version,
    occurredAt: new Date(),
    actorId: actor.id,
  });
}
