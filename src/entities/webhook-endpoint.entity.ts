import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { WebhookEvent } from '../domain/webhook-event';

/** A receiver URL registered by an ADMIN, with the events it wants and its signing secret. */
@ObjectType('WebhookEndpoint', { simpleResolvers: true, description: 'A URL that receives signed event notifications (ADMIN).' })
@Entity('webhook_endpoint')
export class WebhookEndpoint {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field({ description: 'http(s) URL the events are POSTed to; redirects are never followed.' })
  @Column({ type: 'varchar', length: 2048 })
  url!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  description!: string | null;

  @Field(() => [WebhookEvent])
  @Column({ type: 'text', array: true })
  events!: WebhookEvent[];

  /**
   * The HMAC-SHA256 key, encrypted (src/modules/webhooks/webhook-secret-box.ts): every delivery is
   * signed with it, so it cannot be hashed. Not a GraphQL field and not selected by default: only
   * createWebhookEndpoint and rotateWebhookSecret return the secret, in clear, once.
   */
  @Column({ type: 'varchar', length: 200, select: false })
  secret!: string;

  @Field({ description: 'An inactive endpoint gets no new events; its pending deliveries wait until it is active again.' })
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
