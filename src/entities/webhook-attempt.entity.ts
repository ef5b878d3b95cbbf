import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { WebhookDelivery } from './webhook-delivery.entity';

/** One HTTP attempt of a delivery, successful or not. */
@ObjectType('WebhookAttempt', { description: 'One HTTP attempt to deliver an event.' })
@Entity('webhook_attempt')
@Index('IDX_webhook_attempt_delivery', ['deliveryId', 'attemptedAt'])
export class WebhookAttempt {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'delivery_id', type: 'uuid' })
  deliveryId!: string;

  @ManyToOne('WebhookDelivery', { onDelete: 'CASCADE' })
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
