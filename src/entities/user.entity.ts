import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Role } from '../core/roles';

/** A staff account (editor, reviewer or admin). Storefront callers have none. */
@ObjectType('User', { simpleResolvers: true, description: 'A staff account.' })
@Entity('staff_user')
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field({ description: 'Lower-cased; unique.' })
  @Index('UQ_staff_user_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  /** As staff want to be named in the console; null: the email's local part is shown (see staffName). */
  @Column({ name: 'display_name', type: 'varchar', length: 80, nullable: true })
  displayName!: string | null;

  /** Argon2id PHC string. Never exposed through the API and never logged. */
  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash!: string;

  @Field(() => Role)
  @Column({ type: 'varchar', length: 20 })
  role!: Role;

  @Field({ description: 'A disabled user cannot sign in and loses every session.' })
  @Column({ type: 'boolean', default: false })
  disabled!: boolean;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** How a staff user is named to other staff: the display name given, or the email's local part. */
export function staffName(user: Pick<User, 'displayName' | 'email'>): string {
  return user.displayName ?? user.email.split('@')[0];
}
