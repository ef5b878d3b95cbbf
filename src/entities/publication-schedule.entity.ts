import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A publish or unpublish to carry out at a time; claimed by exactly one instance when due. */
@Entity('publication_schedule')
@Index(['runAt'], { where: 'done_at IS NULL AND canceled_at IS NULL' })
export class PublicationSchedule {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'entity_type', type: 'varchar', length: 40 })
  entityType!: string;

  @Column({ name: 'entity_id', type: 'uuid' })
  entityId!: string;

  /** PUBLISH or UNPUBLISH. */
  @Column({ type: 'varchar', length: 20 })
  action!: string;

  /** The version that was approved for this change; if the entry changes meanwhile, it is not applied. */
  @Column({ name: 'expected_version', type: 'int' })
  expectedVersion!: number;

  @Column({ name: 'run_at', type: 'timestamptz' })
  runAt!: Date;

  /** The user who scheduled it; the change is made in their name. */
  @Column({ name: 'requested_by', type: 'uuid' })
  requestedById!: string;

  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt!: Date | null;

  @Column({ name: 'canceled_at', type: 'timestamptz', nullable: true })
  canceledAt!: Date | null;

  /** Why it could not be carried out (it is then marked done and not retried). */
  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
