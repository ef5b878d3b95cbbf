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
