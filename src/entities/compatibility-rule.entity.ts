import { Field, ObjectType } from 'type-graphql';
import { StorefrontCacheable } from '../graphql/cache-control';
import { Check, Column, Entity } from 'typeorm';
import { RuleKind, Severity } from '../domain/enums';
import { ContentEntity } from './content-base';

/**
 * A compatibility rule as data: a code-defined kind plus per-kind parameters (validated by the
 * engine's rule compiler), edited by editors and evaluated by the pure engine.
 */
@ObjectType({ simpleResolvers: true, description: 'A rule the regimen engine evaluates, with its reasoning and sources.' })
@StorefrontCacheable()
@Entity('compatibility_rule')
@Check('CHK_compatibility_rule_status', `status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')`)
export class CompatibilityRule extends ContentEntity {
  @Field({ description: 'Stable, human-readable identifier, e.g. "wait-after/prescription-retinoids/t3".' })
  @Column({ type: 'varchar', length: 160, unique: true })
  code!: string;

  @Field(() => RuleKind)
  @Column({ type: 'varchar', length: 40 })
  kind!: RuleKind;

  @Field(() => Severity)
  @Column({ type: 'varchar', length: 20 })
  severity!: Severity;

  @Field()
  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Field({ description: 'The mechanism: why the rule exists.' })
  @Column({ type: 'text' })
  rationale!: string;

  @Field({ description: 'What to do about it.' })
  @Column({ type: 'text' })
  management!: string;

  /** Kind-specific parameters; see RuleParametersByKind in the engine. */
  @Column({ type: 'jsonb' })
  parameters!: Record<string, unknown>;
}
