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
import { RULE_KINDS } from '../../engine/rule-kind.registry';
import { InheritsCacheAge } from '../../graphql/cache-control';
import { NeedlingScopeView } from './rule.types';

const meaningOf = <K extends RuleKind>(kind: K, field: keyof RuleParametersByKind[K]): string => RULE_KINDS[kind].parameters[field].meaning;

@ObjectType('WaitAfterNeedlingParameters', { simpleResolvers: true, description: RULE_KINDS.WAIT_AFTER_NEEDLING.description })
@InheritsCacheAge()
export class WaitAfterNeedlingParametersView implements WaitAfterNeedlingParameters {
  @Field(() => NeedlingScopeView, { description: meaningOf(RuleKind.WAIT_AFTER_NEEDLING, 'scope') })
  scope!: NeedlingScopeView;

  @Field(() => Float, { description: meaningOf(RuleKind.WAIT_AFTER_NEEDLING, 'hours') })
  hours!: number;

  @Field(() => Activity, { nullable: true, description: meaningOf(RuleKind.WAIT_AFTER_NEEDLING, 'activity') })
  activity!: Activity | null;

  @Field(() => ActivityAdviceLevel, { nullable: true, description: meaningOf(RuleKind.WAIT_AFTER_NEEDLING, 'adviceLevel') })
  adviceLevel!: ActivityAdviceLevel | null;

  @Field(() => Int, { nullable: true, description: meaningOf(RuleKind.WAIT_AFTER_NEEDLING, 'minFitzpatrick') })
  minFitzpatrick!: number | null;
}

@ObjectType('StopBeforeNeedlingParameters', { simpleResolvers: true, description: RULE_KINDS.STOP_BEFORE_NEEDLING.description })
@InheritsCacheAge()
export class StopBeforeNeedlingParametersView implements StopBeforeNeedlingParameters {
  @Field(() => Float, { description: meaningOf(RuleKind.STOP_BEFORE_NEEDLING, 'hours') })
  hours!: number;

  @Field(() => Activity, { nullable: true, description: meaningOf(RuleKind.STOP_BEFORE_NEEDLING, 'activity') })
  activity!: Activity | null;
}

@ObjectType('PairConflictParameters', { simpleResolvers: true, description: RULE_KINDS.PAIR_CONFLICT.description })
@InheritsCacheAge()
export class PairConflictParametersView implements PairConflictParameters {
  @Field(() => ConflictScope, { description: meaningOf(RuleKind.PAIR_CONFLICT, 'scope') })
  scope!: ConflictScope;

  @Field(() => ConflictManagement, { description: meaningOf(RuleKind.PAIR_CONFLICT, 'management') })
  management!: ConflictManagement;
}

@ObjectType('ContraindicationParameters', { simpleResolvers: true, description: RULE_KINDS.CONTRAINDICATION.description })
@InheritsCacheAge()
export class ContraindicationParametersView implements ContraindicationParameters {
  @Field(() => SkinCondition, { nullable: true, description: meaningOf(RuleKind.CONTRAINDICATION, 'condition') })
  condition!: SkinCondition | null;

  @Field(() => Int, { nullable: true, description: meaningOf(RuleKind.CONTRAINDICATION, 'minFitzpatrick') })
  minFitzpatrick!: number | null;

  @Field(() => ScarCategory, { nullable: true, description: meaningOf(RuleKind.CONTRAINDICATION, 'scarCategory') })
  scarCategory!: ScarCategory | null;

  @Field(() => Eligibility, { description: meaningOf(RuleKind.CONTRAINDICATION, 'eligibility') })
  eligibility!: Eligibility;

  @Field(() => String, { nullable: true, description: meaningOf(RuleKind.CONTRAINDICATION, 'warningCode') })
  warningCode!: string | null;
}

@ObjectType('RequirementParameters', { simpleResolvers: true, description: RULE_KINDS.REQUIREMENT.description })
@InheritsCacheAge()
export class RequirementParametersView implements RequirementParameters {
  @Field(() => [Slot], { description: meaningOf(RuleKind.REQUIREMENT, 'slots') })
  slots!: Slot[];

  @Field(() => RequirementLevel, { description: meaningOf(RuleKind.REQUIREMENT, 'level') })
  level!: RequirementLevel;

  @Field(() => Float, { nullable: true, description: meaningOf(RuleKind.REQUIREMENT, 'fromHours') })
  fromHours!: number | null;

  @Field(() => Float, { nullable: true, description: meaningOf(RuleKind.REQUIREMENT, 'untilHours') })
  untilHours!: number | null;
}

@ObjectType('SessionIntervalParameters', { simpleResolvers: true, description: RULE_KINDS.SESSION_INTERVAL.description })
@InheritsCacheAge()
export class SessionIntervalParametersView implements SessionIntervalParameters {
  @Field(() => NeedlingScopeView, { description: meaningOf(RuleKind.SESSION_INTERVAL, 'scope') })
  scope!: NeedlingScopeView;

  @Field(() => Float, { description: meaningOf(RuleKind.SESSION_INTERVAL, 'minDays') })
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
  return Object.assign(new VIEW_BY_KIND[kind](), parameters);
}
