// Invariants of every plan, over thousands of random requests. Counter-examples shrink to small
// requests and print their seed, so a failure can be replayed with fc.assert(..., { seed }).
import fc from 'fast-check';
import { DateTime } from 'luxon';
import {
  ConflictManagement,
  ConflictScope,
  Device,
  Eligibility,
  ELIGIBILITY_STRENGTH,
  MedicationKind,
  RequirementLevel,
  RuleKind,
  ScarSeverity,
  Severity,
  SkinCondition,
  Slot,
  TreatmentArea,
} from '../../../src/domain/enums';
import {
  BASIC_CARE_ONLY,
  checkRoutine,
  KnowledgeBase,
  recommendRegimen,
  RegimenPlan,
  RegimenRequest,
  REQUIRED_STEP_ON_HOLD,
  RoutineItemFact,
  RuleFact,
} from '../../../src/engine';
import { createRegimenContext } from '../../../src/engine/regimen-context';
import { computeTopicalHolds } from '../../../src/engine/topical-holds';
import {
  FIXTURE_PRODUCTS,
  SCAR_TYPES,
  TOPICALS,
  fixtureKnowledgeBase,
  productId,
  ruleId,
  slotInstant,
  syntheticProducts,
  topicalId,
} from '../../fixtures/engine-fixtures';

function extraRule(code: string, kind: RuleKind, topicals: Partial<RuleFact>, parameters: unknown): RuleFact {
  return {
    id: ruleId(code),
    code,
    kind,
    severity: Severity.HIGH,
    title: code,
    rationale: code,
    management: code,
    subjectTopicalIds: [],
    pairATopicalIds: [],
    pairBTopicalIds: [],
    parameters,
    ...topicals,
  };
}

/** The shipped knowledge plus rules exercising every management and a Fitzpatrick-limited hold. */
const PRODUCTS = [...FIXTURE_PRODUCTS, ...syntheticProducts(300, 7)];
const EXTRA_RULES = [
  extraRule(
    'pair/test-avoid-day',
    RuleKind.PAIR_CONFLICT,
    { pairATopicalIds: [topicalId('niacinamide')], pairBTopicalIds: [topicalId('azelaic-acid')] },
    { scope: ConflictScope.SAME_DAY, management: ConflictManagement.AVOID },
  ),
  extraRule(
    'pair/test-avoid-slot',
    RuleKind.PAIR_CONFLICT,
    { pairATopicalIds: [topicalId('hyaluronic-acid')], pairBTopicalIds: [topicalId('salicylic-acid')] },
    { scope: ConflictScope.SAME_SLOT, management: ConflictManagement.AVOID },
  ),
  extraRule(
    'pair/test-alternate-slot',
    RuleKind.PAIR_CONFLICT,
    { pairATopicalIds: [topicalId('lactic-acid')], pairBTopicalIds: [topicalId('benzoyl-peroxide'), topicalId('peptides')] },
    { scope: ConflictScope.SAME_SLOT, management: ConflictManagement.ALTERNATE_DAYS },
  ),
  extraRule(
    'wait-after/test-dark-skin-glycolic',
    RuleKind.WAIT_AFTER_NEEDLING,
    { subjectTopicalIds: [topicalId('glycolic-acid')] },
    {
      scope: { devices: [], depthAboveMm: null, depthUpToMm: null, tier: null },
      hours: 500,
      activity: null,
      adviceLevel: null,
      minFitzpatrick: 4,
    },
  ),
];
const kb = fixtureKnowledgeBase({ products: PRODUCTS, extraRules: EXTRA_RULES });

const ZONES = ['Europe/Berlin', 'UTC', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Chatham'];
/** Day 0 is 2024-03-01: offsets reach both daylight-saving changes of the northern and southern zones. */
const DAY_0 = Date.UTC(2024, 2, 1);
const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;

const sessionArb = (fromDay: number, toDay: number) =>
  fc.record({
    device: fc.constantFrom(...Object.values(Device)),
    needleDepthMm: fc.constantFrom(0.1, 0.2, 0.25, 0.3, 0.5, 0.6, 1, 1.1, 1.5, 2.5),
    atMinute: fc.integer({ min: fromDay * 24 * 60, max: toDay * 24 * 60 }),
  });

const requestArb: fc.Arbitrary<RegimenRequest> = fc
  .record({
    last: fc.option(sessionArb(0, 240), { nil: null }),
    next: fc.option(sessionArb(1, 60), { nil: null }),
    scarTypeIds: fc.subarray(
      SCAR_TYPES.map((scar) => scar.id),
      { maxLength: 3 },
    ),
    fitzpatrickType: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
    conditions: fc.subarray(Object.values(SkinCondition), { maxLength: 2 }),
    age: fc.option(fc.integer({ min: 12, max: 80 }), { nil: null }),
    fillerOrNeurotoxinOn: fc.option(fc.constantFrom('2024-02-20', '2023-01-01'), { nil: null }),
    scarSeverity: fc.option(fc.constantFrom(...Object.values(ScarSeverity)), { nil: null }),
    treatmentArea: fc.option(fc.constantFrom(...Object.values(TreatmentArea)), { nil: null }),
    conditionPeriods: fc.array(
      fc.record({
        condition: fc.constantFrom(...Object.values(SkinCondition)),
        since: fc.option(fc.constantFrom('2024-02-25', '2024-03-01', '2024-03-03'), { nil: null }),
        until: fc.option(fc.constantFrom('2024-03-01', '2024-03-04', '2024-03-20'), { nil: null }),
      }),
      { maxLength: 2 },
    ),
    medications: fc.array(
      fc.record({
        kind: fc.constantFrom(...Object.values(MedicationKind)),
        stoppedOn: fc.option(fc.constantFrom('2023-06-01', '2023-12-20', '2024-02-20'), { nil: null }),
      }),
      { maxLength: 2 },
    ),
    currentTopicalIds: fc.subarray(
      TOPICALS.map((topical) => topical.id),
      { maxLength: 6 },
    ),
    currentProductIds: fc.subarray(
      FIXTURE_PRODUCTS.map((product) => product.id),
      { maxLength: 3 },
    ),
    startDay: fc.option(fc.integer({ min: 0, max: 250 }), { nil: null }),
    days: fc.integer({ min: 1, max: 35 }),
    timeZone: fc.constantFrom(...ZONES),
    productFilter: fc.record({
      maxPriceCents: fc.option(fc.integer({ min: 500, max: 6000 }), { nil: null }),
      currency: fc.option(fc.constantFrom('EUR', 'USD'), { nil: null }),
      inStockOnly: fc.boolean(),
      brandSlugs: fc.subarray(['lab-basic', 'derm-rx', 'glow-co', 'brand-1', 'brand-2'], { maxLength: 2 }),
      excludeProductIds: fc.subarray(['ha-serum', 'mineral-spf', 'tretinoin-cream', 'bpo-wash'].map(productId)),
    }),
    nowDay: fc.integer({ min: 0, max: 250 }),
  })
  .map(({ last, next, startDay, nowDay, ...rest }) => {
    const instant = (minute: number) => new Date(DAY_0 + minute * MINUTE).toISOString();
    const fact = (s: { device: Device; needleDepthMm: number; atMinute: number }, minute: number) => ({
      treatmentId: 'treatment-1',
      device: s.device,
      needleDepthMm: s.needleDepthMm,
      performedAt: instant(minute),
    });
    return {
      ...rest,
      lastSession: last && fact(last, last.atMinute),
      // The next session comes after the last one (or after day 0 when there is none).
      nextSession: next && fact(next, (last?.atMinute ?? 0) + next.atMinute),
      startDate: startDay === null ? null : new Date(DAY_0 + startDay * DAY).toISOString().slice(0, 10),
      now: instant(nowDay * 24 * 60),
    };
  });

const topicalOf = (id: string) => kb.topicalsById.get(id)!;
const conflictsBetween = (x: string, y: string) => kb.pairConflicts.between(x, y);
const anyConflict = (x: string, y: string) => conflictsBetween(x, y).length > 0;
const dayConflict = (x: string, y: string) => conflictsBetween(x, y).some(({ rule }) => rule.parameters.scope === ConflictScope.SAME_DAY);

/** Every broken invariant, described; plain checks because `expect` is too slow for millions of them. */
function planViolations(request: RegimenRequest, plan: RegimenPlan): string[] {
  const violations: string[] = [];
  const check = (ok: boolean, message: () => string) => {
    if (!ok) violations.push(message());
  };
  const zone = request.timeZone;
  // Products may contain topicals the plan does not report holds for, so their check uses the engine's own holds.
  // A NOT_RECOMMENDED answer plans basic care as if the booked session will not happen.
  const plannedFor = plan.warnings.some((warning) => warning.code === BASIC_CARE_ONLY) ? { ...request, nextSession: null } : request;
  const internalHolds = computeTopicalHolds(kb, createRegimenContext(kb, plannedFor));
  const reportedHolds = plan.holds.map((hold) => ({
    topicalId: hold.topicalId,
    from: hold.from === null ? -Infinity : DateTime.fromISO(hold.from).toMillis(),
    until: hold.until === null ? Infinity : DateTime.fromISO(hold.until).toMillis(),
  }));
  const heldByReport = (topicalId: string, at: number) =>
    reportedHolds.some((hold) => hold.topicalId === topicalId && hold.from <= at && at < hold.until);
  const filter = request.productFilter;

  check(plan.days.length === request.days, () => `${plan.days.length} days instead of ${request.days}`);
  plan.days.forEach((day, index) => {
    const expectedDate = DateTime.fromISO(plan.days[0].date, { zone }).plus({ days: index }).toISODate();
    check(day.date === expectedDate, () => `day ${index} is ${day.date}, not ${expectedDate}`);
    const stepsBySlot = { [Slot.AM]: day.am, [Slot.PM]: day.pm };
    for (const slot of [Slot.AM, Slot.PM]) {
      const at = slotInstant(day.date, slot, zone).toMillis();
      const steps = stepsBySlot[slot];
      const here = steps.map((step) => step.topicalId);
      const otherSlot = stepsBySlot[slot === Slot.AM ? Slot.PM : Slot.AM].map((step) => step.topicalId);
      const where = (what: string) => () => `${day.date} ${slot}: ${what}`;
      check(new Set(here).size === here.length, where('a topical twice'));
      for (const step of steps) {
        const id = step.topicalId;
        check(topicalOf(id).allowedSlots.includes(slot), where(`${id} outside its allowed slots`));
        check(!heldByReport(id, at), where(`${id} inside a hold`));
        check(step.why.length > 0, where(`${id} without why`));
        for (const other of here) check(other === id || !anyConflict(id, other), where(`${id} conflicts with ${other}`));
        for (const other of otherSlot) check(!dayConflict(id, other), where(`${id} same-day conflict with ${other}`));
        check(step.productIds.length <= 3 && new Set(step.productIds).size === step.productIds.length, where(`${id} products`));
        for (const productId of step.productIds) {
          const product = kb.productsById.get(productId)!;
          const { fact } = product;
          const listed = (what: string) => where(`${productId} under ${id}: ${what}`);
          check(product.topicalIds.includes(id), listed('lacks the topical'));
          check(!product.conflictsWithItself, listed('conflicts with itself'));
          check(!filter.excludeProductIds.includes(productId), listed('excluded'));
          check(filter.maxPriceCents === null || fact.priceCents <= filter.maxPriceCents, listed('too expensive'));
          check(filter.currency === null || fact.currency === filter.currency, listed('wrong currency'));
          check(!filter.inStockOnly || fact.inStock, listed('out of stock'));
          check(filter.brandSlugs.length === 0 || filter.brandSlugs.includes(fact.brandSlug), listed('wrong brand'));
          for (const ingredient of product.topicalIds) {
            check(topicalOf(ingredient).allowedSlots.includes(slot), listed(`${ingredient} not allowed in the slot`));
            check(!internalHolds.isHeld(ingredient, at), listed(`${ingredient} held`));
            for (const other of here) check(other === ingredient || !anyConflict(ingredient, other), listed(`${ingredient} vs ${other}`));
            for (const other of otherSlot) check(other === ingredient || !dayConflict(ingredient, other), listed(`${ingredient} vs ${other} today`));
          }
        }
      }
    }
    check(new Set(day.avoid.map((advice) => advice.activity)).size === day.avoid.length, () => `${day.date}: advice twice`);
  });

  // A required step missing from its slot is a step the holds keep out, and a warning names that morning or evening.
  for (const rule of kb.rules.byKind[RuleKind.REQUIREMENT]) {
    const { level, slots, fromHours, untilHours } = rule.parameters;
    if (level !== RequirementLevel.REQUIRED || fromHours !== null || untilHours !== null) continue;
    for (const day of plan.days) {
      for (const slot of slots) {
        const steps = slot === Slot.AM ? day.am : day.pm;
        if (steps.some((step) => rule.subjectTopicalIds.includes(step.topicalId))) continue;
        const at = slotInstant(day.date, slot, zone).toMillis();
        const fitting = rule.subjectTopicalIds.filter((id) => topicalOf(id).allowedSlots.includes(slot));
        check(fitting.length > 0 && fitting.every((id) => internalHolds.isHeld(id, at)), () => `${day.date} ${slot}: ${rule.code} left out unheld`);
        const named = plan.warnings.some((warning) => warning.code === REQUIRED_STEP_ON_HOLD && warning.message.includes(day.date));
        const inRange = plan.warnings.some(
          (warning) =>
            warning.code === REQUIRED_STEP_ON_HOLD && /of (\S+) to (\S+) the plan/.test(warning.message) && within(warning.message, day.date),
        );
        check(named || inRange, () => `${day.date} ${slot}: ${rule.code} left out without a warning`);
      }
    }
  }

  // Every current topical is in the plan, or a hold or a conflict says why not; without either it is there every day.
  const current = new Set([...request.currentTopicalIds, ...request.currentProductIds.flatMap((id) => kb.productsById.get(id)!.topicalIds)]);
  for (const topicalId of current) {
    const explained =
      // A NOT_RECOMMENDED answer keeps basic care only and says so.
      plan.warnings.some((warning) => warning.code === BASIC_CARE_ONLY) ||
      plan.holds.some((hold) => hold.topicalId === topicalId) ||
      plan.conflicts.some((conflict) => conflict.aTopicalId === topicalId || conflict.bTopicalId === topicalId);
    const daysWithIt = plan.days.filter((day) => [...day.am, ...day.pm].some((step) => step.topicalId === topicalId));
    check(explained || daysWithIt.length === plan.days.length, () => `${topicalId} dropped without explanation`);
  }

  // Every explanation names a rule that exists.
  const ruleIds = [
    ...plan.holds.map((hold) => hold.ruleId),
    ...plan.warnings.map((warning) => warning.ruleId),
    ...plan.conflicts.map((conflict) => conflict.ruleId),
    ...plan.days.flatMap((day) => day.avoid.map((advice) => advice.ruleId)),
  ];
  for (const id of ruleIds) check(kb.rules.byId.has(id as string), () => `unknown rule ${id}`);

  for (const conflict of plan.conflicts) {
    check(current.has(conflict.aTopicalId) && current.has(conflict.bTopicalId), () => `conflict ${conflict.ruleId} not among current topicals`);
  }
  // A required step on hold says what to do meanwhile and decides nothing. Other warnings are cautions, except a session booked too soon, which may be a deferral (well inside its interval);
  // a condition given only with dates decides nothing unless it covers the session.
  const strongest = (tooSoon: Eligibility, datedOnly: (eligibility: Eligibility) => Eligibility) =>
    plan.warnings
      .map((warning) => {
        if (warning.code === REQUIRED_STEP_ON_HOLD) return Eligibility.ELIGIBLE;
        const rule = kb.rules.byId.get(warning.ruleId as string)!;
        if (rule.kind === RuleKind.CONTRAINDICATION) {
          const dated = warning.condition !== null && !request.conditions.includes(warning.condition);
          return dated ? datedOnly(rule.parameters.eligibility) : rule.parameters.eligibility;
        }
        return rule.kind === RuleKind.SESSION_INTERVAL ? tooSoon : Eligibility.CAUTION;
      })
      .reduce((best, e) => (ELIGIBILITY_STRENGTH.indexOf(e) > ELIGIBILITY_STRENGTH.indexOf(best) ? e : best), Eligibility.ELIGIBLE);
  const [least, most] = [strongest(Eligibility.CAUTION, () => Eligibility.ELIGIBLE), strongest(Eligibility.DEFER, (e) => e)].map((e) =>
    ELIGIBILITY_STRENGTH.indexOf(e),
  );
  const got = ELIGIBILITY_STRENGTH.indexOf(plan.eligibility);
  check(got >= least && got <= most, () => `eligibility ${plan.eligibility} outside what its warnings give`);

  const holdStarts = reportedHolds.map((hold) => hold.from);
  check(
    holdStarts.every((start, i) => i === 0 || holdStarts[i - 1] <= start),
    () => 'holds out of order',
  );
  return violations;
}

describe('recommendRegimen properties', () => {
  it('keeps every invariant for random requests', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        expect(planViolations(request, recommendRegimen(kb, request))).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('is deterministic, also across separately built knowledge bases', () => {
    const rebuilt: KnowledgeBase = fixtureKnowledgeBase({ products: [...PRODUCTS].reverse(), extraRules: EXTRA_RULES });
    fc.assert(
      fc.property(requestArb, (request) => {
        const plan = recommendRegimen(kb, request);
        expect(recommendRegimen(kb, request)).toEqual(plan);
        expect(recommendRegimen(rebuilt, structuredClone(request))).toEqual(plan);
      }),
      { numRuns: 150 },
    );
  });
});

describe('checkRoutine properties', () => {
  const itemArb: fc.Arbitrary<RoutineItemFact> = fc
    .record({
      slot: fc.constantFrom(Slot.AM, Slot.PM),
      topicalId: fc.option(fc.constantFrom(...TOPICALS.map((topical) => topical.id)), { nil: null }),
      productId: fc.option(fc.constantFrom(...FIXTURE_PRODUCTS.map((product) => product.id)), { nil: null }),
    })
    .filter((item) => item.topicalId !== null || item.productId !== null);

  it('reports each real conflict once, whatever the order of the items', () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 8 }), (items) => {
        const conflicts = checkRoutine(kb, items);
        expect(checkRoutine(kb, [...items].reverse())).toEqual(conflicts);
        const keys = conflicts.map((c) => `${c.ruleId}|${c.aTopicalId}|${c.bTopicalId}`);
        expect(new Set(keys).size).toBe(keys.length);
        const slotsOf = (topicalId: string) =>
          items
            .filter(
              (item) =>
                item.topicalId === topicalId || (item.productId !== null && kb.productsById.get(item.productId)!.topicalIds.includes(topicalId)),
            )
            .map((item) => item.slot);
        for (const conflict of conflicts) {
          const rule = kb.rules.byId.get(conflict.ruleId)!;
          expect(rule.pairATopicalIds).toContain(conflict.aTopicalId);
          expect(rule.pairBTopicalIds).toContain(conflict.bTopicalId);
          const aSlots = slotsOf(conflict.aTopicalId);
          const bSlots = slotsOf(conflict.bTopicalId);
          expect(aSlots.length > 0 && bSlots.length > 0).toBe(true);
          if (conflict.scope === ConflictScope.SAME_SLOT) expect(aSlots.some((slot) => bSlots.includes(slot))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** Whether a "… of FIRST to LAST the plan …" message covers the date (ISO dates compare as text). */
function within(message: string, date: string): boolean {
  const [, first, last] = /of (\S+) to (\S+) the plan/.exec(message) as RegExpExecArray;
  return first <= date && date <= last;
}
