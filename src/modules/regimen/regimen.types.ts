import { Field, Int, ObjectType } from 'type-graphql';
import { ActivityAdviceLevel, ConflictScope, Eligibility, SkinCondition, Slot } from '../../domain/enums';
import { Article, CompatibilityRule, Product, Topical } from '../../entities';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars';

// Query-cost estimates (src/limits/query-cost.ts): a plan is priced as the default 14 days, and
// recommendRegimen scales that by the days asked for; a step lists at most 3 products.
export const COST_PLAN_DAYS = 14;
const COST_PRODUCTS_PER_STEP = 3;

@ObjectType({ simpleResolvers: true, description: 'Something the person should know before (further) needling.' })
export class RegimenWarning {
  @Field({ description: 'Condition name, PIGMENTATION_RISK, SESSION_TOO_SOON, ...' })
  code!: string;

  @Field({ description: 'INFO, LOW, MODERATE or HIGH.' })
  severity!: string;

  @Field()
  message!: string;

  @Field(() => SkinCondition, { nullable: true, description: 'The condition that caused it, if any.' })
  condition!: SkinCondition | null;

  @Field(() => CompatibilityRule, { nullable: true })
  rule!: CompatibilityRule | null;
}

@ObjectType({ simpleResolvers: true, description: 'When a topical is not allowed (from <= t < until), and why.' })
export class TopicalHold {
  @Field(() => Topical)
  topical!: Topical;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Null: from the beginning.' })
  from!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Null: for the whole plan.' })
  until!: string | null;

  @Field()
  reason!: string;

  @Field(() => CompatibilityRule)
  rule!: CompatibilityRule;
}

@ObjectType({ simpleResolvers: true, description: 'A topical to apply in a slot, with products from the catalog.' })
export class RegimenStep {
  @Field(() => Topical)
  topical!: Topical;

  @Field(() => [Product], {
    description: 'Best first: in stock, fewer extra actives, cheaper.',
    complexity: ({ childComplexity }) => 1 + COST_PRODUCTS_PER_STEP * childComplexity,
  })
  products!: Product[];

  @Field()
  why!: string;
}

@ObjectType({ simpleResolvers: true, description: 'An activity to avoid or minimise that day.' })
export class ActivityAdvice {
  @Field({ description: 'An Activity value, e.g. DIRECT_SUN.' })
  activity!: string;

  @Field(() => ActivityAdviceLevel)
  level!: ActivityAdviceLevel;

  @Field()
  reason!: string;

  @Field(() => CompatibilityRule, { nullable: true })
  rule!: CompatibilityRule | null;
}

@ObjectType({ simpleResolvers: true })
export class RegimenDay {
  @Field(() => DateScalar)
  date!: string;

  @Field(() => Int, { nullable: true, description: 'Local calendar days since the latest session; null if none.' })
  daysSinceSession!: number | null;

  @Field(() => [RegimenStep], { description: 'Morning routine (08:00 local).' })
  am!: RegimenStep[];

  @Field(() => [RegimenStep], { description: 'Evening routine (21:00 local).' })
  pm!: RegimenStep[];

  @Field(() => [ActivityAdvice])
  avoid!: ActivityAdvice[];
}

@ObjectType({ simpleResolvers: true, description: 'Two topicals that must not share a slot or a day.' })
export class TopicalConflict {
  @Field(() => Topical)
  a!: Topical;

  @Field(() => Topical)
  b!: Topical;

  @Field({ description: 'INFO, LOW, MODERATE or HIGH.' })
  severity!: string;

  @Field({ description: 'SEPARATE_AM_PM, ALTERNATE_DAYS or AVOID.' })
  management!: string;

  @Field(() => ConflictScope)
  scope!: ConflictScope;

  @Field(() => CompatibilityRule)
  rule!: CompatibilityRule;

  @Field(() => Product, {
    nullable: true,
    description: 'In a routine review: the product whose own ingredients are the pair, so it cannot follow the management.',
  })
  product!: Product | null;
}

@ObjectType({ simpleResolvers: true, description: 'A topical used at a time of day it is not meant for.' })
export class MisplacedTopical {
  @Field(() => Topical)
  topical!: Topical;

  @Field(() => Product, { nullable: true, description: 'The routine item that brings it, when it is a product.' })
  product!: Product | null;

  @Field(() => Slot, { description: 'Where the routine has it.' })
  slot!: Slot;

  @Field(() => [Slot], { description: 'Where it belongs.' })
  allowedSlots!: Slot[];

  @Field({ description: 'Why, in words a person reads.' })
  reason!: string;
}

@ObjectType({ simpleResolvers: true, description: 'What is wrong with a daily routine: conflicting pairs, and topicals at the wrong time of day.' })
export class RoutineReview {
  @Field(() => [TopicalConflict])
  conflicts!: TopicalConflict[];

  @Field(() => [MisplacedTopical])
  misplaced!: MisplacedTopical[];
}

@ObjectType({ simpleResolvers: true, description: 'One published version of a rule a plan cites.' })
export class RuleProvenance {
  @Field({ description: "The rule's stable code." })
  code!: string;

  @Field(() => Int, { description: 'The version of the rule that was published (what the plan used).' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When this version was published.' })
  publishedAt!: Date;

  @Field(() => String, {
    nullable: true,
    description:
      'Who published this version, by role ("a Dermaplan medical reviewer", "a Dermaplan administrator"), or ' +
      '"the Dermaplan knowledge release" for a rule as shipped and reviewed in the knowledge files; never a person\'s name or email.',
  })
  reviewedBy!: string;
}

@ObjectType({ simpleResolvers: true, description: 'Why a plan said what it said: the published knowledge it was computed from.' })
export class PlanProvenance {
  @Field({ description: 'Identifies the published knowledge (rules and catalog) the plan was computed from; moves with every write to it.' })
  knowledgeRevision!: string;

  @Field(() => DateTimeScalar, { description: 'The instant the plan was computed for.' })
  computedAt!: string;

  @Field(() => [RuleProvenance], {
    description: 'Every rule behind a hold, conflict, warning, requirement or activity advice of the plan, once each, by code.',
  })
  rules!: RuleProvenance[];
}

@ObjectType({ simpleResolvers: true, description: 'A day-by-day home-care plan around needling sessions.' })
export class Regimen {
  @Field(() => Eligibility, { description: 'May the person be needled (again) now.' })
  eligibility!: Eligibility;

  @Field(() => [RegimenWarning])
  warnings!: RegimenWarning[];

  @Field(() => [TopicalHold])
  holds!: TopicalHold[];

  @Field(() => [RegimenDay], { complexity: ({ childComplexity }) => 1 + COST_PLAN_DAYS * childComplexity })
  days!: RegimenDay[];

  @Field(() => [TopicalConflict], { description: "Conflicts inside the person's current routine." })
  conflicts!: TopicalConflict[];

  @Field(() => [Article])
  relatedArticles!: Article[];

  @Field(() => PlanProvenance)
  provenance!: PlanProvenance;
}
