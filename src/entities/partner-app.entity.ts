import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PartnerScope } from '../core/partner-scopes';

/** An outside application that calls the API with its own keys, scopes and limits. */
@ObjectType('PartnerApp', { simpleResolvers: true, description: 'A partner application with API keys (ADMIN).' })
@Entity('partner_app')
export class PartnerApp {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Field(() => [PartnerScope], { description: 'What its keys may call.' })
  @Column({ type: 'varchar', length: 40, array: true })
  scopes!: PartnerScope[];

  @Field(() => Int, { nullable: true, description: 'Query-cost points per rate-limit window; null: PARTNER_COST_BUDGET.' })
  @Column({ name: 'cost_budget', type: 'integer', nullable: true })
  costBudget!: number | null;

  @Field(() => Int, { nullable: true, description: 'Most one request may cost; null: PARTNER_MAX_QUERY_COST.' })
  @Column({ name: 'max_query_cost', type: 'integer', nullable: true })
  maxQueryCost!: number | null;

  @Field({ description: 'A disabled app’s keys are all refused.' })
  @Column({ type: 'boolean', default: false })
  disabled!: boolean;

  @Field(() => ID, { nullable: true, description: 'The ADMIN who created it.' })
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
