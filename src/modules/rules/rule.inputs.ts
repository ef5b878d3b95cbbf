import { IsOptional } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';
import { RuleKind, Severity } from '../../domain/enums';
import { IsSlug } from '../slug';

@InputType({ description: 'All given criteria must hold.' })
export class CompatibilityRuleFilter {
  @Field(() => RuleKind, { nullable: true })
  @IsOptional()
  kind?: RuleKind;

  @Field({ nullable: true, description: 'Rules that involve this topical (slug), in any role.' })
  @IsOptional()
  @IsSlug()
  topical?: string;

  @Field(() => Severity, { nullable: true, description: 'At least this severe.' })
  @IsOptional()
  minSeverity?: Severity;
}

@ArgsType()
export class CompatibilityRulesArgs {
  @Field(() => CompatibilityRuleFilter, { nullable: true })
  @IsOptional()
  filter?: CompatibilityRuleFilter;
}
