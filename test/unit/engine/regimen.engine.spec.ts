import { DateTime } from 'luxon';
import {
  Activity,
  ActivityAdviceLevel,
  ConflictManagement,
  ConflictScope,
  Device,
  Eligibility,
  RuleKind,
  Severity,
  SkinCondition,
  Slot,
  TopicalCategory,
} from '../../../src/domain/enums';
import { BASIC_CARE_ONLY, FITZPATRICK_TYPE_UNKNOWN, REQUIRED_STEP_ON_HOLD, RegimenPlan, RuleFact, recommendRegimen } from '../../../src/engine';
import { buildPlanDays, planZone } from '../../../src/engine/plan-clock';
import {
  NO_FILTER,
  TOPICALS,
  dayOf,
  daysWith,
  fixtureKnowledgeBase,
  productId,
  request,
  ruleId,
  scarTypeId,
  session,
  shippedRule,
  slugOf,
  slugsIn,
  topicalId,
} from '../../fixtures/engine-fixtures';

const kb = fixtureKnowledgeBase();
const { AM, PM } = Slot;
const ZONE = 'Europe/Berlin';
/** A Monday in summer time, well away from daylight-saving changes. */
const SESSION_AT = '2024-05-06T10:00:00+02:00';
const iso = (text: string, plusHours = 0) => DateTime.fromISO(text, { zone: ZONE }).plus({ hours: plusHours }).toISO();

const holdsOf = (plan: RegimenPlan, slug: string) => plan.holds.filter((hold) => hold.topicalId === topicalId(slug));
/** The holds after a session, leaving out the stop-before hold that precedes the same session. */
const holdsAfterNeedlingOf = (plan: RegimenPlan, slug: string) =>
  holdsOf(plan, slug).filter((hold) => !hold.ruleId.startsWith(ruleId('stop-before/')));
const productSlugs = (ids: string[]) => ids.map((id) => id.replace(/^product-/, ''));
const stepOf = (plan: RegimenPlan, index: number, slot: Slot, slug: string) => {
  const step = (slot === AM ? plan.days[index].am : plan.days[index].pm).find((s) => s.topicalId === topicalId(slug));
  if (!step) throw new Error(`no ${slug} step in ${slot} of day ${index}`);
  return step;
};
const range = (from: number, to: number, step = 1) => Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);

function pairRule(code: string, a: string, b: string, scope: ConflictScope, management: ConflictManagement): RuleFact {
  return {
    id: ruleId(code),
    code,
    kind: RuleKind.PAIR_CONFLICT,
    severity: Severity.HIGH,
    title: code,
    rationale: `rationale of ${code}`,
    management: `management of ${code}`,
    subjectTopicalIds: [],
    pairATopicalIds: [topicalId(a)],
    pairBTopicalIds: [topicalId(b)],
    parameters: { scope, management },
  };
}

/** A wait after any session: for a topical (`slug`) or, with `activity` and `adviceLevel`, an activity. */
function waitRule(
  code: string,
  hours: number,
  target: { slug?: string; activity?: Activity; adviceLevel?: ActivityAdviceLevel; minFitzpatrick?: number },
): RuleFact {
  return {
    id: ruleId(code),
    code,
    kind: RuleKind.WAIT_AFTER_NEEDLING,
    severity: Severity.MODERATE,
    title: code,
    rationale: `rationale of ${code}`,
    management: `management of ${code}`,
    subjectTopicalIds: target.slug ? [topicalId(target.slug)] : [],
    pairATopicalIds: [],
    pairBTopicalIds: [],
    parameters: {
      scope: { devices: [], depthAboveMm: null, depthUpToMm: null, tier: null },
      hours,
      activity: target.activity ?? null,
      adviceLevel: target.adviceLevel ?? null,
      minFitzpatrick: target.minFitzpatrick ?? null,
    },
  };
}

describe('recommendRegimen: holds after needling', () => {
  it.each<[Device, number, string, number, string]>([
    [Device.DERMAPEN, 1.5, 'tretinoin', 14 * 24, 'prescription-retinoids/t4'],
    [Device.DERMAROLLER, 0.2, 'vitamin-c', 3 * 24, 'vitamin-c/t1'],
    [Device.RF_MICRONEEDLING, 0.5, 'tretinoin', 14 * 24, 'prescription-retinoids/t4-rf'],
    [Device.RF_MICRONEEDLING, 0.5, 'retinol', 14 * 24, 'retinol/t4-rf'],
    [Device.RF_MICRONEEDLING, 0.5, 'vitamin-c', 7 * 24, 'vitamin-c/t4-rf'],
    // A pen at 0.5 mm or deeper takes the next deeper tier's windows; a roller keeps its own.
    [Device.DERMAPEN, 1.0, 'tretinoin', 14 * 24, 'prescription-retinoids/t4'],
    [Device.DERMAPEN, 1.0, 'retinol', 14 * 24, 'retinol/t4'],
    [Device.DERMAROLLER, 1.0, 'retinol', 7 * 24, 'retinol/t3'],
    [Device.DERMAROLLER, 0.25, 'glycolic-acid', 3 * 24, 'aha-bha-benzoyl-peroxide-hydroquinone/t1'],
    [Device.DERMAROLLER, 0.3, 'glycolic-acid', 7 * 24, 'aha-bha-benzoyl-peroxide-hydroquinone/t2'],
    [Device.DERMAPEN, 1.1, 'benzoyl-peroxide', 14 * 24, 'aha-bha-benzoyl-peroxide-hydroquinone/t4'],
    [Device.DERMAROLLER, 0.2, 'mineral-sunscreen', 12, 'mineral-sunscreen/t1'],
    [Device.DERMAPEN, 0.5, 'chemical-sunscreen', 3 * 24, 'chemical-sunscreen/t3'],
    [Device.DERMAROLLER, 0.5, 'chemical-sunscreen', 2 * 24, 'chemical-sunscreen/t2'],
    [Device.DERMAPEN, 0.4, 'chemical-sunscreen', 2 * 24, 'chemical-sunscreen/t2'],
  ])('%s at %s mm holds %s for %s hours (%s)', (device, depth, slug, hours, code) => {
    const plan = recommendRegimen(kb, request({ lastSession: session(device, depth, SESSION_AT), using: [slug] }));

    expect(holdsAfterNeedlingOf(plan, slug)).toEqual([
      expect.objectContaining({ from: iso(SESSION_AT), until: iso(SESSION_AT, hours), ruleId: ruleId(`wait-after/${code}`) }),
    ]);
    const held = (date: string, slot: Slot) => {
      const at = DateTime.fromISO(date, { zone: ZONE }).set({ hour: slot === AM ? 8 : 21 });
      return at >= DateTime.fromISO(SESSION_AT) && at < DateTime.fromISO(SESSION_AT).plus({ hours });
    };
    for (const day of plan.days) {
      for (const slot of [AM, PM]) {
        if (held(day.date, slot)) expect(slugsIn(day, slot)).not.toContain(slug);
      }
    }
  });

  it('explains a hold with the session and the rule', () => {
    const plan = recommendRegimen(kb, request({ lastSession: session(Device.DERMAPEN, 1.5, SESSION_AT), using: ['tretinoin'] }));

    expect(holdsAfterNeedlingOf(plan, 'tretinoin')[0].reason).toBe(
      `Wait 14 days after a 1.5 mm pen session before using Tretinoin. ${shippedRule('wait-after/prescription-retinoids/t4').management}`,
    );
    expect(daysWith(plan, 'tretinoin', PM)[0]).toBe(14);
    expect(stepOf(plan, 14, PM, 'tretinoin').why).toBe('You already use this; resumed after its hold ended on 2024-05-20');
  });

  it('creates no hold for a rule of 0 hours', () => {
    const plan = recommendRegimen(kb, request({ lastSession: session(Device.DERMAPEN, 1.5, SESSION_AT), using: ['hyaluronic-acid'] }));

    expect(holdsAfterNeedlingOf(plan, 'hyaluronic-acid')).toEqual([]);
    expect(slugsIn(plan.days[0], PM)).toContain('hyaluronic-acid');
  });

  it('keeps the longest of several applicable windows, naming its rule', () => {
    const longer = fixtureKnowledgeBase({ extraRules: [waitRule('wait-after/test-long-vitamin-c', 10 * 24, { slug: 'vitamin-c' })] });
    const plan = recommendRegimen(longer, request({ lastSession: session(Device.DERMAPEN, 1.5, SESSION_AT), using: ['vitamin-c'] }));

    expect(holdsAfterNeedlingOf(plan, 'vitamin-c')).toEqual([
      expect.objectContaining({ until: iso(SESSION_AT, 240), ruleId: ruleId('wait-after/test-long-vitamin-c') }),
    ]);
  });

  it.each([
    [5, 21 * 24, 'wait-after/test-dark-skin-glycolic'],
    [4, 21 * 24, 'wait-after/test-dark-skin-glycolic'],
    [3, 14 * 24, 'wait-after/aha-bha-benzoyl-peroxide-hydroquinone/t4'],
    // Unknown: the cautious case, as for darker skin.
    [null, 21 * 24, 'wait-after/test-dark-skin-glycolic'],
  ])('applies a Fitzpatrick-limited window to type %s: %s hours', (fitzpatrickType, hours, code) => {
    const darkSkin = fixtureKnowledgeBase({
      extraRules: [waitRule('wait-after/test-dark-skin-glycolic', 21 * 24, { slug: 'glycolic-acid', minFitzpatrick: 4 })],
    });
    const plan = recommendRegimen(
      darkSkin,
      request({ lastSession: session(Device.DERMAPEN, 1.5, SESSION_AT), using: ['glycolic-acid'], fitzpatrickType }),
    );

    expect(holdsAfterNeedlingOf(plan, 'glycolic-acid')).toEqual([expect.objectContaining({ until: iso(SESSION_AT, hours), ruleId: ruleId(code) })]);
  });

  it('stops topicals before a past session too, so nothing is scheduled on its morning', () => {
    const plan = recommendRegimen(kb, request({ lastSession: session(Device.DERMAROLLER, 0.2, SESSION_AT), using: ['vitamin-c'] }));

    expect(holdsOf(plan, 'vitamin-c').map((hold) => [hold.from, hold.until, hold.ruleId])).toEqual([
      [iso(SESSION_AT, -3 * 24), iso(SESSION_AT), ruleId('stop-before/vitamin-c-and-hydroquinone')],
      [iso(SESSION_AT), iso(SESSION_AT, 3 * 24), ruleId('wait-after/vitamin-c/t1')],
    ]);
    expect(slugsIn(plan.days[0], AM)).not.toContain('vitamin-c');
  });

  it('stops topicals before the next session and holds them again after it', () => {
    const next = '2024-06-10T10:00:00+02:00';
    const plan = recommendRegimen(
      kb,
      request({
        lastSession: session(Device.DERMAPEN, 1.5, SESSION_AT),
        nextSession: session(Device.DERMAPEN, 1.5, next),
        using: ['tretinoin', 'vitamin-c'],
        startDate: '2024-05-30',
        days: 30,
      }),
    );

    expect(holdsOf(plan, 'tretinoin')).toEqual([
      expect.objectContaining({ from: iso(next, -7 * 24), until: iso(next), ruleId: ruleId('stop-before/retinoids') }),
      expect.objectContaining({ from: iso(next), until: iso(next, 14 * 24), ruleId: ruleId('wait-after/prescription-retinoids/t4') }),
    ]);
    expect(holdsOf(plan, 'tretinoin')[0].reason).toBe(
      `Stop Tretinoin 7 days before the 1.5 mm pen session on 2024-06-10. ${shippedRule('stop-before/retinoids').management}`,
    );
    expect(holdsOf(plan, 'vitamin-c').map((hold) => [hold.from, hold.until])).toEqual([
      [iso(next, -3 * 24), iso(next)],
      [iso(next), iso(next, 7 * 24)],
    ]);
    // 2024-06-03 21:00 is after the stop at 10:00; 2024-06-24 21:00 is after the hold ends at 10:00.
    expect(daysWith(plan, 'tretinoin', PM).map((index) => plan.days[index].date)).toEqual([
      '2024-05-30',
      '2024-05-31',
      '2024-06-01',
      '2024-06-02',
      ...range(24, 28).map((day) => `2024-06-${day}`),
    ]);
    expect(plan.days.map((day) => day.daysSinceSession).slice(9, 13)).toEqual([33, 34, 0, 1]);
    expect(plan.days[0].daysSinceSession).toBe(24);
  });
});

describe('recommendRegimen: contraindications and eligibility', () => {
  it('holds every retinoid for the whole plan during pregnancy and suggests none', () => {
    const plan = recommendRegimen(
      kb,
      request({ using: ['tretinoin', 'retinol'], conditions: [SkinCondition.PREGNANT], scarTypeIds: [scarTypeId('rolling')] }),
    );

    expect(plan.eligibility).toBe(Eligibility.DEFER);
    expect(plan.warnings).toEqual([
      expect.objectContaining({ code: 'PREGNANT', condition: SkinCondition.PREGNANT, ruleId: ruleId('contraindication/pregnant') }),
    ]);
    for (const slug of ['retinol', 'tretinoin']) {
      expect(holdsOf(plan, slug)).toEqual([expect.objectContaining({ from: null, until: null, ruleId: ruleId('contraindication/pregnant') })]);
    }
    const retinoidSteps = plan.days
      .flatMap((day) => [...day.am, ...day.pm])
      .filter((step) => {
        return TOPICALS.find((topical) => topical.id === step.topicalId)?.category === TopicalCategory.RETINOID;
      });
    expect(retinoidSteps).toEqual([]);
  });

  it('does not start a retinoid for scars, and says so', () => {
    const plan = recommendRegimen(kb, request({ scarTypeIds: [scarTypeId('rolling')], conditions: [SkinCondition.PREGNANT] }));

    // One helper per category that helps rolling scars (topicals.yaml): an acid at night, vitamin C in the morning.
    expect(slugsIn(plan.days[0], PM)).toEqual(['glycolic-acid']);
    expect(slugsIn(plan.days[0], AM)).toEqual(['vitamin-c', 'mineral-sunscreen']);
    expect(stepOf(plan, 0, PM, 'glycolic-acid').why).toBe(
      'Helps rolling scars; retinoids help too, but this plan only keeps a retinoid you already use and never starts one',
    );
  });

  it.each<[string, Parameters<typeof request>[0], Eligibility, string[]]>([
    ['keloid tendency', { conditions: [SkinCondition.KELOID_TENDENCY] }, Eligibility.NOT_RECOMMENDED, ['KELOID_TENDENCY', BASIC_CARE_ONLY]],
    ['a keloid scar', { scarTypeIds: [scarTypeId('keloid')] }, Eligibility.NOT_RECOMMENDED, ['RAISED_SCAR', BASIC_CARE_ONLY]],
    ['Fitzpatrick V', { fitzpatrickType: 5 }, Eligibility.CAUTION, ['PIGMENTATION_RISK']],
    ['Fitzpatrick III', { fitzpatrickType: 3 }, Eligibility.ELIGIBLE, []],
    ['an unknown Fitzpatrick type', { fitzpatrickType: null }, Eligibility.CAUTION, ['PIGMENTATION_RISK', FITZPATRICK_TYPE_UNKNOWN]],
    [
      'several conditions',
      { conditions: [SkinCondition.COLD_SORE_HISTORY, SkinCondition.ACTIVE_ACNE, SkinCondition.ANTICOAGULANTS] },
      Eligibility.CLEARANCE_REQUIRED,
      // Antiviral cover for a cold-sore history needs a prescriber: clearance, like anticoagulants.
      ['ANTICOAGULANTS', 'COLD_SORE_HISTORY', 'ACTIVE_ACNE'],
    ],
    [
      'a keloid scar and Fitzpatrick VI',
      { scarTypeIds: [scarTypeId('keloid')], fitzpatrickType: 6 },
      Eligibility.NOT_RECOMMENDED,
      ['RAISED_SCAR', 'PIGMENTATION_RISK', BASIC_CARE_ONLY],
    ],
  ])('%s gives %s', (_, overrides, eligibility, codes) => {
    const plan = recommendRegimen(kb, request(overrides));

    expect(plan.eligibility).toBe(eligibility);
    expect(plan.warnings.map((warning) => warning.code)).toEqual(codes);
    expect(plan.days).toHaveLength(28);
  });

  it('names the condition only for condition-triggered warnings', () => {
    const keloidTendency = shippedRule('contraindication/keloid-tendency');
    const plan = recommendRegimen(kb, request({ conditions: [SkinCondition.KELOID_TENDENCY], scarTypeIds: [scarTypeId('keloid')] }));

    expect(plan.warnings).toEqual([
      {
        code: 'KELOID_TENDENCY',
        severity: Severity.HIGH,
        message: `${keloidTendency.title}. ${keloidTendency.management}`,
        condition: SkinCondition.KELOID_TENDENCY,
        ruleId: ruleId('contraindication/keloid-tendency'),
      },
      expect.objectContaining({ code: 'RAISED_SCAR', condition: null, ruleId: ruleId('contraindication/raised-scar') }),
      // The basic-care answer's note takes the strongest warning's condition and rule.
      expect.objectContaining({
        code: BASIC_CARE_ONLY,
        condition: SkinCondition.KELOID_TENDENCY,
        ruleId: ruleId('contraindication/keloid-tendency'),
      }),
    ]);
  });

  // Too soon is a caution; less than half the minimum interval, a deferral.
  it.each<[Device, number, string, Eligibility]>([
    [Device.DERMAPEN, 1.0, '2024-05-20T10:00:00+02:00', Eligibility.CAUTION],
    [Device.DERMAPEN, 1.0, '2024-05-12T10:00:00+02:00', Eligibility.DEFER],
    [Device.DERMAPEN, 1.0, '2024-06-03T09:00:00+02:00', Eligibility.ELIGIBLE],
    [Device.DERMAROLLER, 0.2, '2024-05-09T08:00:00+02:00', Eligibility.ELIGIBLE],
    [Device.DERMAROLLER, 0.3, '2024-05-09T08:00:00+02:00', Eligibility.DEFER],
    [Device.DERMAROLLER, 0.3, '2024-05-10T08:00:00+02:00', Eligibility.CAUTION],
    [Device.RF_MICRONEEDLING, 0.5, '2024-05-27T10:00:00+02:00', Eligibility.CAUTION],
  ])('after a %s session at %s mm, a next session at %s gives %s', (device, depth, next, eligibility) => {
    const plan = recommendRegimen(
      kb,
      request({ lastSession: session(device, depth, SESSION_AT), nextSession: session(Device.DERMAROLLER, 0.2, next) }),
    );

    const warning = plan.warnings.find((w) => w.code === 'SESSION_TOO_SOON');
    expect(Boolean(warning)).toBe(eligibility !== Eligibility.ELIGIBLE);
    expect(plan.eligibility).toBe(eligibility);
  });

  it('explains a session booked too soon', () => {
    const plan = recommendRegimen(
      kb,
      request({
        lastSession: session(Device.DERMAPEN, 1.0, SESSION_AT),
        nextSession: session(Device.DERMAPEN, 1.0, '2024-05-20T10:00:00+02:00'),
      }),
    );

    // The sunscreen mornings on hold after each session are warnings of their own (tested in the clinical review).
    expect(plan.warnings.filter((warning) => warning.code !== REQUIRED_STEP_ON_HOLD)).toEqual([
      {
        code: 'SESSION_TOO_SOON',
        severity: Severity.HIGH,
        message:
          'The next session on 2024-05-20 is 14 days after the last one; after a 1 mm pen session wait at least 28 days ' +
          `(${shippedRule('session-interval/t4').title})`,
        condition: null,
        // A pen at 1 mm takes the next deeper tier (T4).
        ruleId: ruleId('session-interval/t4'),
      },
    ]);
  });
});

describe('recommendRegimen: pair conflicts', () => {
  it('does not flag vitamin C with niacinamide, nor adapalene with benzoyl peroxide', () => {
    const vitaminC = recommendRegimen(kb, request({ using: ['vitamin-c', 'niacinamide'] }));
    const adapalene = recommendRegimen(kb, request({ using: ['adapalene', 'benzoyl-peroxide'] }));

    expect(vitaminC.conflicts).toEqual([]);
    // Niacinamide is shipped as a brightener, which goes in the evening.
    expect(slugsIn(vitaminC.days[0], AM)).toEqual(['vitamin-c', 'mineral-sunscreen']);
    expect(slugsIn(vitaminC.days[0], PM)).toEqual(['niacinamide']);
    expect(adapalene.conflicts).toEqual([]);
    expect(slugsIn(adapalene.days[0], PM)).toEqual(['adapalene', 'benzoyl-peroxide']);
  });

  it('moves benzoyl peroxide to the morning, away from tretinoin', () => {
    const plan = recommendRegimen(kb, request({ using: ['tretinoin', 'benzoyl-peroxide'] }));

    expect(daysWith(plan, 'benzoyl-peroxide', AM)).toEqual(range(0, 27));
    expect(daysWith(plan, 'benzoyl-peroxide', PM)).toEqual([]);
    expect(daysWith(plan, 'tretinoin', PM)).toEqual(range(0, 27));
    expect(stepOf(plan, 0, AM, 'benzoyl-peroxide').why).toBe(
      `You already use this. Moved to the morning to keep it apart from Tretinoin (${shippedRule('pair-conflict/tretinoin-with-benzoyl-peroxide').title})`,
    );
    expect(plan.conflicts).toEqual([
      {
        aTopicalId: topicalId('tretinoin'),
        bTopicalId: topicalId('benzoyl-peroxide'),
        severity: Severity.MODERATE,
        management: ConflictManagement.SEPARATE_AM_PM,
        scope: ConflictScope.SAME_SLOT,
        ruleId: ruleId('pair-conflict/tretinoin-with-benzoyl-peroxide'),
        productId: null,
      },
    ]);
  });

  it('alternates days when neither side of a separation can move', () => {
    const plan = recommendRegimen(kb, request({ using: ['tretinoin', 'benzoyl-peroxide', 'vitamin-c'] }));

    expect(daysWith(plan, 'tretinoin', PM)).toEqual(range(0, 26, 2));
    expect(daysWith(plan, 'benzoyl-peroxide', PM)).toEqual(range(1, 27, 2));
    expect(daysWith(plan, 'benzoyl-peroxide', AM)).toEqual([]);
    expect(daysWith(plan, 'vitamin-c', AM)).toEqual(range(0, 27));
  });

  it('alternates a retinoid and an acid, the retinoid first', () => {
    const plan = recommendRegimen(kb, request({ using: ['glycolic-acid', 'tretinoin'] }));

    expect(daysWith(plan, 'tretinoin', PM)).toEqual(range(0, 26, 2));
    expect(daysWith(plan, 'glycolic-acid', PM)).toEqual(range(1, 27, 2));
    expect(stepOf(plan, 1, PM, 'glycolic-acid').why).toBe(
      `You already use this. Alternates days with Tretinoin (${shippedRule('pair-conflict/retinoids-with-aha-bha').title})`,
    );
  });

  it('counts the alternation from the first day both are allowed', () => {
    const plan = recommendRegimen(kb, request({ lastSession: session(Device.DERMAROLLER, 1.0, SESSION_AT), using: ['glycolic-acid', 'tretinoin'] }));

    // After a 1 mm roller (T3) glycolic acid is back on day 7, tretinoin on day 14; from then on they take turns.
    expect(daysWith(plan, 'glycolic-acid', PM)).toEqual([...range(7, 13), ...range(15, 27, 2)]);
    expect(daysWith(plan, 'tretinoin', PM)).toEqual(range(14, 26, 2));
  });

  it('keeps the higher-ranked topical of an AVOID pair and reports the conflict', () => {
    const avoiding = fixtureKnowledgeBase({
      extraRules: [pairRule('pair/test-avoid', 'niacinamide', 'azelaic-acid', ConflictScope.SAME_DAY, ConflictManagement.AVOID)],
    });
    const plan = recommendRegimen(avoiding, request({ using: ['niacinamide', 'azelaic-acid'] }));

    expect(daysWith(plan, 'azelaic-acid', PM)).toEqual(range(0, 27));
    expect([...daysWith(plan, 'niacinamide', AM), ...daysWith(plan, 'niacinamide', PM)]).toEqual([]);
    expect(plan.conflicts.map((conflict) => conflict.ruleId)).toEqual([ruleId('pair/test-avoid')]);
  });

  it('never lets a suggestion displace a current topical', () => {
    const avoiding = fixtureKnowledgeBase({
      extraRules: [pairRule('pair/test-avoid', 'hyaluronic-acid', 'niacinamide', ConflictScope.SAME_SLOT, ConflictManagement.ALTERNATE_DAYS)],
    });
    const plan = recommendRegimen(avoiding, request({ lastSession: session(Device.DERMAPEN, 1.5, SESSION_AT), using: ['niacinamide'] }));

    // Niacinamide is held 3 days; hyaluronic acid is suggested for 10 days but yields once niacinamide is back.
    expect(daysWith(plan, 'niacinamide', PM)).toEqual(range(3, 27));
    expect(daysWith(plan, 'hyaluronic-acid', PM)).toEqual(range(0, 2));
    expect(plan.conflicts).toEqual([]);
  });
});

describe('recommendRegimen: requirements and suggestions', () => {
  const dailySunscreen = shippedRule('requirement/daily-sunscreen');

  it('puts sunscreen in every morning once its hold has ended, mineral first', () => {
    const plan = recommendRegimen(kb, request({ lastSession: session(Device.DERMAROLLER, 0.5, SESSION_AT) }));

    // Day 0 at 08:00 is before the session; day 1 at 08:00 is inside the 24-hour hold.
    expect(daysWith(plan, 'mineral-sunscreen', AM)).toEqual([0, ...range(2, 27)]);
    expect(daysWith(plan, 'mineral-sunscreen', PM)).toEqual([]);
    expect(stepOf(plan, 2, AM, 'mineral-sunscreen').why).toBe(`Required every morning once allowed (${dailySunscreen.title})`);
    for (const index of daysWith(plan, 'mineral-sunscreen', AM)) expect(slugsIn(plan.days[index], AM).at(-1)).toBe('mineral-sunscreen');
  });

  it('prefers the sunscreen a person uses once it is allowed, mineral until then', () => {
    const plan = recommendRegimen(kb, request({ lastSession: session(Device.DERMAROLLER, 0.5, SESSION_AT), using: ['chemical-sunscreen'] }));

    expect(daysWith(plan, 'mineral-sunscreen', AM)).toEqual([2]);
    expect(daysWith(plan, 'chemical-sunscreen', AM)).toEqual([0, ...range(3, 27)]);
    expect(stepOf(plan, 3, AM, 'chemical-sunscreen').why).toBe(
      `You already use this; resumed after its hold ended on 2024-05-08. Required every morning once allowed (${dailySunscreen.title})`,
    );
  });

  it('suggests healing support inside its window after the session', () => {
    const plan = recommendRegimen(kb, request({ lastSession: session(Device.DERMAPEN, 1.5, SESSION_AT) }));

    // Windows start at the session (10:00), so not on the morning of day 0; HA for 10 days, peptides for 14 once allowed.
    expect(daysWith(plan, 'hyaluronic-acid', AM)).toEqual(range(1, 10));
    expect(daysWith(plan, 'hyaluronic-acid', PM)).toEqual(range(0, 9));
    expect(daysWith(plan, 'peptides', PM)).toEqual(range(2, 13));
    expect(daysWith(plan, 'peptides', AM)).toEqual([]);
    expect(stepOf(plan, 0, PM, 'hyaluronic-acid').why).toBe(
      `Supports healing in the first 10 days (${shippedRule('requirement/healing-hydration').title})`,
    );
  });

  it('suggests one scar helper per category once its holds end', () => {
    const plan = recommendRegimen(
      kb,
      request({ lastSession: session(Device.DERMAPEN, 1.5, SESSION_AT), scarTypeIds: [scarTypeId('rolling'), scarTypeId('boxcar')] }),
    );

    // Acids and vitamin C are the shipped helpers of both; each category's first in the catalog is suggested, the others never.
    expect(daysWith(plan, 'glycolic-acid', PM)[0]).toBe(14);
    expect(daysWith(plan, 'vitamin-c', AM)[0]).toBe(8);
    for (const other of ['lactic-acid', 'salicylic-acid', 'vitamin-c-derivatives']) {
      expect([...daysWith(plan, other, AM), ...daysWith(plan, other, PM)]).toEqual([]);
    }
    expect(stepOf(plan, 20, PM, 'glycolic-acid').why).toBe(
      'Helps boxcar and rolling scars; retinoids help too, but this plan only keeps a retinoid you already use and never starts one',
    );
  });

  it('reports holds only for topicals the plan concerns', () => {
    const plan = recommendRegimen(kb, request({ lastSession: session(Device.DERMAPEN, 1.5, SESSION_AT), using: ['vitamin-c'] }));

    expect([...new Set(plan.holds.map((hold) => slugOf(hold.topicalId)))].sort()).toEqual([
      'centella-asiatica',
      'chemical-sunscreen',
      'growth-factors',
      'mineral-sunscreen',
      'peptides',
      'vitamin-c',
      'vitamin-e-ferulic',
    ]);
  });

  it('orders steps for application: actives first, sunscreen last', () => {
    // Centella (soothing) stands in the middle: niacinamide is shipped as a brightener, which goes in the evening.
    const plan = recommendRegimen(kb, request({ using: ['mineral-sunscreen', 'centella-asiatica', 'hyaluronic-acid', 'vitamin-c'] }));

    expect(slugsIn(plan.days[0], AM)).toEqual(['vitamin-c', 'hyaluronic-acid', 'centella-asiatica', 'mineral-sunscreen']);
  });
});

describe('recommendRegimen: cited rules', () => {
  it('names the rules behind steps, which their results name only by title', () => {
    const plan = recommendRegimen(kb, request({ using: ['tretinoin', 'benzoyl-peroxide'] }));

    expect([...plan.citedRuleIds].sort()).toEqual([ruleId('pair-conflict/tretinoin-with-benzoyl-peroxide'), ruleId('requirement/daily-sunscreen')]);
  });

  it('names every rule of a warning, hold, conflict or advice, once each', () => {
    const plan = recommendRegimen(
      kb,
      request({
        lastSession: session(Device.DERMAPEN, 1.5, SESSION_AT),
        using: ['tretinoin', 'benzoyl-peroxide'],
        conditions: [SkinCondition.ACTIVE_ACNE],
      }),
    );
    const named = [...plan.warnings, ...plan.holds, ...plan.conflicts, ...plan.days.flatMap((day) => day.avoid)].flatMap((result) =>
      result.ruleId === null ? [] : [result.ruleId],
    );

    expect(plan.holds.length).toBeGreaterThan(0);
    expect(named.some((id) => id.includes('contra'))).toBe(true);
    expect(new Set(plan.citedRuleIds).size).toBe(plan.citedRuleIds.length);
    expect(plan.citedRuleIds).toEqual(expect.arrayContaining([...new Set(named), ruleId('requirement/daily-sunscreen')]));
  });
});

describe('recommendRegimen: activities', () => {
  const adviceOn = (plan: RegimenPlan) => (index: number, activity: Activity) => plan.days[index].avoid.find((a) => a.activity === activity);

  it('advises per day, avoid before minimise, longest window', () => {
    // No shipped activity has windows of both levels: a 14-day MINIMISE of direct sun under the 7-day AVOID after a deep pen session.
    const minimisedSun = waitRule('wait-after/test-minimise-direct-sun', 14 * 24, {
      activity: Activity.DIRECT_SUN,
      adviceLevel: ActivityAdviceLevel.MINIMISE,
    });
    const plan = recommendRegimen(
      fixtureKnowledgeBase({ extraRules: [minimisedSun] }),
      request({ lastSession: session(Device.DERMAPEN, 1.5, SESSION_AT), fitzpatrickType: 2 }),
    );
    const advice = adviceOn(plan);

    expect(range(0, 27).filter((index) => advice(index, Activity.MAKEUP))).toEqual(range(0, 3));
    expect(range(0, 27).filter((index) => advice(index, Activity.PROLONGED_SUN))).toEqual(range(0, 14));
    expect(advice(7, Activity.DIRECT_SUN)?.level).toBe(ActivityAdviceLevel.AVOID);
    expect(advice(8, Activity.DIRECT_SUN)?.level).toBe(ActivityAdviceLevel.MINIMISE);
    expect(advice(14, Activity.DIRECT_SUN)?.level).toBe(ActivityAdviceLevel.MINIMISE);
    expect(advice(15, Activity.DIRECT_SUN)).toBeUndefined();
    expect(advice(0, Activity.MAKEUP)).toEqual({
      activity: Activity.MAKEUP,
      level: ActivityAdviceLevel.AVOID,
      reason: `Avoid makeup for 3 days after a 1.5 mm pen session. ${shippedRule('wait-after/makeup/t4').management}`,
      ruleId: ruleId('wait-after/makeup/t4'),
    });
    for (const day of plan.days) expect(new Set(day.avoid.map((a) => a.activity)).size).toBe(day.avoid.length);
  });

  it('keeps darker skin out of the sun for 28 days', () => {
    const plan = recommendRegimen(kb, request({ lastSession: session(Device.DERMAPEN, 1.5, SESSION_AT), fitzpatrickType: 5 }));

    // While wait-after/prolonged-sun/any (14 days) also applies, the longer window names its rule.
    expect(adviceOn(plan)(5, Activity.PROLONGED_SUN)?.ruleId).toBe(ruleId('wait-after/prolonged-sun/fitzpatrick-iv-vi'));
    expect(plan.days[27].avoid).toEqual([
      expect.objectContaining({ activity: Activity.PROLONGED_SUN, ruleId: ruleId('wait-after/prolonged-sun/fitzpatrick-iv-vi') }),
      expect.objectContaining({ activity: Activity.LASER_IPL_OR_PEEL }),
    ]);
  });

  it('advises before the next session', () => {
    const next = '2024-06-10T10:00:00+02:00';
    const plan = recommendRegimen(kb, request({ nextSession: session(Device.DERMAPEN, 1.0, next), startDate: '2024-05-20' }));
    const tanning = plan.days.filter((day) => day.avoid.some((a) => a.activity === Activity.TANNING)).map((day) => day.date);

    expect(tanning[0]).toBe('2024-05-27');
    expect(tanning.at(-1)).toBe('2024-06-10');
    expect(dayOf(plan, '2024-05-27').avoid.find((a) => a.activity === Activity.TANNING)?.reason).toBe(
      `Avoid tanning for 14 days before the 1 mm pen session on 2024-06-10. ${shippedRule('stop-before/tanning').management}`,
    );
  });
});

describe('recommendRegimen: products', () => {
  const haProducts = (filter: Partial<typeof NO_FILTER>, owning: string[] = []) => {
    const plan = recommendRegimen(kb, request({ using: ['hyaluronic-acid'], owning, productFilter: { ...NO_FILTER, ...filter } }));
    return productSlugs(stepOf(plan, 0, AM, 'hyaluronic-acid').productIds);
  };

  it.each<[string, Partial<typeof NO_FILTER>, string[]]>([
    ['no filter: at most 3, in stock, fewest actives, cheapest', {}, ['ha-serum-usd', 'ha-serum', 'ha-serum-premium']],
    ['a currency', { currency: 'EUR' }, ['ha-serum', 'ha-serum-premium', 'ha-niacinamide-serum']],
    ['a maximum price', { maxPriceCents: 1000 }, ['ha-serum-usd', 'ha-serum', 'ha-gel-sold-out']],
    ['a maximum price, in stock only', { maxPriceCents: 1000, inStockOnly: true }, ['ha-serum-usd', 'ha-serum']],
    ['a brand', { brandSlugs: ['glow-co'] }, ['ha-serum-premium']],
    ['excluded products', { excludeProductIds: [productId('ha-serum-usd')] }, ['ha-serum', 'ha-serum-premium', 'ha-niacinamide-serum']],
    ['nothing affordable: the step stays, without products', { maxPriceCents: 100 }, []],
  ])('filters by %s', (_, filter, expected) => {
    expect(haProducts(filter)).toEqual(expected);
  });

  it("lists the person's own products first", () => {
    expect(haProducts({}, ['ha-niacinamide-serum'])).toEqual(['ha-niacinamide-serum', 'ha-serum-usd', 'ha-serum']);
  });

  it('lists a product only when every ingredient is allowed at that instant', () => {
    const plan = recommendRegimen(kb, request({ lastSession: session(Device.DERMAPEN, 1.5, SESSION_AT), using: ['mineral-sunscreen'] }));

    expect(productSlugs(stepOf(plan, 3, AM, 'mineral-sunscreen').productIds)).toEqual(['mineral-spf']);
    expect(productSlugs(stepOf(plan, 8, AM, 'mineral-sunscreen').productIds)).toEqual(['mineral-spf', 'mineral-spf-with-vitamin-c']);
  });

  it('never lists a product whose own ingredients conflict', () => {
    const plan = recommendRegimen(kb, request({ using: ['tretinoin'] }));

    expect(productSlugs(stepOf(plan, 0, PM, 'tretinoin').productIds)).toEqual(['tretinoin-cream', 'tretinoin-gel']);
  });

  it('never lists a product with an ingredient that conflicts with another step of the day', () => {
    const productFilter = {
      ...NO_FILTER,
      brandSlugs: ['lab-basic'],
      excludeProductIds: ['ha-serum-usd', 'ha-serum', 'ha-niacinamide-serum'].map(productId),
    };
    const eveningHa = (using: string[]) =>
      productSlugs(stepOf(recommendRegimen(kb, request({ using, productFilter })), 0, PM, 'hyaluronic-acid').productIds);

    // Lactic acid (evenings only) in the evening's hyaluronic acid would meet tretinoin on the same day.
    expect(eveningHa(['hyaluronic-acid'])).toEqual(['lactic-serum', 'peptide-cream', 'ha-gel-sold-out']);
    expect(eveningHa(['hyaluronic-acid', 'tretinoin'])).toEqual(['peptide-cream', 'ha-gel-sold-out']);
  });
});

describe('recommendRegimen: time', () => {
  it('keeps 08:00 and 21:00 local across daylight-saving changes', () => {
    const days = buildPlanDays('2024-03-30', 2, planZone(ZONE));
    const local = (ms: number) => DateTime.fromMillis(ms, { zone: ZONE }).toISO();

    expect(days.map((day) => [local(day.slotMs[AM]), local(day.slotMs[PM])])).toEqual([
      ['2024-03-30T08:00:00.000+01:00', '2024-03-30T21:00:00.000+01:00'],
      ['2024-03-31T08:00:00.000+02:00', '2024-03-31T21:00:00.000+02:00'],
    ]);
    expect(days[1].endMs - days[1].startMs).toBe(23 * 60 * 60 * 1000);
  });

  it('starts a day whose midnight does not exist at its first instant, keeping the slots local', () => {
    // Sao Paulo moved clocks from 00:00 to 01:00 on 4 November 2018.
    const days = buildPlanDays('2018-11-03', 3, planZone('America/Sao_Paulo'));
    const local = (ms: number) => DateTime.fromMillis(ms, { zone: 'America/Sao_Paulo' }).toISO();

    expect(days.map((day) => day.date)).toEqual(['2018-11-03', '2018-11-04', '2018-11-05']);
    expect(days.map((day) => local(day.startMs))).toEqual([
      '2018-11-03T00:00:00.000-03:00',
      '2018-11-04T01:00:00.000-02:00',
      '2018-11-05T00:00:00.000-02:00',
    ]);
    expect(days.map((day) => local(day.slotMs[AM]))).toEqual([
      '2018-11-03T08:00:00.000-03:00',
      '2018-11-04T08:00:00.000-02:00',
      '2018-11-05T08:00:00.000-02:00',
    ]);
  });

  it.each([
    // 72 hours after 08:00 on 28 March is 09:00 summer time: the 08:00 slot is still held.
    ['spring', '2024-03-28T08:00:00+01:00', '2024-03-31T09:00:00.000+02:00', false],
    // 72 hours after 08:00 on 24 October is 07:00 winter time: the 08:00 slot is free.
    ['autumn', '2024-10-24T08:00:00+02:00', '2024-10-27T07:00:00.000+01:00', true],
  ])('measures hold windows in hours across the %s change', (_, performedAt, until, onChangeDay) => {
    const plan = recommendRegimen(kb, request({ lastSession: session(Device.DERMAROLLER, 0.2, performedAt), using: ['vitamin-c'] }));

    expect(holdsAfterNeedlingOf(plan, 'vitamin-c')[0].until).toBe(until);
    expect(slugsIn(plan.days[3], AM).includes('vitamin-c')).toBe(onChangeDay);
    expect(slugsIn(plan.days[4], AM)).toContain('vitamin-c');
  });

  it.each([
    ['the last session, in the plan zone', { lastSession: session(Device.DERMAROLLER, 0.2, '2024-05-06T23:30:00Z') }, ZONE, '2024-05-07'],
    ['now, in the plan zone', { now: '2024-03-30T23:30:00Z' }, ZONE, '2024-03-31'],
    ['now, elsewhere', { now: '2024-03-30T23:30:00Z' }, 'America/New_York', '2024-03-30'],
    ['the start date given', { startDate: '2024-02-29', now: '2024-03-30T23:30:00Z' }, ZONE, '2024-02-29'],
  ])('starts on the local date of %s', (_, overrides, timeZone, first) => {
    expect(recommendRegimen(kb, request({ ...overrides, timeZone, days: 2 })).days[0].date).toBe(first);
  });

  it.each([
    ['an unknown time zone', { timeZone: 'Mars/Olympus_Mons' }, 'Unknown time zone'],
    ['an unknown topical', { currentTopicalIds: ['topical-snail-mucin'] }, 'Unknown topical id'],
    ['an unknown product', { currentProductIds: ['product-snail-cream'] }, 'Unknown product id'],
    ['an unknown scar type', { scarTypeIds: ['scar-moon'] }, 'Unknown scar type id'],
    ['a bad instant', { lastSession: session(Device.DERMAPEN, 1, 'yesterday') }, 'lastSession.performedAt is not an ISO-8601 instant'],
    ['a bad start date', { startDate: '2024-02-30' }, 'startDate is not a YYYY-MM-DD date'],
    ['no days', { days: 0 }, 'days must be a whole number >= 1'],
    ['a Fitzpatrick type of 7', { fitzpatrickType: 7 }, 'fitzpatrickType must be 1 to 6'],
  ])('throws on %s', (_, overrides, message) => {
    expect(() => recommendRegimen(kb, request(overrides))).toThrow(message);
  });
});
