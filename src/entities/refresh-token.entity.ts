import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from './user.entity';

export enum RefreshTokenRevocation {
  /** Exchanged for a new token by refreshSession. */
  ROTATED = 'ROTATED',
  LOGOUT = 'LOGOUT',
  /** A revoked token of this family was presented again: the whole family is revoked. */
  REUSE = 'REUSE',
  /** The user was disabled. */
  USER_DISABLED = 'USER_DISABLED',
}

/**
 * One refresh token; only its SHA-256 hash is stored. Tokens issued by rotating one another share
 * a family (one sign-in session); access tokens name their family and die with it.
 */
@Entity('refresh_token')
@Index('IDX_refresh_token_family', ['familyId'])
@Index('IDX_refresh_token_user', ['userId'])
export class RefreshToken {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId!: string;

  /** Hex SHA-256 of the token. */
  @Index('UQ_refresh_token_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revoked_reason', type: 'varchar', length: 20, nullable: true })
  revokedReason!: RefreshTokenRevocation | null;
}
