// The aftercare rule tables as data. Each table row of the reference becomes one rule, or one rule per
// depth tier where the row gives per-tier figures. When sources conflict, the most cautious figure given
// by a doctor or a clinic is used; the rationale says so and the citations show where figures came from.
import {
  Activity,
  ActivityAdviceLevel,
  ConflictManagement,
  ConflictScope,
  Device,
  Eligibility,
  RequirementLevel,
  RuleKind,
  ScarCategory,
  Severity,
  SkinCondition,
  Slot,
} from '../../domain/enums';
import {
  ContraindicationParameters,
  NeedlingScope,
  PairConflictParameters,
  RequirementParameters,
  StopBeforeNeedlingParameters,
} from '../../engine/facts';
import { RuleSeed } from './types';

type RuleOf<K extends RuleKind> = Extract<RuleSeed, { kind: K }>;

/** The text and sources every rule carries. */
interface RuleText {
  code: string;
  severity: Severity;
  title: string;
  rationale: string;
  management: string;
  citationKeys: string[];
}

/** The project's own synthesis: tier boundaries, the pair table, editorial extensions. */
const SYNTHESIS = 'dermaplan-aftercare-reference';

const HOUR = 1;
const DAY = 24 * HOUR;

// ---------------------------------------------------------------------------------------------
// Topical groups, as the reference tables name them.

const PRESCRIPTION_RETINOIDS = ['tretinoin', 'adapalene', 'tazarotene'];
const ALL_RETINOIDS = [...PRESCRIPTION_RETINOIDS, 'retinol'];
const AHA_BHA = ['glycolic-acid', 'lactic-acid', 'salicylic-acid'];
const SUNSCREENS = ['mineral-sunscreen', 'chemical-sunscreen'];

// ---------------------------------------------------------------------------------------------
// Depth tiers. A synthesis, not a guideline: editors may move the boundaries. Above is exclusive and
// up-to inclusive, so 0.25 mm is T1 and 0.3 mm is T2. RF microneedling is T4 at any depth.

type TierIndex = 0 | 1 | 2 | 3;
/** One figure per tier, in order T1, T2, T3, T4 (the RF tier uses the T4 figure). */
type PerTier = readonly [number, number, number, number];

interface DepthTier {
  /** Code suffix. */
  code: string;
  /** Which column of a PerTier row applies. */
  column: TierIndex;
  /** For titles, with its article: "a T3 session (...)". */
  label: string;
  scope: NeedlingScope;
  /** Why skin at this depth needs the time it does. */
  mechanism: string;
  /** The clinic care sheet whose day figures apply to this kind of session. */
  protocolCitation: string;
}

const NEEDLES_ONLY = [Device.DERMAROLLER, Device.DERMAPEN];

const DEPTH_TIERS: readonly DepthTier[] = [
  {
    code: 't1',
    column: 0,
    label: 'a T1 session (needles up to 0.25 mm)',
    scope: { devices: NEEDLES_ONLY, depthAboveMm: null, depthUpToMm: 0.25, tier: 'T1' },
    mechanism:
      'Needles this short barely pass the outermost layer; after 0.15–0.25 mm needling the barrier has been ' +
      'measured back to normal within 72 hours.',
    protocolCitation: 'skinpen-care-protocol',
  },
  {
    code: 't2',
    column: 1,
    label: 'a T2 session (needles over 0.25 mm up to 0.5 mm)',
    scope: { devices: NEEDLES_ONLY, depthAboveMm: 0.25, depthUpToMm: 0.5, tier: 'T2' },
    mechanism:
      'At up to 0.5 mm the channels seal within roughly 2–24 hours, but water keeps escaping through the ' +
      'disturbed barrier for longer than after the shortest needles, and the skin stays reactive meanwhile.',
    protocolCitation: 'skinpen-care-protocol',
  },
  {
    code: 't3',
    column: 2,
    label: 'a T3 session (needles over 0.5 mm up to 1.0 mm)',
    scope: { devices: NEEDLES_ONLY, depthAboveMm: 0.5, depthUpToMm: 1.0, tier: 'T3' },
    mechanism:
      'This is scar-treatment depth: redness usually lasts 24–72 hours, and the barrier is still repairing ' +
      'well after the channels themselves have closed.',
    protocolCitation: 'skinpen-care-protocol',
  },
  {
    code: 't4',
    column: 3,
    label: 'a T4 session (needles over 1.0 mm)',
    scope: { devices: NEEDLES_ONLY, depthAboveMm: 1.0, depthUpToMm: null, tier: 'T4' },
    mechanism:
      'The injury is deepest here: water loss through the skin was highest and lasted longest at 1.5 mm ' +
      'compared with 0.5 mm, so the skin stays open to irritants for the longest time.',
    protocolCitation: 'skinpen-care-protocol',
  },
  {
    code: 't4-rf',
    column: 3,
    label: 'an RF microneedling session (T4 at any depth)',
    scope: { devices: [Device.RF_MICRONEEDLING], depthAboveMm: null, depthUpToMm: null, tier: 'T4' },
    mechanism:
      'RF microneedling adds heat to the needle injury; the barrier was measured back at baseline only on ' +
      'day 7, so every RF session is treated as the deepest tier whatever the needle length.',
    protocolCitation: 'morpheus8-care-protocol',
  },
];

/** Every session, whatever the device and depth. */
function anySession(): NeedlingScope {
  return { devices: [], depthAboveMm: null, depthUpToMm: null, tier: null };
}

function copyScope(scope: NeedlingScope): NeedlingScope {
  return { ...scope, devices: [...scope.devices] };
}

function describeHours(hours: number): string {
  if (hours % DAY !== 0) return `${hours} hours`;
  const days = hours / DAY;
  return days === 1 ? '1 day' : `${days} days`;
}

// ---------------------------------------------------------------------------------------------
// Builders: fill in the parts a kind does not use, so the tables below read like the reference.

function waitAfterNeedling(
  text: RuleText,
  fields: {
    scope: NeedlingScope;
    hours: number;
    subjectTopicalSlugs?: string[];
    activity?: Activity;
    adviceLevel?: ActivityAdviceLevel;
    minFitzpatrick?: number;
  },
): RuleOf<RuleKind.WAIT_AFTER_NEEDLING> {
  const activity = fields.activity ?? null;
  return {
    ...text,
    kind: RuleKind.WAIT_AFTER_NEEDLING,
    subjectTopicalSlugs: fields.subjectTopicalSlugs ?? [],
    pairATopicalSlugs: [],
    pairBTopicalSlugs: [],
    parameters: {
      scope: fields.scope,
      hours: fields.hours,
      activity,
      adviceLevel: activity === null ? null : (fields.adviceLevel ?? ActivityAdviceLevel.AVOID),
      minFitzpatrick: fields.minFitzpatrick ?? null,
    },
  };
}

/** One row of the "wait after needling" table, given per depth tier. */
interface WaitAfterRow {
  /** Code segment, e.g. "prescription-retinoids". */
  slug: string;
  /** Used in titles, e.g. "Prescription retinoids". */
  subject: string;
  subjectTopicalSlugs?: string[];
  activity?: Activity;
  /** Resume day per tier (day 0 = session day); the wait is that many whole days. */
  resumeDay: PerTier;
  /** Where the table says "day 0 after N hours" rather than "immediately". */
  hoursOnDay0?: number;
  severity: Severity;
  rationale: string;
  management: string;
  citationKeys: string[];
}

/** Expands one table row into a rule per depth tier, e.g. "wait-after/prescription-retinoids/t3". */
function waitAfterByTier(row: WaitAfterRow): RuleOf<RuleKind.WAIT_AFTER_NEEDLING>[] {
  return DEPTH_TIERS.map((tier) => {
    const day = row.resumeDay[tier.column];
    const hours = day === 0 ? (row.hoursOnDay0 ?? 0) : day * DAY;
    const when =
      day === 0
        ? `Here that means the same day, from ${describeHours(hours)} after the session.`
        : `Here that means resuming on day ${day}, ${hours} hours after the session.`;
    return waitAfterNeedling(
      {
        code: `wait-after/${row.slug}/${tier.code}`,
        severity: row.severity,
        title: `${row.subject} after ${tier.label}: wait ${describeHours(hours)}`,
        rationale: `${row.rationale} ${tier.mechanism}`,
        management: `${row.management} ${when}`,
        citationKeys: [...row.citationKeys, tier.protocolCitation, SYNTHESIS],
      },
      {
        scope: copyScope(tier.scope),
        hours,
        subjectTopicalSlugs: row.subjectTopicalSlugs ? [...row.subjectTopicalSlugs] : [],
        activity: row.activity,
      },
    );
  });
}

function sessionIntervalByTier(minDays: PerTier, rationale: string, citationKeys: string[]): RuleOf<RuleKind.SESSION_INTERVAL>[] {
  return DEPTH_TIERS.map((tier) => {
    const days = minDays[tier.column];
    return {
      code: `session-interval/${tier.code}`,
      kind: RuleKind.SESSION_INTERVAL,
      severity: Severity.HIGH,
      title: `Next session after ${tier.label}: at least ${describeHours(days * DAY)} later`,
      rationale: `${rationale} ${tier.mechanism}`,
      management: `Book the next session no sooner than ${days} days after this one; leaving longer is fine.`,
      subjectTopicalSlugs: [],
      pairATopicalSlugs: [],
      pairBTopicalSlugs: [],
      parameters: { scope: copyScope(tier.scope), minDays: days },
      citationKeys: [...citationKeys, tier.protocolCitation, SYNTHESIS],
    };
  });
}

function stopBeforeNeedling(
  text: RuleText,
  subjectTopicalSlugs: string[],
  parameters: StopBeforeNeedlingParameters,
): RuleOf<RuleKind.STOP_BEFORE_NEEDLING> {
  return {
    ...text,
    kind: RuleKind.STOP_BEFORE_NEEDLING,
    subjectTopicalSlugs,
    pairATopicalSlugs: [],
    pairBTopicalSlugs: [],
    parameters,
  };
}

/** Exactly one trigger: a condition, a minimum Fitzpatrick type, or a scar category. */
type ContraindicationTrigger =
  { condition: SkinCondition } | { minFitzpatrick: number; warningCode: string } | { scarCategory: ScarCategory; warningCode: string };

function contraindication(
  text: RuleText,
  trigger: ContraindicationTrigger,
  eligibility: Eligibility,
  heldTopicalSlugs: string[] = [],
): RuleOf<RuleKind.CONTRAINDICATION> {
  const parameters: ContraindicationParameters = {
    condition: 'condition' in trigger ? trigger.condition : null,
    minFitzpatrick: 'minFitzpatrick' in trigger ? trigger.minFitzpatrick : null,
    scarCategory: 'scarCategory' in trigger ? trigger.scarCategory : null,
    eligibility,
    warningCode: 'warningCode' in trigger ? trigger.warningCode : null,
  };
  return {
    ...text,
    kind: RuleKind.CONTRAINDICATION,
    subjectTopicalSlugs: heldTopicalSlugs,
    pairATopicalSlugs: [],
    pairBTopicalSlugs: [],
    parameters,
  };
}

function pairConflict(text: RuleText, pairA: string[], pairB: string[], parameters: PairConflictParameters): RuleOf<RuleKind.PAIR_CONFLICT> {
  return {
    ...text,
    kind: RuleKind.PAIR_CONFLICT,
    subjectTopicalSlugs: [],
    pairATopicalSlugs: pairA,
    pairBTopicalSlugs: pairB,
    parameters,
  };
}

function requirement(text: RuleText, subjectTopicalSlugs: string[], parameters: RequirementParameters): RuleOf<RuleKind.REQUIREMENT> {
  return {
    ...text,
    kind: RuleKind.REQUIREMENT,
    subjectTopicalSlugs,
    pairATopicalSlugs: [],
    pairBTopicalSlugs: [],
    parameters,
  };
}

// ---------------------------------------------------------------------------------------------
// Wait after needling: topicals.

const waitAfterTopicals: RuleSeed[] = [
  waitAfterNeedling(
    {
      code: 'wait-after/hyaluronic-acid-and-moisturiser/any',
      severity: Severity.INFO,
      title: 'Hyaluronic acid and bland moisturiser: fine straight after any session',
      rationale:
        'Neither product exfoliates, stimulates or changes the skin’s pH; they only add water and barrier ' +
        'lipids, which is exactly what skin losing moisture through fresh channels needs. Keeping needled ' +
        'skin hydrated supports faster recovery, so these are the one group with no wait at any depth.',
      management:
        'Use a plain hyaluronic gel or a fragrance-free ceramide moisturiser from the day of treatment. ' +
        'Clinics commonly advise the gel daily, preferably in the evening, for 7–10 days.',
      citationKeys: ['minutilli-2024-jdd', 'seed-001', 'seed-003', 'skinpen-care-protocol'],
    },
    { scope: anySession(), hours: 0, subjectTopicalSlugs: ['hyaluronic-acid', 'ceramide-moisturiser'] },
  ),
  ...waitAfterByTier({
    slug: 'mineral-sunscreen',
    subject: 'Mineral sunscreen',
    subjectTopicalSlugs: ['mineral-sunscreen'],
    resumeDay: [0, 1, 1, 1],
    hoursOnDay0: 12,
    severity: Severity.LOW,
    rationale:
      'Even a gentle zinc oxide or titanium dioxide cream contains emollients and preservatives that can ' +
      'sting, or be carried into, channels that have not sealed yet. Mineral filters stay on the surface and ' +
      'seldom irritate, which is why they are the first sunscreen to come back.',
    management:
      'Until then, protect the skin with shade and clothing instead of any product. Once allowed, a ' +
      'broad-spectrum mineral sunscreen of SPF 30 or more is required every morning.',
    citationKeys: ['aad-sunscreen', 'minutilli-2024-jdd'],
  }),
  ...waitAfterByTier({
    slug: 'chemical-sunscreen',
    subject: 'Chemical sunscreen',
    subjectTopicalSlugs: ['chemical-sunscreen'],
    resumeDay: [1, 2, 3, 3],
    severity: Severity.LOW,
    rationale:
      'Organic UV filters work inside the upper skin and cause stinging and contact reactions more often ' +
      'than mineral filters; on a barrier that is still leaky that tendency is stronger. Mineral sunscreen ' +
      'is the preferred choice on healing skin.',
    management: 'Cover the gap with mineral sunscreen, then switch back if you prefer.',
    citationKeys: ['aad-sunscreen'],
  }),
  ...waitAfterByTier({
    slug: 'peptides-and-growth-factors',
    subject: 'Peptides (non-copper) and growth factors',
    subjectTopicalSlugs: ['peptides', 'growth-factors'],
    resumeDay: [1, 2, 2, 2],
    severity: Severity.LOW,
    rationale:
      'These signalling ingredients help healing, but a serum carries preservatives and other ingredients ' +
      'too, and anything applied to open channels reaches deeper than it was formulated for. Waiting until ' +
      'the channels have closed and the first redness has faded keeps the risk of a reaction low.',
    management:
      'Bring them back once the wait is over; collagen-stimulating peptides then help the healing phase. A ' +
      'sterile gel the clinic applies as part of the treatment itself is not covered by this wait.',
    citationKeys: ['seed-001', 'minutilli-2024-jdd'],
  }),
  ...waitAfterByTier({
    slug: 'copper-peptides',
    subject: 'Copper peptides',
    subjectTopicalSlugs: ['copper-peptides'],
    resumeDay: [2, 3, 3, 3],
    severity: Severity.LOW,
    rationale:
      'Copper is biologically active and can irritate skin whose barrier is still open, so the wait is a ' +
      'little longer than for other peptides. These figures are only weakly sourced and are provisional.',
    management: 'Leave copper peptides out until the wait is over, and keep them apart from vitamin C and acids afterwards.',
    citationKeys: [],
  }),
  ...waitAfterByTier({
    slug: 'niacinamide',
    subject: 'Niacinamide',
    subjectTopicalSlugs: ['niacinamide'],
    resumeDay: [1, 3, 3, 3],
    severity: Severity.LOW,
    rationale:
      'Niacinamide is usually well tolerated, but at the strengths found in many serums it can sting or ' +
      'redden skin whose barrier is repairing. These figures are only weakly sourced and are provisional.',
    management: 'Pause niacinamide serums until the wait is over.',
    citationKeys: [],
  }),
  ...waitAfterByTier({
    slug: 'vitamin-c',
    subject: 'Vitamin C and its derivatives',
    subjectTopicalSlugs: ['vitamin-c', 'vitamin-c-derivatives'],
    resumeDay: [3, 7, 7, 7],
    severity: Severity.HIGH,
    rationale:
      'Vitamin C serums are acidic and not made to be sterile; forced through open channels they can set ' +
      'off inflammation deep in the skin. Granulomas (persistent inflamed lumps) after pen microneedling ' +
      'were linked to a topical vitamin C serum applied to freshly needled skin, so vitamin C is never used ' +
      'on the day of a session, and the wait covers the milder derivatives as well.',
    management: 'Leave out every form of vitamin C until the wait is over, then bring it back in the morning under sunscreen.',
    citationKeys: ['seed-001', 'cohen-elbuluk-2016-jaad'],
  }),
  ...waitAfterByTier({
    slug: 'aha-bha-benzoyl-peroxide-hydroquinone',
    subject: 'AHAs, BHA, benzoyl peroxide and hydroquinone',
    subjectTopicalSlugs: [...AHA_BHA, 'benzoyl-peroxide', 'hydroquinone'],
    resumeDay: [3, 7, 7, 14],
    severity: Severity.HIGH,
    rationale:
      'Exfoliating acids dissolve the bonds that hold surface cells together and benzoyl peroxide oxidises ' +
      'the surface; hydroquinone irritates broken skin. On a barrier that is still repairing they sting, ' +
      'inflame and can leave dark marks, and through open channels they reach deeper than intended. ' +
      'Consumer aftercare advice likewise keeps acid products off the skin for the first week.',
    management:
      'Pause all of these until the wait is over, then reintroduce them one at a time, acids in the ' + 'evening, with sunscreen every morning.',
    citationKeys: ['seed-001', 'fda-aha-cosmetics-guidance'],
  }),
  // Editorial extension: the reference tables have no azelaic acid row (see rationale).
  ...waitAfterByTier({
    slug: 'azelaic-acid',
    subject: 'Azelaic acid',
    subjectTopicalSlugs: ['azelaic-acid'],
    resumeDay: [3, 7, 7, 14],
    severity: Severity.MODERATE,
    rationale:
      'The reference tables give no figure for azelaic acid. It often stings even intact skin, and the ' +
      'advice to keep acid products away from healing skin for the first week covers it, so as an ' +
      'editorial choice it follows the exfoliating-acid timings until a source-backed figure is added.',
    management: 'Pause azelaic acid until the wait is over.',
    citationKeys: ['seed-001'],
  }),
  ...waitAfterByTier({
    slug: 'retinol',
    subject: 'Retinol',
    subjectTopicalSlugs: ['retinol'],
    resumeDay: [3, 7, 7, 14],
    severity: Severity.HIGH,
    rationale:
      'Retinoids speed up cell turnover and thin the outer layer, so on needled skin they bring more ' +
      'stinging, peeling and redness and a higher chance of dark marks. Consumer aftercare advice also ' +
      'keeps retinol off the skin for the first week.',
    management: 'Pause retinol and restart it in the evening once the wait is over.',
    citationKeys: ['seed-001'],
  }),
  ...waitAfterByTier({
    slug: 'prescription-retinoids',
    subject: 'Prescription retinoids',
    subjectTopicalSlugs: PRESCRIPTION_RETINOIDS,
    resumeDay: [3, 7, 14, 14],
    severity: Severity.HIGH,
    rationale:
      'Tretinoin, adapalene and tazarotene are stronger than retinol, and their labelling says not to apply ' +
      'them to cut or abraded skin, which is what needled skin is until it has healed; deeper sessions ' +
      'therefore wait longer than for retinol.',
    management: 'Pause the retinoid and restart it at night once the wait is over. If your prescriber asks for a ' + 'longer break, follow that.',
    citationKeys: ['retinoid-prescribing-information', 'seed-001'],
  }),
];

// ---------------------------------------------------------------------------------------------
// Wait after needling: activities.

const SUN_SOURCES_NOTE =
  'Sources differ: one consumer guide says to avoid direct sun for at least 24 hours, another for the ' +
  'whole first week; clinic figures of three days of strict avoidance followed by two weeks of keeping ' +
  'exposure low cover both.';

const waitAfterActivities: RuleSeed[] = [
  ...waitAfterByTier({
    slug: 'makeup',
    subject: 'Makeup',
    activity: Activity.MAKEUP,
    resumeDay: [1, 1, 2, 3],
    severity: Severity.MODERATE,
    rationale:
      'Makeup is worked into the skin with brushes and sponges that harbour bacteria, and its pigments and ' +
      'preservatives can be pressed into channels that have not closed, risking infection and irritation. ' +
      'Sources differ: clinic figures allow it again after one to three days depending on depth, while one ' +
      'consumer overview says to skip it for the whole first week; the clinic figures apply here.',
    management:
      'Go without makeup until the wait is over; then start with mineral makeup and clean tools, and keep ' +
      'it light for the rest of the first week.',
    citationKeys: ['seed-001'],
  }),
  ...waitAfterByTier({
    slug: 'sweaty-exercise',
    subject: 'Sweaty exercise',
    activity: Activity.SWEATY_EXERCISE,
    resumeDay: [1, 3, 3, 7],
    severity: Severity.MODERATE,
    rationale:
      'Sweat, and the bacteria it carries, sits on skin whose channels are open or only just sealed, and ' +
      'the heat and extra blood flow of a workout add to swelling and redness.',
    management: 'Keep to gentle activity that does not make you sweat until the wait is over.',
    citationKeys: [],
  }),
  ...waitAfterByTier({
    slug: 'swimming',
    subject: 'Swimming',
    activity: Activity.SWIMMING,
    resumeDay: [2, 5, 5, 7],
    severity: Severity.MODERATE,
    rationale:
      'Pool, sea and lake water carry bacteria, and chlorine or salt irritates a barrier that is still ' +
      'healing, so an infection or a flare of irritation is more likely.',
    management: 'Stay out of pools, the sea and lakes until the wait is over.',
    citationKeys: [],
  }),
  ...waitAfterByTier({
    slug: 'sauna',
    subject: 'Sauna and steam room',
    activity: Activity.SAUNA,
    resumeDay: [2, 5, 5, 7],
    severity: Severity.MODERATE,
    rationale:
      'Heat and steam dilate blood vessels, which prolongs redness and swelling, and the warm, damp air ' +
      'favours bacteria on skin that is still recovering.',
    management: 'Skip saunas, steam rooms and hot baths that heat the face until the wait is over.',
    citationKeys: [],
  }),
  waitAfterNeedling(
    {
      code: 'wait-after/direct-sun/any',
      severity: Severity.HIGH,
      title: 'Direct sun after any session: avoid for 3 days',
      rationale:
        'UV on freshly injured skin adds inflammation, weakens the result of the treatment and makes sunburn ' +
        `and dark marks more likely while the barrier is disrupted. ${SUN_SOURCES_NOTE}`,
      management:
        'Keep out of direct sun for three days: stay in the shade, wear a wide-brimmed hat, and plan time ' +
        'outdoors for early morning or evening.',
      citationKeys: ['seed-001', 'seed-003', 'skinpen-care-protocol', 'morpheus8-care-protocol'],
    },
    { scope: anySession(), hours: 3 * DAY, activity: Activity.DIRECT_SUN, adviceLevel: ActivityAdviceLevel.AVOID },
  ),
  waitAfterNeedling(
    {
      code: 'wait-after/prolonged-sun/any',
      severity: Severity.MODERATE,
      title: 'Prolonged sun after any session: keep it to a minimum for 14 days',
      rationale:
        'New collagen is still forming for weeks, and UV is the main outside cause of collagen breakdown; ' +
        `healing skin also burns and darkens more easily. ${SUN_SOURCES_NOTE}`,
      management:
        'For two weeks, avoid long spells outdoors in strong sun, wear sunscreen every morning and reapply ' + 'it every two hours outside.',
      citationKeys: ['seed-000', 'seed-001', 'aad-sunscreen', 'minutilli-2024-jdd', 'skinpen-care-protocol'],
    },
    {
      scope: anySession(),
      hours: 14 * DAY,
      activity: Activity.PROLONGED_SUN,
      adviceLevel: ActivityAdviceLevel.MINIMISE,
    },
  ),
  waitAfterNeedling(
    {
      code: 'wait-after/prolonged-sun/fitzpatrick-iv-vi',
      severity: Severity.MODERATE,
      title: 'Prolonged sun after any session, Fitzpatrick IV–VI: keep it to a minimum for 28 days',
      rationale:
        'Darker skin answers both inflammation and UV by making extra pigment, so dark marks after ' +
        'needling are the main risk for Fitzpatrick types IV–VI, and the period of careful sun exposure is ' +
        'doubled.',
      management:
        'For four weeks, keep time in strong sun short, wear broad-spectrum sunscreen every morning and ' + 'reapply it every two hours outdoors.',
      citationKeys: ['cohen-elbuluk-2016-jaad', 'aad-sunscreen'],
    },
    {
      scope: anySession(),
      hours: 28 * DAY,
      activity: Activity.PROLONGED_SUN,
      adviceLevel: ActivityAdviceLevel.MINIMISE,
      minFitzpatrick: 4,
    },
  ),
  waitAfterNeedling(
    {
      code: 'wait-after/waxing/any',
      severity: Severity.MODERATE,
      title: 'Waxing after any session: wait 7 days',
      rationale:
        'Wax lifts off part of the surface layer along with the hair; on needled skin it can tear the ' +
        'healing surface and leave raw patches that may become infected or darken.',
      management: 'Do not wax the treated area for a week.',
      citationKeys: ['skinpen-care-protocol', 'morpheus8-care-protocol'],
    },
    { scope: anySession(), hours: 7 * DAY, activity: Activity.WAXING },
  ),
  waitAfterNeedling(
    {
      code: 'wait-after/laser-ipl-peel/any',
      severity: Severity.HIGH,
      title: 'Laser, IPL or chemical peel after any session: wait 28 days',
      rationale:
        'Each of these procedures injures the skin in its own right; adding one before the needling injury ' +
        'has moved into remodelling compounds the inflammation and the risk of scarring and pigment change. ' +
        'Combining procedures is done after a wash-out period.',
      management: 'Leave four weeks between needling and any laser, IPL or chemical peel, unless the clinic treating ' + 'you plans them together.',
      citationKeys: ['minutilli-2024-jdd', 'morpheus8-care-protocol', 'skinpen-care-protocol'],
    },
    { scope: anySession(), hours: 28 * DAY, activity: Activity.LASER_IPL_OR_PEEL },
  ),
];

// ---------------------------------------------------------------------------------------------
// Next needling session.

const sessionIntervals: RuleSeed[] = sessionIntervalByTier(
  [3, 7, 28, 28],
  'Needling works through collagen that forms over weeks; the skin has to get past the inflammatory ' +
    'phase and begin remodelling before it is injured again, and shallow injuries get there sooner, so ' +
    'the minimum gap grows with depth. Weekly rolling suits mild scars at home (moderate or severe ' +
    'scarring needs a dermatologist to set the frequency), and clinic sessions four weeks apart have ' +
    'done better than two-week spacing.',
  ['seed-003', 'minutilli-2024-jdd', 'harris-2015-ijwd'],
);

// ---------------------------------------------------------------------------------------------
// Pauses ahead of a booked session.

const stopBefore: RuleSeed[] = [
  stopBeforeNeedling(
    {
      code: 'stop-before/retinoids',
      severity: Severity.MODERATE,
      title: 'Retinoids and retinol: stop 7 days before a session',
      rationale:
        'Retinoids thin and sensitise the outer skin, so needling skin still under their influence brings ' +
        'more irritation, peeling and redness. Published advice on the pause ranges from 12 hours to 14 ' +
        'days. The 14-day figure comes only from a salon, and this product takes the most cautious figure ' +
        'given by a doctor or clinic, so the pause is seven days.',
      management: 'Stop every retinoid, prescription or not, a week before the session.',
      citationKeys: ['skinpen-care-protocol', 'morpheus8-care-protocol'],
    },
    ALL_RETINOIDS,
    { hours: 7 * DAY, activity: null },
  ),
  stopBeforeNeedling(
    {
      code: 'stop-before/aha-bha-benzoyl-peroxide',
      severity: Severity.MODERATE,
      title: 'AHAs, BHA and benzoyl peroxide: stop 7 days before a session',
      rationale: 'These thin or dry the surface, leaving the skin more reactive to needling and slower to settle ' + 'afterwards.',
      management: 'Stop exfoliating acids and benzoyl peroxide a week before the session.',
      citationKeys: ['skinpen-care-protocol', 'morpheus8-care-protocol'],
    },
    [...AHA_BHA, 'benzoyl-peroxide'],
    { hours: 7 * DAY, activity: null },
  ),
  stopBeforeNeedling(
    {
      code: 'stop-before/scrubs',
      severity: Severity.MODERATE,
      title: 'Facial scrubs: stop 7 days before a session',
      rationale: 'Abrasive scrubs wear away the protective surface layer, leaving micro-abrasions that needling then ' + 'deepens.',
      management: 'Swap scrubs for a gentle cleanser during the week before the session.',
      citationKeys: ['skinpen-care-protocol', 'morpheus8-care-protocol'],
    },
    [],
    { hours: 7 * DAY, activity: Activity.SCRUBS },
  ),
  stopBeforeNeedling(
    {
      code: 'stop-before/vitamin-c-and-hydroquinone',
      severity: Severity.LOW,
      title: 'L-ascorbic acid and hydroquinone: stop 3 days before a session',
      rationale: 'Acidic vitamin C serums and hydroquinone both irritate, and the skin should not carry that ' + 'irritation into the session.',
      management: 'Stop L-ascorbic acid serums and hydroquinone three days before the session.',
      citationKeys: ['skinpen-care-protocol', 'morpheus8-care-protocol'],
    },
    ['vitamin-c', 'hydroquinone'],
    { hours: 3 * DAY, activity: null },
  ),
  stopBeforeNeedling(
    {
      code: 'stop-before/tanning',
      severity: Severity.MODERATE,
      title: 'Tanning: stop 14 days before a session',
      rationale:
        'A tan or a recent burn means UV-stressed skin with active pigment cells, which heals less well and ' +
        'is more prone to dark marks after needling.',
      management: 'No sunbathing or sunbeds for two weeks before the session.',
      citationKeys: ['skinpen-care-protocol', 'morpheus8-care-protocol'],
    },
    [],
    { hours: 14 * DAY, activity: Activity.TANNING },
  ),
  stopBeforeNeedling(
    {
      code: 'stop-before/direct-sun',
      severity: Severity.MODERATE,
      title: 'Direct sun: keep out of it for 14 days before a session',
      rationale:
        'Skin that has recently had a lot of sun is inflamed and pigment-active, which raises the chance of ' +
        'irritation and dark marks after the session.',
      management: 'Keep out of strong direct sun for two weeks beforehand and wear sunscreen every morning.',
      citationKeys: ['skinpen-care-protocol', 'morpheus8-care-protocol'],
    },
    [],
    { hours: 14 * DAY, activity: Activity.DIRECT_SUN },
  ),
  stopBeforeNeedling(
    {
      code: 'stop-before/laser-ipl-peel',
      severity: Severity.MODERATE,
      title: 'Laser, IPL or chemical peel: at least 28 days before a session',
      rationale:
        'Skin still remodelling after another resurfacing procedure should not be injured again; a wash-out ' +
        'period keeps the two injuries apart.',
      management: 'Leave four weeks between any laser, IPL or peel and the needling session.',
      citationKeys: ['minutilli-2024-jdd', 'skinpen-care-protocol', 'morpheus8-care-protocol'],
    },
    [],
    { hours: 28 * DAY, activity: Activity.LASER_IPL_OR_PEEL },
  ),
];

// ---------------------------------------------------------------------------------------------
// Contraindications and cautions (including the isotretinoin and cold-sore rows of the pre-session
// table). Management never advises stopping a prescribed medicine.

const PRESCRIBED_MEDICINES_NOTE = 'Never stop or change a prescribed medicine to fit a session; only the prescriber can make that call.';

const contraindications: RuleSeed[] = [
  contraindication(
    {
      code: 'contraindication/keloid-tendency',
      severity: Severity.HIGH,
      title: 'Tendency to keloid or hypertrophic scarring: needling not recommended',
      rationale:
        'Needling works by provoking collagen production. In people who form keloid or hypertrophic scars, ' +
        'healing already overshoots with excess collagen, so the small needle wounds can themselves heal ' +
        'into raised scars.',
      management: 'Do not needle. Discuss other scar treatments with a dermatologist.',
      citationKeys: ['seed-000', 'seed-001', 'minutilli-2024-jdd'],
    },
    { condition: SkinCondition.KELOID_TENDENCY },
    Eligibility.NOT_RECOMMENDED,
  ),
  contraindication(
    {
      code: 'contraindication/raised-scar',
      severity: Severity.HIGH,
      title: 'Raised (hypertrophic or keloid) scars: needling not recommended',
      rationale:
        'Raised scars exist because too much collagen was laid down; a treatment that stimulates more ' +
        'collagen works against them. The scar type should be confirmed by a professional before any ' +
        'needling.',
      management:
        'Do not needle raised scars. Have the scars assessed; silicone, steroid injections and other ' +
        'treatments aimed at raised scars are the usual route.',
      citationKeys: ['seed-000', 'juhasz-cohen-2020-ccid'],
    },
    { scarCategory: ScarCategory.RAISED, warningCode: 'RAISED_SCAR' },
    Eligibility.NOT_RECOMMENDED,
  ),
  contraindication(
    {
      code: 'contraindication/active-acne',
      severity: Severity.HIGH,
      title: 'Active acne: postpone needling until breakouts have settled',
      rationale:
        'Passing needles through inflamed spots can burst them and carry bacteria across the treated area, ' +
        'which can make acne worse and invite infection.',
      management:
        'Treat the breakouts first and needle once they have calmed down; when rolling at home, never roll ' + 'over spots or inflamed patches.',
      citationKeys: ['seed-001', 'seed-002', 'seed-003', 'minutilli-2024-jdd'],
    },
    { condition: SkinCondition.ACTIVE_ACNE },
    Eligibility.DEFER,
  ),
  contraindication(
    {
      code: 'contraindication/active-infection',
      severity: Severity.HIGH,
      title: 'Active skin infection or open sores: postpone needling',
      rationale:
        'Needles drive surface microbes into the skin and spread them across the treated area, and the ' +
        'channels give an existing infection an easy way in.',
      management: 'Wait until the infection, or any open wound or sore in the area, has fully healed; see a doctor if ' + 'it is not clearing.',
      citationKeys: ['seed-001', 'minutilli-2024-jdd'],
    },
    { condition: SkinCondition.ACTIVE_INFECTION },
    Eligibility.DEFER,
  ),
  contraindication(
    {
      code: 'contraindication/active-cold-sore',
      severity: Severity.HIGH,
      title: 'Active cold sore: postpone needling',
      rationale:
        'Needling near an active cold sore can spread the herpes virus over the whole treated area, where it ' +
        'may cause a widespread outbreak and scarring.',
      management: 'Wait until the cold sore has completely healed, then arrange antiviral cover before the session.',
      citationKeys: ['minutilli-2024-jdd'],
    },
    { condition: SkinCondition.ACTIVE_COLD_SORE },
    Eligibility.DEFER,
  ),
  contraindication(
    {
      code: 'contraindication/cold-sore-history',
      severity: Severity.MODERATE,
      title: 'History of cold sores: antiviral cover required before needling',
      rationale: 'The skin injury of needling can reawaken the dormant herpes virus, and an outbreak on freshly ' + 'needled skin can spread widely.',
      management:
        'Antiviral prophylaxis is required: ask your doctor for an antiviral course, typically tablets for ' +
        'about a week around each session, and needle only with that cover in place.',
      citationKeys: ['minutilli-2024-jdd'],
    },
    { condition: SkinCondition.COLD_SORE_HISTORY },
    Eligibility.CAUTION,
  ),
  contraindication(
    {
      code: 'contraindication/sunburn',
      severity: Severity.HIGH,
      title: 'Sunburn: postpone needling',
      rationale:
        'Sunburnt skin is already inflamed and its barrier damaged; needling it adds injury to injury and ' + 'raises the risk of dark marks.',
      management: 'Wait until the burn has fully settled and the skin is back to normal.',
      citationKeys: ['seed-001'],
    },
    { condition: SkinCondition.SUNBURN },
    Eligibility.DEFER,
  ),
  contraindication(
    {
      code: 'contraindication/dermatitis-flare',
      severity: Severity.HIGH,
      title: 'Flare of eczema, psoriasis or rosacea: postpone needling',
      rationale:
        'Skin in a flare is unstable: inflamed, with a weakened barrier, and it may react to injury by ' +
        'flaring further (psoriasis can appear along fresh wounds).',
      management: 'Wait until the flare has calmed down and the skin has been stable for a while; ask your dermatologist.',
      citationKeys: ['seed-001'],
    },
    { condition: SkinCondition.DERMATITIS_FLARE },
    Eligibility.DEFER,
  ),
  contraindication(
    {
      code: 'contraindication/pregnant',
      severity: Severity.HIGH,
      title: 'Pregnancy: postpone needling and leave out all retinoids',
      rationale:
        'Elective needling has not been studied in pregnancy, and pregnancy hormones make dark patches after ' +
        'skin injury more likely. Retinoids are vitamin A derivatives with a risk to the unborn baby, and ' +
        'tazarotene is contraindicated outright, so every retinoid is held for the whole plan.',
      management:
        'Postpone needling until after pregnancy and breastfeeding, and stop retinoid products. Azelaic acid ' +
        'is the alternative most often used for acne and marks; check any product with your midwife or doctor.',
      citationKeys: ['retinoid-prescribing-information'],
    },
    { condition: SkinCondition.PREGNANT },
    Eligibility.DEFER,
    ALL_RETINOIDS,
  ),
  contraindication(
    {
      code: 'contraindication/breastfeeding',
      severity: Severity.HIGH,
      title: 'Breastfeeding: postpone needling and leave out all retinoids',
      rationale:
        'How much of a retinoid applied to the skin reaches breast milk is not well established, and elective ' +
        'needling has not been studied during breastfeeding, so both wait and every retinoid is held for the ' +
        'whole plan.',
      management:
        'Postpone needling until breastfeeding has ended and stop retinoid products meanwhile. Azelaic acid ' +
        'is the alternative most often used; check with your doctor.',
      citationKeys: ['retinoid-prescribing-information'],
    },
    { condition: SkinCondition.BREASTFEEDING },
    Eligibility.DEFER,
    ALL_RETINOIDS,
  ),
  contraindication(
    {
      code: 'contraindication/recent-isotretinoin',
      severity: Severity.HIGH,
      title: 'Isotretinoin in the last 6 months: postpone needling',
      rationale:
        'Oral isotretinoin changes how skin heals, and the long-standing advice to wait six months after a ' +
        'course before skin procedures grew out of a few small case series from the 1980s. A 2017 systematic ' +
        'review with expert consensus judged the evidence insufficient to justify postponing a range of procedures, ' +
        'such as superficial peels and fractional lasers, during or soon after treatment. The question is ' +
        'still debated; following this product’s policy of taking the most cautious doctor’s figure, needling waits ' +
        'until six months after the last dose.',
      management:
        'Plan the first session at least six months after the last isotretinoin dose, or ask the dermatologist ' +
        'who prescribed it whether an earlier date is reasonable for you.',
      citationKeys: ['spring-2017-isotretinoin-consensus'],
    },
    { condition: SkinCondition.RECENT_ISOTRETINOIN },
    Eligibility.DEFER,
  ),
  contraindication(
    {
      code: 'contraindication/anticoagulants',
      severity: Severity.HIGH,
      title: 'Anticoagulant medicines: doctor’s clearance required',
      rationale: 'Blood thinners make bleeding and bruising during and after needling more likely, especially with ' + 'deeper treatment.',
      management: `Tell the practitioner and get clearance from the doctor who prescribes the medicine before booking. ${PRESCRIBED_MEDICINES_NOTE}`,
      citationKeys: ['seed-001'],
    },
    { condition: SkinCondition.ANTICOAGULANTS },
    Eligibility.CLEARANCE_REQUIRED,
  ),
  contraindication(
    {
      code: 'contraindication/bleeding-disorder',
      severity: Severity.HIGH,
      title: 'Bleeding disorder: doctor’s clearance required',
      rationale: 'A clotting problem raises the chance of bleeding and bruising from the needle wounds, more so the ' + 'deeper the treatment.',
      management: `Tell the practitioner and get clearance from the doctor who manages the condition before booking. ${PRESCRIBED_MEDICINES_NOTE}`,
      citationKeys: ['seed-001'],
    },
    { condition: SkinCondition.BLEEDING_DISORDER },
    Eligibility.CLEARANCE_REQUIRED,
  ),
  contraindication(
    {
      code: 'contraindication/uncontrolled-diabetes',
      severity: Severity.HIGH,
      title: 'Uncontrolled diabetes: doctor’s clearance required',
      rationale:
        'Poorly controlled blood sugar slows wound healing and weakens defences against infection, so even ' +
        'small needle wounds heal less reliably.',
      management: `Get clearance from the doctor who manages your diabetes before booking. ${PRESCRIBED_MEDICINES_NOTE}`,
      citationKeys: [SYNTHESIS],
    },
    { condition: SkinCondition.UNCONTROLLED_DIABETES },
    Eligibility.CLEARANCE_REQUIRED,
  ),
  contraindication(
    {
      code: 'contraindication/immunosuppressed',
      severity: Severity.HIGH,
      title: 'Weakened immune system: doctor’s clearance required',
      rationale:
        'With reduced immune defences, bacteria or viruses entering through the needle channels are more ' +
        'likely to cause an infection, and healing can be slower.',
      management: `Get clearance from the doctor who treats the condition before booking. ${PRESCRIBED_MEDICINES_NOTE}`,
      citationKeys: ['minutilli-2024-jdd'],
    },
    { condition: SkinCondition.IMMUNOSUPPRESSED },
    Eligibility.CLEARANCE_REQUIRED,
  ),
  contraindication(
    {
      code: 'contraindication/fitzpatrick-iv-vi',
      severity: Severity.MODERATE,
      title: 'Fitzpatrick skin types IV–VI: suitable, with a higher risk of dark marks',
      rationale:
        'Needling creates no heat, unlike laser resurfacing, whose heat is what commonly disturbs pigment, ' +
        'so it is one of the safer scar treatments for darker skin. Darker skin still reacts to ' +
        'inflammation by making more pigment, so post-inflammatory hyperpigmentation remains the main risk.',
      management:
        'Go ahead with care: protect the skin strictly from the sun before and after each session, with ' +
        'broad-spectrum sunscreen every morning, and keep sun exposure low for four weeks after.',
      citationKeys: ['cohen-elbuluk-2016-jaad', 'seed-001', 'juhasz-cohen-2020-ccid'],
    },
    { minFitzpatrick: 4, warningCode: 'PIGMENTATION_RISK' },
    Eligibility.CAUTION,
  ),
];

// ---------------------------------------------------------------------------------------------
// Ingredient pairs used in the same routine. Two pairs in the reference are explicitly fine and therefore have
// no rule: L-ascorbic acid with niacinamide, and adapalene with benzoyl peroxide (the niacinamide and
// adapalene entries in topicals.ts say so). "Low to moderate" is stored as MODERATE.

const pairConflicts: RuleSeed[] = [
  pairConflict(
    {
      code: 'pair-conflict/retinoids-with-aha-bha',
      severity: Severity.MODERATE,
      title: 'Retinoids with AHAs or BHA: alternate nights',
      rationale: 'Both speed up shedding of the outer skin; together their irritation adds up to redness, peeling ' + 'and a weakened barrier.',
      management: 'Use them on alternate nights rather than on the same day.',
      citationKeys: ['retinoid-prescribing-information', SYNTHESIS],
    },
    ALL_RETINOIDS,
    AHA_BHA,
    { scope: ConflictScope.SAME_DAY, management: ConflictManagement.ALTERNATE_DAYS },
  ),
  pairConflict(
    {
      code: 'pair-conflict/tretinoin-with-benzoyl-peroxide',
      severity: Severity.MODERATE,
      title: 'Tretinoin with benzoyl peroxide: separate morning and night',
      rationale:
        'Benzoyl peroxide oxidises tretinoin and makes it less effective. Adapalene is stable alongside ' +
        'benzoyl peroxide, so this pair does not apply to it.',
      management: 'Apply benzoyl peroxide in the morning and tretinoin in the evening, or replace tretinoin with adapalene.',
      citationKeys: [SYNTHESIS],
    },
    ['tretinoin'],
    ['benzoyl-peroxide'],
    { scope: ConflictScope.SAME_SLOT, management: ConflictManagement.SEPARATE_AM_PM },
  ),
  pairConflict(
    {
      code: 'pair-conflict/retinoids-with-vitamin-c',
      severity: Severity.MODERATE,
      title: 'Retinoids with L-ascorbic acid: vitamin C in the morning, retinoid at night',
      rationale:
        'Layered together, an acidic vitamin C serum and a retinoid irritate more than either alone. The ' +
        'reference rates this low to moderate; the stricter grade is kept.',
      management: 'Use vitamin C in the morning and the retinoid at night.',
      citationKeys: [SYNTHESIS],
    },
    ALL_RETINOIDS,
    ['vitamin-c'],
    { scope: ConflictScope.SAME_SLOT, management: ConflictManagement.SEPARATE_AM_PM },
  ),
  pairConflict(
    {
      code: 'pair-conflict/vitamin-c-with-aha-bha',
      severity: Severity.MODERATE,
      title: 'L-ascorbic acid with AHAs or BHA: split morning and night',
      rationale:
        'Both are low-pH actives; stacked in one routine they sting and irritate more than either alone. ' +
        'Rated low to moderate; the stricter grade is kept.',
      management: 'Keep vitamin C for the morning and the exfoliating acid for the evening.',
      citationKeys: [SYNTHESIS],
    },
    ['vitamin-c'],
    AHA_BHA,
    { scope: ConflictScope.SAME_SLOT, management: ConflictManagement.SEPARATE_AM_PM },
  ),
  pairConflict(
    {
      code: 'pair-conflict/benzoyl-peroxide-with-vitamin-c',
      severity: Severity.MODERATE,
      title: 'Benzoyl peroxide with L-ascorbic acid: use at different times',
      rationale: 'Benzoyl peroxide oxidises vitamin C, using up the antioxidant before it can work.',
      management: 'Apply them in different routines, for example vitamin C in the morning and benzoyl peroxide at night.',
      citationKeys: [SYNTHESIS],
    },
    ['benzoyl-peroxide'],
    ['vitamin-c'],
    { scope: ConflictScope.SAME_SLOT, management: ConflictManagement.SEPARATE_AM_PM },
  ),
  pairConflict(
    {
      code: 'pair-conflict/copper-peptides-with-vitamin-c-and-acids',
      severity: Severity.MODERATE,
      title: 'Copper peptides with L-ascorbic acid or exfoliating acids: keep apart',
      rationale:
        'Vitamin C’s redox activity and the low pH of acids break up the copper–peptide complex, so neither ' +
        'works as intended. Rated low to moderate; the stricter grade is kept.',
      management: 'Use copper peptides in a different routine from vitamin C and acids, or on different days.',
      citationKeys: [SYNTHESIS],
    },
    ['copper-peptides'],
    ['vitamin-c', ...AHA_BHA],
    { scope: ConflictScope.SAME_SLOT, management: ConflictManagement.SEPARATE_AM_PM },
  ),
];

// ---------------------------------------------------------------------------------------------
// Requirements and healing-phase suggestions.

const requirements: RuleSeed[] = [
  requirement(
    {
      code: 'requirement/daily-sunscreen',
      severity: Severity.HIGH,
      title: 'Broad-spectrum sunscreen every morning',
      rationale:
        'Of everything outside the body, sunlight does the most to break down collagen, undoing what a needling ' +
        'course builds, and needled skin burns and darkens more easily. AHAs add to sun sensitivity, ' +
        'which persists for roughly seven days once they are stopped. Dermatologists advise broad-spectrum protection of ' +
        'SPF 30 or more, reapplied every two hours outdoors; one clinical review advises SPF 50+ each morning ' +
        'for the first 7–10 days after a session, and the stricter figure applies in that window.',
      management:
        'Apply a broad-spectrum sunscreen of at least SPF 30 every morning (SPF 50+ in the 10 days after a ' +
        'session), reapply every two hours outdoors, and use mineral sunscreen while chemical filters are ' +
        'still on hold.',
      citationKeys: ['aad-sunscreen', 'fda-aha-cosmetics-guidance', 'minutilli-2024-jdd', 'seed-000', 'seed-001'],
    },
    SUNSCREENS,
    { slots: [Slot.AM], level: RequirementLevel.REQUIRED, fromHours: null, untilHours: null },
  ),
  requirement(
    {
      code: 'requirement/healing-hydration',
      severity: Severity.LOW,
      title: 'Hydrate daily for 10 days after a session',
      rationale:
        'Needled skin loses water through its channels and a disturbed barrier, and keeping it hydrated ' +
        'speeds recovery. A hyaluronic acid or growth-factor gel applied daily for 7–10 days is standard ' +
        'clinical advice; the longer figure is used.',
      management: 'Apply hyaluronic acid or a bland ceramide moisturiser morning and evening for the first 10 days.',
      citationKeys: ['minutilli-2024-jdd', 'seed-001', 'seed-003'],
    },
    ['hyaluronic-acid', 'ceramide-moisturiser'],
    { slots: [Slot.AM, Slot.PM], level: RequirementLevel.SUGGESTED, fromHours: 0, untilHours: 10 * DAY },
  ),
  requirement(
    {
      code: 'requirement/healing-peptides',
      severity: Severity.INFO,
      title: 'Collagen-stimulating peptides or growth factors during healing',
      rationale:
        'Signal peptides and growth factors prompt the skin’s repair and collagen production, which helps ' + 'the healing phase after needling.',
      management: 'Once their short wait is over, apply a peptide or growth-factor serum in the evening for the first ' + 'two weeks.',
      citationKeys: ['seed-001', 'minutilli-2024-jdd'],
    },
    ['peptides', 'growth-factors'],
    { slots: [Slot.PM], level: RequirementLevel.SUGGESTED, fromHours: 0, untilHours: 14 * DAY },
  ),
  requirement(
    {
      code: 'requirement/healing-antioxidant-serum',
      severity: Severity.INFO,
      title: 'Antioxidant serum during healing',
      rationale:
        'Inflammation and daylight generate free radicals in healing skin; an antioxidant serum helps ' +
        'neutralise them and is among the products recommended to speed healing.',
      management: 'Apply an antioxidant serum without L-ascorbic acid in the morning, under sunscreen, for the first two weeks.',
      citationKeys: ['seed-001'],
    },
    ['vitamin-e-ferulic'],
    { slots: [Slot.AM], level: RequirementLevel.SUGGESTED, fromHours: 0, untilHours: 14 * DAY },
  ),
  requirement(
    {
      code: 'requirement/healing-cooling-serum',
      severity: Severity.INFO,
      title: 'Cooling serum during healing',
      rationale:
        'A soothing, cooling serum eases the warmth and redness after needling and is among the products ' + 'recommended to help the skin heal.',
      management: 'Apply a calming serum such as centella asiatica morning and evening for the first two weeks.',
      citationKeys: ['seed-001'],
    },
    ['centella-asiatica'],
    { slots: [Slot.AM, Slot.PM], level: RequirementLevel.SUGGESTED, fromHours: 0, untilHours: 14 * DAY },
  ),
];

export const rules: RuleSeed[] = [
  ...waitAfterTopicals,
  ...waitAfterActivities,
  ...sessionIntervals,
  ...stopBefore,
  ...contraindications,
  ...pairConflicts,
  ...requirements,
];
