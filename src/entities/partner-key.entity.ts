import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PartnerApp } from './partner-app.entity';

/**
 * One API key of a partner app. The key itself (`dpk_<keyId>_<secret>`) is shown once when it is
 * issued; only its public key id and an HMAC-SHA-256 of the whole key (peppered) are stored.
 */
@ObjectType('PartnerKey', { simpleResolvers: true, description: 'An API key of a partner app; the secret part is never shown again.' })
@Entity('partner_key')
@Index('IDX_partner_key_app', ['appId'])
export class PartnerKey {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column({ name: 'app_id', type: 'uuid' })
  appId!: string;

  @ManyToOne(() => PartnerApp, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'app_id' })
  app?: PartnerApp;

  /** Random, public: finds the row; the hash proves the rest. */
  @Index('UQ_partner_key_key_id', { unique: true })
  @Column({ name: 'key_id', type: 'varchar', length: 32 })
  keyId!: string;

  /** Hex HMAC-SHA-256 of the whole key, keyed with PARTNER_KEY_PEPPER. Never exposed. */
  @Column({ name: 'secret_hash', type: 'char', length: 64 })
  secretHash!: string;

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Refused from then on; null: never expires.' })
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Last request with this key (recorded at most once a minute).' })
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;
}
