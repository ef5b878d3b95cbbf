// The clinical review's corrections (issue 16), each checked through the API by the item it names:
// what a plan holds and warns about, and the shipped rules' severities, as a clinic would see them.
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(60_000);

const PLAN = `query($input: RegimenInput!) {
  recommendRegimen(input: $input) {
    eligibility
    warnings { code severity message rule { code } }
    holds { topical { slug } rule { code } from until }
    days { date daysSinceSession am { topical { slug } } pm { topical { slug } } avoid { activity level rule { code } } }
  }
}`;
const CHECK = `query($input: RoutineInput!) { checkRoutine(input: $input) { a { slug } b { slug } severity rule { code } } }`;
const REVIEW = `query($input: RoutineInput!) {
  reviewRoutine(input: $input) {
    conflicts { a { slug } b { slug } rule { code } product { slug } }
    misplaced { topical { slug } product { slug } slot allowedSlots reason }
  }
}`;
const RULES = `{ compatibilityRules { code severity rationale management citations { key } } }`;

const SESSION_AT = '2026-12-01T10:00:00Z';
/** A 1.0 mm clinic pen session (planned as T4, item 3), from its own day for two weeks. */
const clinicSession = { treatment: 'professional-microneedling', performedAt: SESSION_AT, needleDepthMm: 1.0 };
const afterSession = { lastSession: clinicSession, startDate: '2026-12-01', days: 14, timeZone: 'UTC', scarTypes: ['rolling'] };

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

async function plan(input: Record<string, unknown>): Promise<any> {
  return (await app.data(PLAN, { input })).recommendRegimen;
}

/** Warnings other than the sunscreen mornings a session holds (item 16), which a clinic session has on its next morning. */
const beyondHeldSteps = (warnings: any[]) => warnings.filter((w) => w.code !== 'REQUIRED_STEP_ON_HOLD');

const hoursAfterSession = (instant: string) => (Date.parse(instant) - Date.parse(SESSION_AT)) / 3_600_000;

describe('issue 16: the clinical review’s corrections', () => {
  it('item 1: antioxidant and cooling serums are held on the session day like peptides, never suggested from the session hour', async () => {
    const regimen = await plan(afterSession);
    for (const slug of ['vitamin-e-ferulic', 'centella-asiatica']) {
      const hold = regimen.holds.find((h: any) => h.topical.slug === slug);
      // A 1.0 mm pen session plans as T4 (item 3); the serums wait two days at T2 to T4.
      expect(hold).toMatchObject({ rule: { code: 'wait-after/antioxidant-and-cooling-serums/t4' } });
      expect(hoursAfterSession(hold.until)).toBe(48);
    }
    // The session is at 10:00: the morning routine comes before it, the evening one after.
    const evening = regimen.days[0].pm.map((s: any) => s.topical.slug);
    expect(evening.length).toBeGreaterThan(0);
    for (const slug of evening) expect(['hyaluronic-acid', 'ceramide-moisturiser']).toContain(slug);
  });

  it('item 2: stop-before pauses are scoped: a light home roll needs retinoids off the evening before, a clinic session a week', async () => {
    const booked = (treatment: string, needleDepthMm: number) => ({
      nextSession: { treatment, performedAt: '2026-12-20T10:00:00Z', needleDepthMm },
      currentTopicals: ['retinol'],
      startDate: '2026-12-08',
      days: 14,
      timeZone: 'UTC',
      fitzpatrickType: 2,
    });
    const pauseOf = (regimen: any) => {
      const hold = regimen.holds.find((h: any) => h.topical.slug === 'retinol' && h.rule.code.startsWith('stop-before/'));
      return { code: hold.rule.code, hours: (Date.parse(hold.until) - Date.parse(hold.from)) / 3_600_000 };
    };
    expect(pauseOf(await plan(booked('home-dermaroller', 0.25)))).toEqual({ code: 'stop-before/retinoids/light-home-roll', hours: 24 });
    expect(pauseOf(await plan(booked('home-dermaroller', 0.5)))).toEqual({ code: 'stop-before/retinoids', hours: 168 });
    expect(pauseOf(await plan(booked('professional-microneedling', 1.0)))).toEqual({ code: 'stop-before/retinoids', hours: 168 });
    expect(pauseOf(await plan(booked('rf-microneedling', 0.5)))).toEqual({ code: 'stop-before/retinoids/rf', hours: 168 });

    // Peels and lasers, in the days before the session: a week before a light home roll, four weeks before a clinic session.
    const peelAdvice = (regimen: any) =>
      new Set(
        regimen.days
          .filter((d: any) => d.date < '2026-12-20')
          .flatMap((d: any) => d.avoid.filter((a: any) => a.activity === 'LASER_IPL_OR_PEEL').map((a: any) => a.rule.code)),
      );
    expect([...peelAdvice(await plan(booked('home-dermaroller', 0.25)))]).toEqual(['stop-before/laser-ipl-peel/light-home-roll']);
    expect([...peelAdvice(await plan(booked('professional-microneedling', 1.0)))]).toEqual(['stop-before/laser-ipl-peel']);
  });

  it('item 3: a pen at 0.5 mm or deeper takes the next deeper tier; the device defaults from the treatment and can be given', async () => {
    const retinolHold = async (lastSession: Record<string, unknown>) => {
      const regimen = await plan({
        ...afterSession,
        lastSession: { performedAt: SESSION_AT, ...lastSession },
        currentTopicals: ['retinol'],
        fitzpatrickType: 2,
      });
      return regimen.holds.find((h: any) => h.topical.slug === 'retinol' && h.rule.code.startsWith('wait-after/')).rule.code;
    };
    // The clinic treatment is a pen: 0.5 mm plans as T3, 1.0 mm as T4.
    expect(await retinolHold({ treatment: 'professional-microneedling', needleDepthMm: 0.5 })).toBe('wait-after/retinol/t3');
    expect(await retinolHold({ treatment: 'professional-microneedling', needleDepthMm: 1.0 })).toBe('wait-after/retinol/t4');
    // The same depth with a roller, or a stamp (pressed by hand), keeps its own tier.
    expect(await retinolHold({ treatment: 'professional-microneedling', needleDepthMm: 1.0, device: 'ROLLER' })).toBe('wait-after/retinol/t3');
    expect(await retinolHold({ treatment: 'home-dermaroller', needleDepthMm: 0.5, device: 'STAMP' })).toBe('wait-after/retinol/t2');
    // A home pen below 0.5 mm keeps its tier; at 0.5 mm it takes the next.
    expect(await retinolHold({ treatment: 'home-derma-pen', needleDepthMm: 0.3 })).toBe('wait-after/retinol/t2');
    expect(await retinolHold({ treatment: 'home-derma-pen', needleDepthMm: 0.5 })).toBe('wait-after/retinol/t3');

    // The professional treatment's four-week interval now agrees with the tier its pen at 0.5 mm plans by.
    const tooSoon = await plan({
      lastSession: { treatment: 'professional-microneedling', performedAt: SESSION_AT, needleDepthMm: 0.5 },
      nextSession: { treatment: 'professional-microneedling', performedAt: '2026-12-15T10:00:00Z', needleDepthMm: 0.5 },
      startDate: '2026-12-01',
      days: 14,
      fitzpatrickType: 2,
    });
    expect(tooSoon.warnings).toContainEqual(expect.objectContaining({ code: 'SESSION_TOO_SOON', rule: { code: 'session-interval/t3' } }));
  });

  it('item 4: a depth outside the device’s range is a HIGH warning naming the range, advising professional care', async () => {
    const regimen = await plan({
      ...afterSession,
      fitzpatrickType: 2,
      lastSession: { treatment: 'home-dermaroller', performedAt: SESSION_AT, needleDepthMm: 2.0 },
    });
    expect(regimen.eligibility).toBe('CLEARANCE_REQUIRED');
    expect(regimen.warnings[0]).toMatchObject({
      code: 'DEPTH_OUTSIDE_DEVICE_RANGE',
      severity: 'HIGH',
      rule: { code: 'contraindication/depth-outside-device-range' },
      message: expect.stringMatching(/This roller is made for 0\.2–0\.5 mm; the session is planned at 2 mm\.$/),
    });
    const within = await plan({
      ...afterSession,
      fitzpatrickType: 2,
      lastSession: { treatment: 'home-dermaroller', performedAt: SESSION_AT, needleDepthMm: 0.5 },
    });
    expect(within.warnings.map((w: any) => w.code)).not.toContain('DEPTH_OUTSIDE_DEVICE_RANGE');
  });

  it('item 5: NOT_RECOMMENDED (keloid tendency) answers with the referral and basic care only, never needling aftercare', async () => {
    const basicCare = ['ceramide-moisturiser', 'chemical-sunscreen', 'hyaluronic-acid', 'mineral-sunscreen'];
    const stepsOf = (regimen: any) => new Set<string>(regimen.days.flatMap((d: any) => [...d.am, ...d.pm].map((s: any) => s.topical.slug)));

    // After a session already done: basic care only, keeping the waits that protect the needled skin.
    const after = await plan({ ...afterSession, conditions: ['KELOID_TENDENCY'], currentTopicals: ['tretinoin', 'ceramide-moisturiser'] });
    expect(after.eligibility).toBe('NOT_RECOMMENDED');
    expect(after.warnings[0]).toMatchObject({ severity: 'HIGH', rule: { code: 'contraindication/keloid-tendency' } });
    expect(after.warnings).toContainEqual(expect.objectContaining({ code: 'BASIC_CARE_ONLY', rule: { code: 'contraindication/keloid-tendency' } }));
    expect(stepsOf(after)).toContain('ceramide-moisturiser');
    for (const slug of stepsOf(after)) expect(basicCare).toContain(slug);

    // Before a booked session: nothing presumes it goes ahead (no stop-before holds or advice, no day counted from it).
    const before = await plan({
      nextSession: { ...clinicSession, performedAt: '2026-12-10T10:00:00Z' },
      startDate: '2026-12-01',
      days: 14,
      timeZone: 'UTC',
      conditions: ['KELOID_TENDENCY'],
      currentTopicals: ['tretinoin'],
    });
    expect(before.eligibility).toBe('NOT_RECOMMENDED');
    const sessionRules = /^(wait-after|stop-before|session-interval)\//;
    expect(before.holds.filter((h: any) => sessionRules.test(h.rule.code))).toEqual([]);
    expect(before.days.flatMap((d: any) => d.avoid).filter((a: any) => sessionRules.test(a.rule?.code ?? ''))).toEqual([]);
    expect(before.days.every((d: any) => d.daysSinceSession === null)).toBe(true);
    for (const slug of stepsOf(before)) expect(basicCare).toContain(slug);
  });

  it('item 6: direct sun is avoided for a week after a clinic-depth session, three days after a light home roll', async () => {
    // The last day direct sun is still to be avoided, counted from the session (day 0).
    const lastAvoided = (regimen: any) =>
      Math.max(
        ...regimen.days
          .filter((d: any) => d.avoid.some((a: any) => a.activity === 'DIRECT_SUN' && a.level === 'AVOID'))
          .map((d: any) => d.daysSinceSession),
      );
    expect(lastAvoided(await plan(afterSession))).toBe(7);
    const homeRoll = { ...afterSession, lastSession: { treatment: 'home-dermaroller', performedAt: SESSION_AT, needleDepthMm: 0.25 } };
    expect(lastAvoided(await plan(homeRoll))).toBe(3);
  });

  it('item 6: the mineral sunscreen rule agrees with its source: mineral SPF 50+ is allowed from the session when going out', async () => {
    const { compatibilityRules } = await app.data(RULES);
    const mineral = compatibilityRules.filter((r: any) => r.code.startsWith('wait-after/mineral-sunscreen/'));
    expect(mineral).toHaveLength(5);
    for (const rule of mineral) expect(rule.management).toMatch(/SPF 50 or more may go on from the session/);
  });

  it.each([
    ['stop-before/retinoids', 'HIGH'],
    ['stop-before/aha-bha-benzoyl-peroxide', 'HIGH'],
    ['stop-before/tanning', 'HIGH'],
    ['stop-before/direct-sun', 'HIGH'],
    ['stop-before/laser-ipl-peel', 'HIGH'],
    ['wait-after/laser-ipl-peel/any', 'HIGH'],
    ['stop-before/vitamin-c-and-hydroquinone', 'MODERATE'],
    ['contraindication/cold-sore-history', 'HIGH'],
  ])('item 7: %s has the rules table’s severity, %s', async (code, severity) => {
    const { compatibilityRules } = await app.data(RULES);
    expect(compatibilityRules.find((r: any) => r.code === code)).toMatchObject({ severity });
  });

  it.each([
    ['2026-12-08T10:00:00Z', 'DEFER'],
    ['2026-12-20T10:00:00Z', 'CAUTION'],
  ])('item 7: a clinic session booked again on %s after a 1.0 mm one (28 days needed) is %s', async (performedAt, eligibility) => {
    const regimen = await plan({ ...afterSession, fitzpatrickType: 2, nextSession: { ...clinicSession, performedAt } });
    expect(regimen.eligibility).toBe(eligibility);
    expect(regimen.warnings).toContainEqual(expect.objectContaining({ code: 'SESSION_TOO_SOON' }));
  });

  it('item 7: a cold-sore history needs antiviral cover before needling: clearance, with a HIGH warning', async () => {
    const regimen = await plan({ ...afterSession, conditions: ['COLD_SORE_HISTORY'] });
    expect(regimen.eligibility).toBe('CLEARANCE_REQUIRED');
    expect(regimen.warnings).toContainEqual(expect.objectContaining({ severity: 'HIGH', rule: { code: 'contraindication/cold-sore-history' } }));
  });

  it.each([
    ['taking isotretinoin now', { kind: 'ISOTRETINOIN' }, 'DEFER', 'contraindication/taking-isotretinoin'],
    [
      'isotretinoin stopped 3 months before the session',
      { kind: 'ISOTRETINOIN', stoppedOn: '2026-09-01' },
      'CAUTION',
      'contraindication/recent-isotretinoin',
    ],
    ['isotretinoin stopped 8 months before the session', { kind: 'ISOTRETINOIN', stoppedOn: '2026-04-01' }, 'ELIGIBLE', null],
    ['an anticoagulant', { kind: 'ANTICOAGULANT' }, 'CLEARANCE_REQUIRED', 'contraindication/anticoagulants'],
    ['an antiplatelet', { kind: 'ANTIPLATELET' }, 'CLEARANCE_REQUIRED', 'contraindication/anticoagulants'],
    ['an NSAID', { kind: 'NSAID' }, 'CAUTION', 'contraindication/nsaids'],
    ['doxycycline', { kind: 'PHOTOSENSITISING_ANTIBIOTIC' }, 'CAUTION', 'contraindication/photosensitising-medication'],
    ['steroid tablets', { kind: 'ORAL_STEROID' }, 'CLEARANCE_REQUIRED', 'contraindication/oral-steroids'],
    ['a steroid cream', { kind: 'TOPICAL_STEROID' }, 'CAUTION', 'contraindication/topical-steroids'],
  ])('item 8 and medications: %s gives %s', async (_, medication, eligibility, code) => {
    const regimen = await plan({ ...afterSession, fitzpatrickType: 2, medications: [medication] });
    expect(regimen.eligibility).toBe(eligibility);
    if (code) expect(regimen.warnings[0]).toMatchObject({ rule: { code } });
    else expect(beyondHeldSteps(regimen.warnings)).toEqual([]);
  });

  it('item 8: recent isotretinoin cites the labelling and both consensus reviews', async () => {
    const { compatibilityRules } = await app.data(RULES);
    const rule = compatibilityRules.find((r: any) => r.code === 'contraindication/recent-isotretinoin');
    expect(rule.citations.map((c: any) => c.key).sort()).toEqual([
      'cfr-21-878-4430',
      'spring-2017-isotretinoin-consensus',
      'waldman-2017-asds-isotretinoin',
    ]);
  });

  it('medications: a stop date in the future is refused, naming the field', async () => {
    const response = await app.graphql(PLAN, { input: { ...afterSession, medications: [{ kind: 'NSAID', stoppedOn: '2099-01-01' }] } });
    expect(response.body.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.medications[0].stoppedOn', message: 'must not be in the future' }] },
    });
  });

  it.each([
    ['age 19', { age: 19 }, 'CLEARANCE_REQUIRED', 'contraindication/below-labelled-age'],
    ['age 30', { age: 30 }, 'ELIGIBLE', null],
    ['moderate scars', { scarSeverity: 'MODERATE' }, 'CLEARANCE_REQUIRED', 'contraindication/moderate-or-severe-scarring'],
    ['severe scars', { scarSeverity: 'SEVERE' }, 'CLEARANCE_REQUIRED', 'contraindication/moderate-or-severe-scarring'],
    ['mild scars', { scarSeverity: 'MILD' }, 'ELIGIBLE', null],
  ])('patient facts: %s gives %s', async (_, facts, eligibility, code) => {
    const regimen = await plan({ ...afterSession, fitzpatrickType: 2, ...facts });
    expect(regimen.eligibility).toBe(eligibility);
    if (code) expect(regimen.warnings[0]).toMatchObject({ rule: { code } });
    else expect(beyondHeldSteps(regimen.warnings)).toEqual([]);
  });

  it.each([
    ['melasma', { conditions: ['MELASMA'] }, 'CAUTION', 'contraindication/melasma'],
    ['dark marks after earlier inflammation', { conditions: ['PIH_HISTORY'] }, 'CAUTION', 'contraindication/pih-history'],
    ['vitiligo', { conditions: ['VITILIGO'] }, 'CLEARANCE_REQUIRED', 'contraindication/vitiligo'],
    [
      'a suspicious spot in the area',
      { conditions: ['SKIN_CANCER_OR_SUSPICIOUS_LESION'] },
      'NOT_RECOMMENDED',
      'contraindication/skin-cancer-or-suspicious-lesion',
    ],
    [
      'a nickel or anaesthetic allergy',
      { conditions: ['METAL_OR_ANAESTHETIC_ALLERGY'] },
      'CLEARANCE_REQUIRED',
      'contraindication/metal-or-anaesthetic-allergy',
    ],
    ['an implant, with a pen session', { conditions: ['IMPLANT_IN_AREA'] }, 'ELIGIBLE', null],
    [
      'an implant, with an RF session',
      { conditions: ['IMPLANT_IN_AREA'], lastSession: { treatment: 'rf-microneedling', performedAt: SESSION_AT, needleDepthMm: 1.0 } },
      'NOT_RECOMMENDED',
      'contraindication/implant-in-area-rf',
    ],
    ['filler 5 days before the session', { fillerOrNeurotoxinOn: '2026-11-26' }, 'DEFER', 'contraindication/recent-filler-or-neurotoxin'],
    ['filler a month before the session', { fillerOrNeurotoxinOn: '2026-10-30' }, 'ELIGIBLE', null],
    ['treatment around the mouth', { treatmentArea: 'PERIORAL' }, 'CAUTION', 'contraindication/perioral-treatment'],
    ['treatment of the neck', { treatmentArea: 'NECK' }, 'ELIGIBLE', null],
  ])('patient facts: %s gives %s', async (_, facts, eligibility, code) => {
    const regimen = await plan({ ...afterSession, fitzpatrickType: 2, ...facts });
    expect(regimen.eligibility).toBe(eligibility);
    if (code) expect(regimen.warnings[0]).toMatchObject({ rule: { code } });
    else expect(beyondHeldSteps(regimen.warnings)).toEqual([]);
  });

  it('patient facts: around the mouth with a cold-sore history, antiviral cover stays required and both rules are cited', async () => {
    const regimen = await plan({ ...afterSession, fitzpatrickType: 2, treatmentArea: 'PERIORAL', conditions: ['COLD_SORE_HISTORY'] });
    expect(regimen.eligibility).toBe('CLEARANCE_REQUIRED');
    expect(beyondHeldSteps(regimen.warnings).map((w: any) => w.rule.code)).toEqual([
      'contraindication/cold-sore-history',
      'contraindication/perioral-treatment',
    ]);
  });

  it('patient facts: below the labelled age, the warning gives the reason with the age', async () => {
    const regimen = await plan({ ...afterSession, fitzpatrickType: 2, age: 19 });
    expect(regimen.warnings[0].message).toMatch(/At 19, you are younger than the 22 years the device is authorised from\.$/);
  });

  it('patient facts: an age out of range is refused, naming the field', async () => {
    const response = await app.graphql(PLAN, { input: { ...afterSession, age: 0 } });
    expect(response.body.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'input.age' })] },
    });
  });

  it('item 9: pregnancy holds hydroquinone as well as retinoids, for the whole plan', async () => {
    const regimen = await plan({ ...afterSession, conditions: ['PREGNANT'], currentTopicals: ['hydroquinone', 'retinol'] });
    for (const slug of ['hydroquinone', 'retinol']) {
      expect(regimen.holds).toContainEqual(expect.objectContaining({ topical: { slug }, rule: { code: 'contraindication/pregnant' } }));
    }
  });

  it('item 14: the vitamin C and leave-on serum rules cite the granuloma reports, not a skin-of-colour review', async () => {
    const { compatibilityRules } = await app.data(RULES);
    const granulomaRules = compatibilityRules.filter((r: any) => /^wait-after\/(vitamin-c|antioxidant-and-cooling-serums)\//.test(r.code));
    expect(granulomaRules).toHaveLength(10);
    for (const rule of granulomaRules) {
      const keys = rule.citations.map((c: any) => c.key);
      // The case series and the 2024 systematic review of every reported case.
      expect(keys).toEqual(expect.arrayContaining(['soltani-arabshahi-2014-jama-derm', 'friedmann-2024-dss-granulomas']));
      expect(keys).not.toContain('cohen-elbuluk-2016-jaad');
    }
  });

  it('item 14: the raised-scar rule names the review that found improvement as the dissent it cites', async () => {
    const { compatibilityRules } = await app.data(RULES);
    const rule = compatibilityRules.find((r: any) => r.code === 'contraindication/raised-scar');
    expect(rule.rationale).toMatch(/Juhasz & Cohen 2020, cited here as the dissenting view/);
    expect(rule.citations.map((c: any) => c.key)).toContain('juhasz-cohen-2020-ccid');
  });

  it('item 14: every outside source a rule cites has an address to check it by', async () => {
    const { compatibilityRules } = await app.data(`{ compatibilityRules { citations { key url } } }`);
    const rows = compatibilityRules.flatMap((r: any) => r.citations);
    const withoutUrl = new Set<string>(rows.filter((c: any) => !c.url).map((c: any) => c.key));
    // Our own seed articles and the aftercare reference are internal documents; every outside source has its address.
    expect([...withoutUrl].filter((key) => !/^seed-\d{3}$|^dermaplan-aftercare-reference$/.test(key))).toEqual([]);
  });

  it('item 14: organic sunscreen filters are described correctly', async () => {
    const { compatibilityRules } = await app.data(RULES);
    const chemical = compatibilityRules.filter((r: any) => r.code.startsWith('wait-after/chemical-sunscreen/'));
    expect(chemical).toHaveLength(5);
    for (const rule of chemical) expect(rule.rationale).not.toMatch(/work inside the upper skin/);
  });

  it.each(['vitamin-c', 'vitamin-c-derivatives', 'glycolic-acid', 'lactic-acid', 'salicylic-acid'])(
    'item 14: %s is not listed as helping ice-pick scars, which respond least to topicals',
    async (slug) => {
      const { topical } = await app.data(`query($slug: String!) { topical(slug: $slug) { helpsScarTypes { slug } } }`, { slug });
      expect(topical.helpsScarTypes.map((s: any) => s.slug).sort()).toEqual(['boxcar', 'rolling']);
    },
  );

  it('item 14: a home roller is disinfected, not sterilised', async () => {
    const { treatment } = await app.data(`{ treatment(slug: "home-dermaroller") { summary risks } }`);
    expect([treatment.summary, ...treatment.risks].join(' ')).not.toMatch(/sterilis/);
  });

  it.each([
    ['SUNBURN', 'contraindication/sunburn'],
    ['DERMATITIS_FLARE', 'contraindication/dermatitis-flare'],
  ])('item 10: %s holds retinoids, acids, benzoyl peroxide and vitamin C while it lasts', async (condition, code) => {
    const actives = ['tretinoin', 'glycolic-acid', 'benzoyl-peroxide', 'vitamin-c'];
    const regimen = await plan({
      conditions: [condition],
      currentTopicals: [...actives, 'ceramide-moisturiser'],
      startDate: '2026-12-01',
      days: 7,
      fitzpatrickType: 2,
    });
    for (const slug of actives) expect(regimen.holds).toContainEqual(expect.objectContaining({ topical: { slug }, rule: { code } }));
    const steps = regimen.days.flatMap((d: any) => [...d.am, ...d.pm].map((s: any) => s.topical.slug));
    for (const slug of actives) expect(steps).not.toContain(slug);
  });

  it('item 10: a dated condition holds its topicals while it lasts, and one over before the session does not postpone it', async () => {
    const input = (until: string) => ({
      nextSession: { ...clinicSession, performedAt: '2026-12-20T10:00:00Z' },
      conditionPeriods: [{ condition: 'SUNBURN', since: '2026-12-01', until }],
      currentTopicals: ['azelaic-acid', 'vitamin-c'],
      startDate: '2026-12-01',
      days: 7,
      timeZone: 'UTC',
      fitzpatrickType: 2,
    });
    const over = await plan(input('2026-12-03'));
    expect(over.eligibility).toBe('ELIGIBLE');
    const hold = over.holds.find((h: any) => h.topical.slug === 'vitamin-c' && h.rule.code === 'contraindication/sunburn');
    expect([hold.from, hold.until]).toEqual(['2026-12-01T00:00:00.000Z', '2026-12-04T00:00:00.000Z']);
    const daysWithVitaminC = over.days.filter((d: any) => d.am.some((s: any) => s.topical.slug === 'vitamin-c')).map((d: any) => d.date);
    expect(daysWithVitaminC[0] >= '2026-12-04').toBe(true);

    const atSession = await plan(input('2026-12-25'));
    expect(atSession.eligibility).toBe('DEFER');
    const bad = await app.graphql(PLAN, { input: { ...input('2026-11-20') } });
    expect(bad.body.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.conditionPeriods[0].until', message: 'must not be before since' }] },
    });
  });

  it('item 11: a product whose own ingredients conflict is named as the cause, and plans never pick it where that rule applies', async () => {
    const serum = 'halden-labs-retinol-glycolic-night-serum';
    const { reviewRoutine } = await app.data(REVIEW, { input: { items: [{ slot: 'PM', product: serum }] } });
    expect(reviewRoutine.conflicts).toEqual([
      { a: { slug: 'retinol' }, b: { slug: 'glycolic-acid' }, rule: { code: 'pair-conflict/retinoids-with-aha-bha' }, product: { slug: serum } },
    ]);
    // Two separate products make the same pair without either being the cause.
    const separate = await app.data(REVIEW, {
      input: {
        items: [
          { slot: 'PM', topical: 'retinol' },
          { slot: 'PM', topical: 'glycolic-acid' },
        ],
      },
    });
    expect(separate.reviewRoutine.conflicts).toEqual([expect.objectContaining({ product: null })]);

    const PRODUCTS = `query($input: RegimenInput!) { recommendRegimen(input: $input) { days { am { products { slug } } pm { products { slug } } } } }`;
    const { recommendRegimen } = await app.data(PRODUCTS, {
      input: { currentTopicals: ['retinol', 'glycolic-acid'], startDate: '2026-12-01', days: 14, fitzpatrickType: 2 },
    });
    const picked = recommendRegimen.days.flatMap((d: any) => [...d.am, ...d.pm].flatMap((s: any) => s.products.map((p: any) => p.slug)));
    expect(picked.length).toBeGreaterThan(0);
    expect(picked).not.toContain(serum);
  });

  it('item 15: a topical still in use inside its pause before the booked session is a warning naming it and the rule', async () => {
    const inTwoDays = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const regimen = await plan({
      nextSession: { ...clinicSession, performedAt: inTwoDays },
      currentTopicals: ['tretinoin', 'hyaluronic-acid'],
      fitzpatrickType: 2,
      days: 7,
    });
    const due = regimen.warnings.filter((w: any) => w.code === 'STOP_BEFORE_ALREADY_DUE');
    expect(due).toEqual([
      {
        code: 'STOP_BEFORE_ALREADY_DUE',
        severity: 'HIGH',
        message: expect.stringMatching(
          /^Tretinoin should have been stopped 7 days before the session on \d{4}-\d{2}-\d{2}, and you are still using it\./,
        ),
        rule: { code: 'stop-before/retinoids' },
      },
    ]);
    expect(regimen.eligibility).toBe('CAUTION');
    // Booked far enough ahead, nothing is due yet.
    const later = await plan({
      nextSession: { ...clinicSession, performedAt: new Date(Date.now() + 20 * 86_400_000).toISOString() },
      currentTopicals: ['tretinoin'],
      fitzpatrickType: 2,
      days: 7,
    });
    expect(later.warnings.map((w: any) => w.code)).not.toContain('STOP_BEFORE_ALREADY_DUE');
  });

  it('item 16: holds, warnings and steps agree on sunscreen the morning after an afternoon clinic session', async () => {
    const regimen = await plan({
      lastSession: { ...clinicSession, performedAt: '2026-12-01T15:00:00Z' },
      startDate: '2026-12-01',
      days: 7,
      timeZone: 'UTC',
      fitzpatrickType: 5,
    });
    const sunscreenMornings = regimen.days.filter((d: any) => d.am.some((s: any) => s.topical.slug === 'mineral-sunscreen')).map((d: any) => d.date);
    // Before the session, then every morning from the first one after the mineral sunscreen's wait (24 hours at this depth).
    expect(sunscreenMornings).toEqual(['2026-12-01', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06', '2026-12-07']);
    const hold = regimen.holds.find((h: any) => h.topical.slug === 'mineral-sunscreen');
    expect(hold).toMatchObject({ rule: { code: 'wait-after/mineral-sunscreen/t4' }, until: '2026-12-02T15:00:00.000Z' });

    // The morning without it is named, with the hold's rule and what to do meanwhile (shade first; SPF 50+ mineral if going out).
    const onHold = regimen.warnings.filter((w: any) => w.code === 'REQUIRED_STEP_ON_HOLD');
    expect(onHold).toHaveLength(1);
    expect(onHold[0].rule.code).toBe('wait-after/mineral-sunscreen/t4');
    expect(onHold[0].message).toMatch(/^On the morning of 2026-12-02 the plan leaves out "Broad-spectrum sunscreen every morning": /);
    expect(onHold[0].message).toMatch(/shade and clothing; if you cannot avoid going outdoors, a mineral sunscreen of SPF 50/);
    // The pigmentation warning no longer promises sunscreen on a morning the plan holds it.
    const pigmentation = regimen.warnings.find((w: any) => w.code === 'PIGMENTATION_RISK');
    expect(pigmentation.message).toMatch(/every morning from when the plan brings it back/);
    // Direct sun is avoided that morning, whatever the sunscreen.
    expect(regimen.days[1].avoid).toContainEqual(expect.objectContaining({ activity: 'DIRECT_SUN', level: 'AVOID' }));
  });

  it('item 18: what a clinic shows a patient reads as plain sentences: no tier codes, no doubled punctuation', async () => {
    const TEXTS = `query($input: RegimenInput!) {
      recommendRegimen(input: $input) {
        warnings { message }
        holds { reason rule { title } }
        days { am { why } pm { why } avoid { reason } }
      }
    }`;
    const inputs = [
      { ...afterSession, fitzpatrickType: 5, currentTopicals: ['tretinoin', 'benzoyl-peroxide', 'vitamin-c'], conditions: ['COLD_SORE_HISTORY'] },
      { lastSession: { treatment: 'home-dermaroller', performedAt: SESSION_AT, needleDepthMm: 0.25 }, currentTopicals: ['retinol'], days: 7 },
      {
        lastSession: { treatment: 'rf-microneedling', performedAt: SESSION_AT, needleDepthMm: 1.5 },
        scarTypes: ['boxcar'],
        days: 14,
        fitzpatrickType: 3,
      },
    ];
    for (const input of inputs) {
      const { recommendRegimen: r } = await app.data(TEXTS, { input });
      const texts: string[] = [
        ...r.warnings.map((w: any) => w.message),
        ...r.holds.flatMap((h: any) => [h.reason, h.rule.title]),
        ...r.days.flatMap((d: any) => [...d.am, ...d.pm].map((s: any) => s.why).concat(d.avoid.map((a: any) => a.reason))),
      ];
      expect(texts.length).toBeGreaterThan(0);
      expect(texts.filter((text) => /\bT[1-4]\b/.test(text))).toEqual([]);
      // The weighing of sources belongs to the rule's rationale, not to what the patient is told to do.
      expect(texts.filter((text) => /sources differ|strictest|most cautious|appl(y|ies) here/i.test(text))).toEqual([]);
      expect(texts.filter((text) => /[:.;,]\s*[:.;,]/.test(text.replace(/\d\.\d/g, '')))).toEqual([]);
    }
  });

  it('item 17: a routine review flags a topical at a time of day it is not meant for', async () => {
    const { reviewRoutine } = await app.data(REVIEW, {
      input: {
        items: [
          { slot: 'AM', topical: 'retinol' },
          { slot: 'PM', topical: 'mineral-sunscreen' },
          { slot: 'PM', topical: 'hyaluronic-acid' },
        ],
      },
    });
    expect(reviewRoutine.misplaced).toEqual([
      {
        topical: { slug: 'retinol' },
        product: null,
        slot: 'AM',
        allowedSlots: ['PM'],
        reason: expect.stringMatching(/^Retinol belongs in the evening routine: light breaks retinoids down/),
      },
      {
        topical: { slug: 'mineral-sunscreen' },
        product: null,
        slot: 'PM',
        allowedSlots: ['AM'],
        reason: expect.stringMatching(/morning routine: sunscreen only protects in daylight/),
      },
    ]);
  });

  it('item 12: an unknown Fitzpatrick type gets the cautious figures for darker skin, and a note that recording it refines the plan', async () => {
    const unknown = await plan(afterSession);
    const known = await plan({ ...afterSession, fitzpatrickType: 2 });
    expect(unknown.eligibility).toBe('CAUTION');
    expect(unknown.warnings).toContainEqual(expect.objectContaining({ code: 'PIGMENTATION_RISK' }));
    expect(unknown.warnings).toContainEqual(
      expect.objectContaining({ code: 'FITZPATRICK_TYPE_UNKNOWN', severity: 'INFO', rule: { code: 'contraindication/fitzpatrick-iv-vi' } }),
    );
    expect(known.warnings.map((w: any) => w.code)).not.toContain('FITZPATRICK_TYPE_UNKNOWN');
    // The 28-day sun rule for darker skin applies too.
    const sunRules = (regimen: any) => new Set(regimen.days.flatMap((d: any) => d.avoid.map((a: any) => a.rule?.code)));
    expect(sunRules(unknown)).toContain('wait-after/prolonged-sun/fitzpatrick-iv-vi');
    expect(sunRules(known)).not.toContain('wait-after/prolonged-sun/fitzpatrick-iv-vi');
  });

  it('item 13: non-copper peptides with an exfoliating acid in one routine is a low-severity conflict', async () => {
    const { checkRoutine } = await app.data(CHECK, {
      input: {
        items: [
          { slot: 'PM', topical: 'peptides' },
          { slot: 'PM', topical: 'glycolic-acid' },
        ],
      },
    });
    expect(checkRoutine).toEqual([
      { a: { slug: 'peptides' }, b: { slug: 'glycolic-acid' }, severity: 'LOW', rule: { code: 'pair-conflict/peptides-with-acids' } },
    ]);
  });
});
