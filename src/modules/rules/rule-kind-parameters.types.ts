// A rule's parameters read back under the names they are written with (CompatibilityRuleInput.parameters):
// one object type per rule kind, each implementing the engine's parameter shape, so a renamed or added
// parameter fails to compile here; descriptions come from the rule-kind registry, like docs/api/rule-kinds.md.
import { createUnionType, Field, Float, Int, ObjectType } from 'type-graphql';
import {
  Activity,
  ActivityAdviceLevel,
  ConflictManagement,
  ConflictScope,
  Eligibility,
  RequirementLevel,
  RuleKind,
  ScarCategory,
  SkinCondition,
  Slot,
} from '../../domain/enums';
import {
  ContraindicationParameters,
  PairConflictParameters,
  RequirementParameters,
  RuleParametersByKind,
  SessionIntervalParameters,
  StopBeforeNeedlingParameters,
  WaitAfterNeedlingParameters,
} from '../../engine/facts';
import { RULE_KINDS, withParameterDefaults } from '../../engine/rule-kind.registry';
import { InheritsCacheAge } from '../../graphql/cache-control';
import { NeedlingScopeView } from './rule.types';

/** The GraphQL type `CompatibilityRule.kindParameters` answers with for a kind: WAIT_AFTER_NEEDLING → WaitAfterNeedlingParameters. */
export function parametersTypeName(kind: RuleKind): string {
  const words = kind.toLowerCase().split('_');
  return `${words.map((word) => word[0].toUpperCase() + word.slice(1)).join('')}Parameters`;
}

/** A parameter's field options from the registry: whether it may be null, and what it means. */
function parameterField<K extends RuleKind>(kind: K, field: keyof RuleParametersByKind[K]): { nullable: boolean; description: string } {
  const { check, meaning } = RULE_KINDS[kind].parameters[field];
  return { nullable: check.nullable, description: meaning };
}

@ObjectType(parametersTypeName(RuleKind.WAIT_AFTER_NEEDLING), { simpleResolvers: true, description: RULE_KINDS.WAIT_AFTER_NEEDLING.description })
@InheritsCacheAge()
export class WaitAfterNeedlingParametersView implements WaitAfterNeedlingParameters {
  @Field(() => NeedlingScopeView, parameterField(RuleKind.WAIT_AFTER_NEEDLING, 'scope'))
  scope!: NeedlingScopeView;

  @Field(() => Float, parameterField(RuleKind.WAIT_AFTER_NEEDLING, 'hours'))
  hours!: number;

  @Field(() => Activity, parameterField(RuleKind.WAIT_AFTER_NEEDLING, 'activity'))
  activity!: Activity | null;

  @Field(() => ActivityAdviceLevel, parameterField(RuleKind.WAIT_AFTER_NEEDLING, 'adviceLevel'))
  adviceLevel!: ActivityAdviceLevel | null;

  @Field(() => Int, parameterField(RuleKind.WAIT_AFTER_NEEDLING, 'minFitzpatrick'))
  minFitzpatrick!: number | null;
}

@ObjectType(parametersTypeName(RuleKind.STOP_BEFORE_NEEDLING), { simpleResolvers: true, description: RULE_KINDS.STOP_BEFORE_NEEDLING.description })
@InheritsCacheAge()
export class StopBeforeNeedlingParametersView implements StopBeforeNeedlingParameters {
  @Field(() => NeedlingScopeView, parameterField(RuleKind.STOP_BEFORE_NEEDLING, 'scope'))
  scope!: NeedlingScopeView;

  @Field(() => Float, parameterField(RuleKind.STOP_BEFORE_NEEDLING, 'hours'))
  hours!: number;

  @Field(() => Activity, parameterField(RuleKind.STOP_BEFORE_NEEDLING, 'activity'))
  activity!: Activity | null;
}

@ObjectType(parametersTypeName(RuleKind.PAIR_CONFLICT), { simpleResolvers: true, description: RULE_KINDS.PAIR_CONFLICT.description })
@InheritsCacheAge()
export class PairConflictParametersView implements PairConflictParameters {
  @Field(() => ConflictScope, parameterField(RuleKind.PAIR_CONFLICT, 'scope'))
  scope!: ConflictScope;

  @Field(() => ConflictManagement, parameterField(RuleKind.PAIR_CONFLICT, 'management'))
  management!: ConflictManagement;
}

@ObjectType(parametersTypeName(RuleKind.CONTRAINDICATION), { simpleResolvers: true, description: RULE_KINDS.CONTRAINDICATION.description })
@InheritsCacheAge()
export class ContraindicationParametersView implements ContraindicationParameters {
  @Field(() => SkinCondition, parameterField(RuleKind.CONTRAINDICATION, 'condition'))
  condition!: SkinCondition | null;

  @Field(() => Int, parameterField(RuleKind.CONTRAINDICATION, 'minFitzpatrick'))
  minFitzpatrick!: number | null;

  @Field(() => ScarCategory, parameterField(RuleKind.CONTRAINDICATION, 'scarCategory'))
  scarCategory!: ScarCategory | null;

  @Field(() => Eligibility, parameterField(RuleKind.CONTRAINDICATION, 'eligibility'))
  eligibility!: Eligibility;

  @Field(() => String, parameterField(RuleKind.CONTRAINDICATION, 'warningCode'))
  warningCode!: string | null;

  @Field(() => NeedlingScopeView, parameterField(RuleKind.CONTRAINDICATION, 'scope'))
  scope!: NeedlingScopeView;
}

@ObjectType(parametersTypeName(RuleKind.REQUIREMENT), { simpleResolvers: true, description: RULE_KINDS.REQUIREMENT.description })
@InheritsCacheAge()
export class RequirementParametersView implements RequirementParameters {
  @Field(() => [Slot], parameterField(RuleKind.REQUIREMENT, 'slots'))
  slots!: Slot[];

  @Field(() => RequirementLevel, parameterField(RuleKind.REQUIREMENT, 'level'))
  level!: RequirementLevel;

  @Field(() => Float, parameterField(RuleKind.REQUIREMENT, 'fromHours'))
  fromHours!: number | null;

  @Field(() => Float, parameterField(RuleKind.REQUIREMENT, 'untilHours'))
  untilHours!: number | null;
}

@ObjectType(parametersTypeName(RuleKind.SESSION_INTERVAL), { simpleResolvers: true, description: RULE_KINDS.SESSION_INTERVAL.description })
@InheritsCacheAge()
export class SessionIntervalParametersView implements SessionIntervalParameters {
  @Field(() => NeedlingScopeView, parameterField(RuleKind.SESSION_INTERVAL, 'scope'))
  scope!: NeedlingScopeView;

  @Field(() => Float, parameterField(RuleKind.SESSION_INTERVAL, 'minDays'))
  minDays!: number;
}

const VIEW_BY_KIND: { readonly [K in RuleKind]: new () => RuleParametersByKind[K] } = {
  [RuleKind.WAIT_AFTER_NEEDLING]: WaitAfterNeedlingParametersView,
  [RuleKind.STOP_BEFORE_NEEDLING]: StopBeforeNeedlingParametersView,
  [RuleKind.PAIR_CONFLICT]: PairConflictParametersView,
  [RuleKind.CONTRAINDICATION]: ContraindicationParametersView,
  [RuleKind.REQUIREMENT]: RequirementParametersView,
  [RuleKind.SESSION_INTERVAL]: SessionIntervalParametersView,
};

export const RuleKindParameters = createUnionType({
  name: 'RuleKindParameters',
  description: "A rule's parameters, one type per rule kind, with the names CompatibilityRuleInput.parameters is written with.",
  types: () => Object.values(VIEW_BY_KIND),
  // No resolveType: the views are class instances, which type-graphql's own resolver tells apart
  // synchronously (its wrapper of a custom one returns a promise that compiled execution does not await).
});

export type RuleKindParametersView = RuleParametersByKind[RuleKind];

/** The stored parameters (valid for the kind: the engine compiled them when they were written) as their kind's view. */
export function toRuleKindParametersView(kind: RuleKind, parameters: Record<string, unknown>): RuleKindParametersView {
  return Object.assign(new VIEW_BY_KIND[kind](), withParameterDefaults(kind, parameters));
}
