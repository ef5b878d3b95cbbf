import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { WebhookDeliveryStatus, WebhookEvent } from '../domain/webhook-event';
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
@ObjectType('WebhookDelivery', { simpleResolvers: true, description: 'One event sent (or to be sent) to one endpoint, with every attempt.' })
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

/** One HTTP attempt of a delivery, successful or not. */
@ObjectType('WebhookAttempt', { simpleResolvers: true, description: 'One HTTP attempt to deliver an event.' })
@Entity('webhook_attempt')
@Index('IDX_webhook_attempt_delivery', ['deliveryId', 'attemptedAt'])
export class WebhookAttempt {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'delivery_id', type: 'uuid' })
  deliveryId!: string;

  @ManyToOne(() => WebhookDelivery, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'delivery_id' })
  delivery?: WebhookDelivery;

  @Field(() => Date)
  @Column({ name: 'attempted_at', type: 'timestamptz', default: () => 'now()' })
  attemptedAt!: Date;

  @Field(() => Int, { nullable: true, description: 'HTTP status of the answer; null when none came (network error, timeout).' })
  @Column({ name: 'status_code', type: 'int', nullable: true })
  statusCode!: number | null;

  @Field(() => String, { nullable: true, description: 'Why the attempt failed; null on success.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  error!: string | null;

  @Field(() => Int)
  @Column({ name: 'duration_ms', type: 'int' })
  durationMs!: number;
}
