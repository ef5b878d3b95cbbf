import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One failed (or still running) sign-in attempt, recorded under a throttle key such as
 * `account:<email>` or `address:<ip>`. Kept in PostgreSQL so every instance sees the same counts;
 * rows older than the window are deleted as new attempts come in.
 */
@Entity('login_failure')
@Index('IDX_login_failure_key_time', ['key', 'failedAt'])
@Index('IDX_login_failure_time', ['failedAt'])
export class LoginFailure {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'varchar', length: 300 })
  key!: string;

  @Column({ name: 'failed_at', type: 'timestamptz', default: () => 'now()' })
  failedAt!: Date;
}
