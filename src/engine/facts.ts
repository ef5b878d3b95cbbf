// Plain facts in and out of the regimen engine. Nothing here knows about TypeORM, GraphQL or
// DataLoader: services convert entities to these shapes at the boundary.
import {
  Activity,
  ActivityAdviceLevel,
  ConflictManagement,
  ConflictScope,
  Device,
  Eligibility,
  MedicationKind,
  RequirementLevel,
  RuleKind,
  ScarCategory,
  ScarSeverity,
  TreatmentArea,
  Severity,
  SkinCondition,
  Slot,
  TopicalCategory,
} from '../domain/enums';

// ---------------------------------------------------------------------------------------------
// Rule parameters: one shape per rule kind (the rule row's `parameters` JSON).

/** Which sessions a rule applies to. Depth bounds: above is exclusive, up-to is inclusive. */
export interface NeedlingScope {
  /** Empty: every device. */
  devices: Device[];
  depthAboveMm: number | null;
  depthUpToMm: number | null;
  /** Display label of the depth tier (T1..T4); not used for matching. */
  tier: string | null;
}

/** Hold a topical (the rule's SUBJECT topicals) or restrict an activity for `hours` after a session. */
export interface WaitAfterNeedlingParameters {
  scope: NeedlingScope;
  hours: number;
  /** Set for activity rules; then the rule has no subject topicals. */
  activity: Activity | null;
  /** For activity rules: avoid entirely, or minimise. */
  adviceLevel: ActivityAdviceLevel | null;
  /** Applies only to people of this Fitzpatrick type or darker. */
  minFitzpatrick: number | null;
}

/** Stop a topical or activity `hours` before a planned session. */
export interface StopBeforeNeedlingParameters {
  scope: NeedlingScope;
  hours: number;
  activity: Activity | null;
}

/** The rule's PAIR_A topicals conflict with its PAIR_B topicals. */
export interface PairConflictParameters {
  scope: ConflictScope;
  management: ConflictManagement;
}

/**
 * A skin condition (or a Fitzpatrick range, or a scar category as the concern) and its effect on
 * needling; SUBJECT topicals are held for the whole plan while it applies. Exactly one trigger is set.
 */
export interface ContraindicationParameters {
  condition: SkinCondition | null;
  minFitzpatrick: number | null;
  scarCategory: ScarCategory | null;
  eligibility: Eligibility;
  /** Warning code when the trigger is not a condition (a condition's warning code is its name). */
  warningCode: string | null;
  /** Which sessions it concerns; every session (the default) applies even without one. */
  scope: NeedlingScope;
}

/**
 * One of the SUBJECT topicals belongs in the given slots, from `fromHours` after the last session
 * (null: from the plan start) until `untilHours` after it (null: for the whole plan).
 */
export interface RequirementParameters {
  slots: Slot[];
  level: RequirementLevel;
  fromHours: number | null;
  untilHours: number | null;
}

/** Minimum days before the next session, for sessions in scope. */
export interface SessionIntervalParameters {
  scope: NeedlingScope;
  minDays: number;
}

export interface RuleParametersByKind {
  [RuleKind.WAIT_AFTER_NEEDLING]: WaitAfterNeedlingParameters;
  [RuleKind.STOP_BEFORE_NEEDLING]: StopBeforeNeedlingParameters;
  [RuleKind.PAIR_CONFLICT]: PairConflictParameters;
  [RuleKind.CONTRAINDICATION]: ContraindicationParameters;
  [RuleKind.REQUIREMENT]: RequirementParameters;
  [RuleKind.SESSION_INTERVAL]: SessionIntervalParameters;
}

// ---------------------------------------------------------------------------------------------
// Knowledge: rules and catalog as loaded from the database (published rows only).

export interface RuleFact {
  id: string;
  code: string;
  /** A string, not RuleKind: an unknown kind must fail loudly when rules are compiled. */
  kind: string;
  severity: Severity;
  title: string;
  rationale: string;
  management: string;
  subjectTopicalIds: string[];
  pairATopicalIds: string[];
  pairBTopicalIds: string[];
  /** Raw JSON; validated against the kind's parameter shape when rules are compiled. */
  parameters: unknown;
}

export interface TopicalFact {
  id: string;
  slug: string;
  name: string;
  category: TopicalCategory;
  allowedSlots: Slot[];
  /** Scar types this topical helps (suggested once its holds end). */
  helpsScarTypeIds: string[];
}

export interface ProductIngredientFact {
  topicalId: string;
  concentrationPercent: number | null;
}

export interface ProductFact {
  id: string;
  slug: string;
  name: string;
  brandSlug: string;
  priceCents: number;
  currency: string;
  inStock: boolean;
  ingredients: ProductIngredientFact[];
}

export interface ScarTypeFact {
  id: string;
  slug: string;
  category: ScarCategory;
}

// ---------------------------------------------------------------------------------------------
// Requests.

export interface SessionFact {
  treatmentId: string;
  device: Device;
  needleDepthMm: number;
  /** The needle lengths the treatment's device is made for (mm); null: not known. */
  deviceDepthRangeMm?: { min: number; max: number } | null;
  /** ISO-8601 instant with offset. */
  performedAt: string;
}

export interface ProductFilterFact {
  maxPriceCents: number | null;
  currency: string | null;
  inStockOnly: boolean;
  brandSlugs: string[];
  excludeProductIds: string[];
}

export interface RegimenRequest {
  lastSession: SessionFact | null;
  nextSession: SessionFact | null;
  scarTypeIds: string[];
  fitzpatrickType: number | null;
  conditions: SkinCondition[];
  /** Conditions with dates: from `since` to `until` (inclusive local dates; null: open-ended). */
  conditionPeriods: ConditionPeriodFact[];
  /** Medicines taken now (stoppedOn null) or stopped on a date; they add conditions (see regimen-context.ts). */
  medications: MedicationFact[];
  /** Years; null: not given. */
  age: number | null;
  /** YYYY-MM-DD of the latest filler or neurotoxin injection in the area; null: none. */
  fillerOrNeurotoxinOn: string | null;
  scarSeverity: ScarSeverity | null;
  /** Null: not given (the face is assumed). */
  treatmentArea: TreatmentArea | null;
  currentTopicalIds: string[];
  /** Their ingredients count as topicals in use. */
  currentProductIds: string[];
  /** YYYY-MM-DD; null: the last session's local date, else the local date of `now`. */
  startDate: string | null;
  days: number;
  /** IANA time zone name. */
  timeZone: string;
  productFilter: ProductFilterFact;
  /** ISO-8601 instant supplied by the caller so that the engine stays deterministic. */
  now: string;
}

export interface ConditionPeriodFact {
  condition: SkinCondition;
  /** YYYY-MM-DD; null: before the plan. */
  since: string | null;
  /** YYYY-MM-DD, the last day it lasts; null: ongoing. */
  until: string | null;
}

export interface MedicationFact {
  kind: MedicationKind;
  /** YYYY-MM-DD; null: taken now. */
  stoppedOn: string | null;
}

export interface RoutineItemFact {
  slot: Slot;
  topicalId: string | null;
  productId: string | null;
}

// ---------------------------------------------------------------------------------------------
// Results.

export interface RegimenWarningResult {
  code: string;
  severity: Severity;
  message: string;
  condition: SkinCondition | null;
  ruleId: string | null;
}

export interface TopicalHoldResult {
  topicalId: string;
  /** ISO-8601 with the plan's offset; null: from the beginning. */
  from: string | null;
  /** ISO-8601 with the plan's offset; null: for the whole plan. */
  until: string | null;
  reason: string;
  ruleId: string;
}

export interface RegimenStepResult {
  topicalId: string;
  /** Ranked: best first. */
  productIds: string[];
  why: string;
}

export interface ActivityAdviceResult {
  activity: Activity;
  level: ActivityAdviceLevel;
  reason: string;
  ruleId: string | null;
}

export interface RegimenDayResult {
  /** YYYY-MM-DD, local to the plan's time zone. */
  date: string;
  daysSinceSession: number | null;
  am: RegimenStepResult[];
  pm: RegimenStepResult[];
  avoid: ActivityAdviceResult[];
}

export interface TopicalConflictResult {
  aTopicalId: string;
  bTopicalId: string;
  severity: Severity;
  management: ConflictManagement;
  scope: ConflictScope;
  ruleId: string;
  /** In a routine check: the product whose own ingredients are the pair, if one is. */
  productId: string | null;
}

export interface MisplacedTopicalResult {
  topicalId: string;
  /** The routine item's product that brings the topical, if it came with one. */
  productId: string | null;
  slot: Slot;
  allowedSlots: readonly Slot[];
  reason: string;
}

export interface RegimenPlan {
  eligibility: Eligibility;
  warnings: RegimenWarningResult[];
  holds: TopicalHoldResult[];
  days: RegimenDayResult[];
  conflicts: TopicalConflictResult[];
  /**
   * Every rule behind what the plan says, once each, in no particular order: its warnings, holds,
   * activity advice and conflicts, and the requirements and pair conflicts that placed, moved or
   * alternated a step.
   */
  citedRuleIds: string[];
}
