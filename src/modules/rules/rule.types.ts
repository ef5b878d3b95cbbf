import { Field, Float, Int, ObjectType } from 'type-graphql';
import {
  Activity,
  ActivityAdviceLevel,
  ConflictManagement,
  ConflictScope,
  Device,
  Eligibility,
  RequirementLevel,
  ScarCategory,
  SkinCondition,
  Slot,
} from '../../domain/enums';
import { RuleTopicalRole } from '../../domain/rule-topical-role';
import { Topical } from '../../entities';
import { InheritsCacheAge } from '../../graphql/cache-control';

@ObjectType({ simpleResolvers: true, description: 'Which sessions a rule applies to. Depth: above is exclusive, up to is inclusive.' })
@InheritsCacheAge()
export class NeedlingScopeView {
  @Field(() => [Device], { description: 'Empty: every device.' })
  devices!: Device[];

  @Field(() => Float, { nullable: true })
  depthAboveMm!: number | null;

  @Field(() => Float, { nullable: true })
  depthUpToMm!: number | null;

  @Field(() => String, { nullable: true, description: 'Depth tier label (T1..T4).' })
  tier!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "A rule's kind-specific parameters; fields that do not belong to its kind are null." })
@InheritsCacheAge()
export class RuleParametersView {
  @Field(() => NeedlingScopeView, { nullable: true, description: 'WAIT_AFTER_NEEDLING, SESSION_INTERVAL.' })
  needlingScope!: NeedlingScopeView | null;

  @Field(() => Float, { nullable: true, description: 'WAIT_AFTER_NEEDLING (after), STOP_BEFORE_NEEDLING (before).' })
  hours!: number | null;

  @Field(() => Activity, { nullable: true })
  activity!: Activity | null;

  @Field(() => ActivityAdviceLevel, { nullable: true })
  adviceLevel!: ActivityAdviceLevel | null;

  @Field(() => Int, { nullable: true, description: 'Applies to this Fitzpatrick type and darker.' })
  minFitzpatrick!: number | null;

  @Field(() => ConflictScope, { nullable: true, description: 'PAIR_CONFLICT.' })
  conflictScope!: ConflictScope | null;

  @Field(() => ConflictManagement, { nullable: true, description: 'PAIR_CONFLICT.' })
  conflictManagement!: ConflictManagement | null;

  @Field(() => SkinCondition, { nullable: true, description: 'CONTRAINDICATION.' })
  condition!: SkinCondition | null;

  @Field(() => ScarCategory, { nullable: true, description: 'CONTRAINDICATION: the scar category as the concern.' })
  scarCategory!: ScarCategory | null;

  @Field(() => Eligibility, { nullable: true, description: 'CONTRAINDICATION: effect on needling.' })
  eligibility!: Eligibility | null;

  @Field(() => String, { nullable: true })
  warningCode!: string | null;

  @Field(() => [Slot], { nullable: true, description: 'REQUIREMENT.' })
  slots!: Slot[] | null;

  @Field(() => RequirementLevel, { nullable: true, description: 'REQUIREMENT.' })
  requirementLevel!: RequirementLevel | null;

  @Field(() => Float, { nullable: true, description: 'REQUIREMENT: window start, hours after the session.' })
  fromHours!: number | null;

  @Field(() => Float, { nullable: true, description: 'REQUIREMENT: window end, hours after the session.' })
  untilHours!: number | null;

  @Field(() => Int, { nullable: true, description: 'SESSION_INTERVAL.' })
  minDays!: number | null;
}

@ObjectType({ simpleResolvers: true, description: 'A topical a rule speaks about, and in which role.' })
@InheritsCacheAge()
export class RuleTopicalView {
  @Field(() => RuleTopicalRole)
  role!: RuleTopicalRole;

  @Field(() => Topical)
  topical!: Topical;
}
