// recommendRegimen: a day-by-day aftercare plan for one person, from a cached knowledge base.
import { Eligibility, RuleKind, Slot, TopicalCategory } from '../domain/enums';
import { RegimenPlan, RegimenRequest, RegimenStepResult, RegimenWarningResult, TopicalFact, TopicalHoldResult } from './facts';
import { KnowledgeBase } from './knowledge-base';
import { adviseActivities } from './activity-advice';
import { assessEligibility, EligibilityAssessment } from './eligibility';
import { compareText } from './ordering';
import { PlanDay, formatInstant } from './plan-clock';
import { ProductPicker } from './product-picker';
import { RegimenContext, createRegimenContext } from './regimen-context';
import { requiredStepsOnHold } from './held-requirements';
import { conflictsAmong } from './routine-check';
import { chooseScarHelpers } from './scar-helpers';
import { PlannedDay, StepPlanner } from './step-planner';
import { StepExplainer } from './step-why';
import { HoldWindow, TopicalHolds, computeTopicalHolds } from './topical-holds';

export function recommendRegimen(kb: KnowledgeBase, request: RegimenRequest): RegimenPlan {
  const context = createRegimenContext(kb, request);
  const assessment = assessEligibility(kb, context);
  if (assessment.eligibility === Eligibility.NOT_RECOMMENDED) return basicCarePlan(kb, context, assessment);
  return planAround(kb, context, assessment);
}

/** The categories of basic skin care: what a person who should not be needled keeps using. */
const BASIC_CARE = new Set([TopicalCategory.HUMECTANT, TopicalCategory.MOISTURISER, TopicalCategory.SUNSCREEN]);

/** The topicals of basic care: a basic-care plan (BASIC_CARE_ONLY) picks only products made of these alone. */
export function basicCareTopicalIds(kb: KnowledgeBase): string[] {
  return kb.topicals.filter((topical) => BASIC_CARE.has(topical.category)).map((topical) => topical.id);
}

/**
 * Needling is not advisable: no plan may presume it goes ahead. The answer is the eligibility, its
 * warnings (each with its referral) and basic care only (moisturiser and sunscreen) over the same
 * days. A booked session is left out; a session already done keeps its waits and activity advice,
 * which protect skin that was needled anyway.
 */
function basicCarePlan(kb: KnowledgeBase, context: RegimenContext, assessment: EligibilityAssessment): RegimenPlan {
  const { request } = context;
  const isBasicCare = (topicalId: string) => BASIC_CARE.has(kb.topicalsById.get(topicalId)!.category);
  const basicCare = [...context.currentTopicalIds].filter(isBasicCare);
  const moisturiser = kb.topicals.find((topical) => topical.category === TopicalCategory.MOISTURISER);
  if (moisturiser && !basicCare.some((id) => kb.topicalsById.get(id)!.category === TopicalCategory.MOISTURISER)) basicCare.push(moisturiser.id);
  const withoutNeedling = createRegimenContext(kb, {
    ...request,
    nextSession: null,
    scarTypeIds: [],
    currentTopicalIds: basicCare,
    currentProductIds: [],
    startDate: context.days[0].date,
    // A sunscreen with vitamin C in it would bring back an active: only products of basic care alone.
    productFilter: {
      ...request.productFilter,
      excludeProductIds: [
        ...request.productFilter.excludeProductIds,
        ...[...kb.productsById.values()].filter((product) => !product.topicalIds.every(isBasicCare)).map((product) => product.fact.id),
      ],
    },
  });
  const strongest = assessment.warnings[0];
  const basicCareOnly: RegimenWarningResult = {
    code: BASIC_CARE_ONLY,
    severity: strongest.severity,
    message:
      'Needling is not recommended, so this plan covers basic skin care only: a gentle cleanser, a moisturiser and sunscreen. ' +
      'Please see a dermatologist about other treatments for the scars.',
    condition: strongest.condition,
    ruleId: strongest.ruleId,
  };
  return planAround(kb, withoutNeedling, { eligibility: assessment.eligibility, warnings: [...assessment.warnings, basicCareOnly] }, isBasicCare);
}

/** The warning code of a NOT_RECOMMENDED answer's basic-care plan. */
export const BASIC_CARE_ONLY = 'BASIC_CARE_ONLY';

/** The plan for `context`, with steps and reported holds for the topicals `planned` accepts (all, but in a basic-care plan). */
function planAround(
  kb: KnowledgeBase,
  context: RegimenContext,
  { eligibility, warnings }: EligibilityAssessment,
  planned: (topicalId: string) => boolean = () => true,
): RegimenPlan {
  const { request } = context;
  const holds = computeTopicalHolds(kb, context);
  const scarHelpers = chooseScarHelpers(kb, context, holds);
  const plannedDays = new StepPlanner(kb, context, holds, scarHelpers.topicals).plan().map((day) => ({
    ...day,
    steps: {
      [Slot.AM]: day.steps[Slot.AM].filter((s) => planned(s.topical.id)),
      [Slot.PM]: day.steps[Slot.PM].filter((s) => planned(s.topical.id)),
    },
  }));
  const explainer = new StepExplainer(kb, context, holds, scarHelpers.retinoidLeftOut);
  const picker = new ProductPicker(kb, holds, request.productFilter, context.currentProductIds);
  const advice = adviseActivities(kb, context);

  // Holds are reported for what the plan concerns, not for the whole catalog.
  const concernedTopicalIds = new Set([
    ...context.currentTopicalIds,
    ...kb.rules.byKind[RuleKind.REQUIREMENT].flatMap((rule) => rule.subjectTopicalIds),
    ...scarHelpers.topicals.map((topical) => topical.id),
  ]);
  const reportedHolds = reportHolds(kb, context, holds, new Set([...concernedTopicalIds].filter(planned)));
  const days = plannedDays.map((planned, index) => ({
    date: planned.day.date,
    daysSinceSession: daysSinceSession(context, planned.day),
    am: describeSteps(planned, Slot.AM, picker, explainer),
    pm: describeSteps(planned, Slot.PM, picker, explainer),
    avoid: advice[index],
  }));
  const conflicts = conflictsAmong(kb, context.currentTopicalIds);
  const allWarnings = [...warnings, ...requiredStepsOnHold(kb, context, holds)];
  return {
    eligibility,
    warnings: allWarnings,
    holds: reportedHolds,
    days,
    conflicts,
    citedRuleIds: citedRuleIds([...allWarnings, ...reportedHolds, ...conflicts, ...days.flatMap((day) => day.avoid)], plannedDays),
  };
}

/** The rules the plan's results name, and those behind its steps' reasons (which name only a rule's title). */
function citedRuleIds(results: readonly { ruleId: string | null }[], plannedDays: readonly PlannedDay[]): string[] {
  const ids = new Set<string>();
  for (const { ruleId } of results) if (ruleId !== null) ids.add(ruleId);
  for (const planned of plannedDays) {
    for (const step of [...planned.steps[Slot.AM], ...planned.steps[Slot.PM]]) {
      for (const reason of step.reasons) if ('rule' in reason) ids.add(reason.rule.id);
    }
  }
  return [...ids];
}

function describeSteps(planned: PlannedDay, slot: Slot, picker: ProductPicker, explainer: StepExplainer): RegimenStepResult[] {
  const otherSlot = slot === Slot.AM ? Slot.PM : Slot.AM;
  const atMs = planned.day.slotMs[slot];
  const pick = picker.forSlot({
    slot,
    atMs,
    slotTopicalIds: planned.steps[slot].map((step) => step.topical.id),
    otherSlotTopicalIds: planned.steps[otherSlot].map((step) => step.topical.id),
  });
  return planned.steps[slot].map(({ topical, reasons }) => ({
    topicalId: topical.id,
    productIds: pick(topical.id),
    why: explainer.explain(topical, reasons, slot, atMs),
  }));
}

/** Whole local days since the latest session that has happened by that day. */
function daysSinceSession(context: RegimenContext, day: PlanDay): number | null {
  const session = context.sessions.filter((s) => s.dayNumber <= day.dayNumber).at(-1);
  return session ? day.dayNumber - session.dayNumber : null;
}

function reportHolds(kb: KnowledgeBase, context: RegimenContext, holds: TopicalHolds, topicalIds: ReadonlySet<string>): TopicalHoldResult[] {
  const slug = (window: HoldWindow) => (kb.topicalsById.get(window.topicalId) as TopicalFact).slug;
  return [...topicalIds]
    .flatMap((topicalId) => holds.windowsOf(topicalId))
    .filter(
      (window) => (window.fromMs === null || window.fromMs < context.planEndMs) && (window.untilMs === null || window.untilMs > context.planStartMs),
    )
    .sort(
      (a, b) =>
        compareInstants(a.fromMs, b.fromMs, -1) ||
        compareText(slug(a), slug(b)) ||
        compareInstants(a.untilMs, b.untilMs, 1) ||
        compareText(a.rule.code, b.rule.code),
    )
    .map((window) => ({
      topicalId: window.topicalId,
      from: window.fromMs === null ? null : formatInstant(window.fromMs, context.zone),
      until: window.untilMs === null ? null : formatInstant(window.untilMs, context.zone),
      reason: window.reason,
      ruleId: window.rule.id,
    }));
}

/** `unboundedSign` -1 puts an unbounded start first, 1 puts an unbounded end last. */
function compareInstants(a: number | null, b: number | null, unboundedSign: -1 | 1): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? unboundedSign : -unboundedSign;
  return a - b;
}
