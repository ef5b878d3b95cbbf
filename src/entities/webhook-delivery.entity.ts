import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { WebhookDeliveryStatus, WebhookEvent } from '../domain/webhook-event';
import { WebhookAttempt } from './webhook-attempt.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';

/** The JSON body POSTed to an endpoint (stored as jsonb; see webhook-outbox.ts). */
export interface WebhookPayload {
  id: string;
  type: WebhookEvent;
  occurredAt: string;
  data: {
    entityType: string;
    entityId: string;
    slugOrCode: string | null;
    version: number;
    actorId: string | null;
  };
}

/**
 * The outbox: one row per event and endpoint, inserted in the editor's transaction and sent later
 * by the dispatcher. `nextAttemptAt` is both the retry schedule and the lease of an instance that
 * is sending it (claimed rows are pushed into the future; see webhook-dispatcher.ts).
 */
@ObjectType('WebhookDelivery', { description: 'One event sent (or to be sent) to one endpoint, with every attempt.' })
@Entity('webhook_delivery')
@Index('IDX_webhook_delivery_due', ['nextAttemptAt'], { where: `"status" = 'PENDING'` })
@Index('IDX_webhook_delivery_endpoint_created', ['endpointId', 'createdAt'])
@Index('IDX_webhook_delivery_created', ['createdAt'])
@Index('IDX_webhook_delivery_event', ['eventId'])
export class WebhookDelivery {
  @Field(() => ID, { description: 'Sent as x-dermaplan-delivery.' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column({ name: 'endpoint_id', type: 'uuid' })
  endpointId!: string;

  @ManyToOne(() => WebhookEndpoint, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'endpoint_id' })
  endpoint?: WebhookEndpoint;

  @Field(() => ID, { description: 'The same for every endpoint and redelivery of one event: receivers de-duplicate on it.' })
  @Column({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Field(() => WebhookEvent)
  @Column({ name: 'event_type', type: 'varchar', length: 40 })
  eventType!: WebhookEvent;

  @Column({ type: 'jsonb' })
  payload!: WebhookPayload;

  @Field(() => WebhookDeliveryStatus)
  @Column({ type: 'varchar', length: 20, default: WebhookDeliveryStatus.PENDING })
  status!: WebhookDeliveryStatus;

  @Field(() => Int, { description: 'Attempts made so far.' })
  @Column({ name: 'attempts', type: 'int', default: 0 })
  attemptCount!: number;

  @Field(() => Date, { description: 'When a PENDING delivery is next tried.' })
  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  @Field(() => Int, { nullable: true })
  @Column({ name: 'last_status_code', type: 'int', nullable: true })
  lastStatusCode!: number | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** Filled by the webhook service (one query per page), oldest first. */
  @Field(() => [WebhookAttempt], { description: 'Every attempt, oldest first.' })
  attempts?: WebhookAttempt[];
}
