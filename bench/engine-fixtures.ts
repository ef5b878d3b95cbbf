// Reference-like knowledge for the engine's specs and benchmark, modelled on aftercare-rules.md.
// Lives under bench/ because the build compiles bench/ but not test/, and both need it.
import {
  buildKnowledgeBase,
  compileRules,
  KnowledgeBase,
  NeedlingScope,
  ProductFact,
  RuleFact,
  ScarTypeFact,
  TopicalFact,
} from '../src/engine';
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
  TopicalCategory,
} from '../src/domain/enums';

const { AM, PM } = Slot;

export const topicalId = (slug: string): string => `topical-${slug}`;
export const scarTypeId = (slug: string): string => `scar-${slug}`;
export const productId = (slug: string): string => `product-${slug}`;
export const ruleId = (code: string): string => `rule-${code}`;

function topical(slug: string, name: string, category: TopicalCategory, allowedSlots: Slot[], helps: string[] = []): TopicalFact {
  return { id: topicalId(slug), slug, name, category, allowedSlots, helpsScarTypeIds: helps.map(scarTypeId) };
}

/** Catalog order matters: it is the order of preference when a rule offers a choice (mineral sunscreen first). */
export const TOPICALS: readonly TopicalFact[] = [
  topical('tretinoin', 'Tretinoin', TopicalCategory.RETINOID, [PM], ['rolling', 'boxcar']),
  topical('adapalene', 'Adapalene', TopicalCategory.RETINOID, [PM], ['rolling']),
  topical('retinol', 'Retinol', TopicalCategory.RETINOID, [PM], ['rolling', 'boxcar']),
  topical('vitamin-c', 'Vitamin C', TopicalCategory.VITAMIN_C, [AM]),
  topical('glycolic-acid', 'Glycolic acid', TopicalCategory.EXFOLIATING_ACID, [AM, PM], ['rolling', 'boxcar']),
  topical('lactic-acid', 'Lactic acid', TopicalCategory.EXFOLIATING_ACID, [AM, PM]),
  topical('salicylic-acid', 'Salicylic acid', TopicalCategory.EXFOLIATING_ACID, [AM, PM]),
  topical('benzoyl-peroxide', 'Benzoyl peroxide', TopicalCategory.ANTIBACTERIAL, [AM, PM]),
  topical('azelaic-acid', 'Azelaic acid', TopicalCategory.BRIGHTENING, [AM, PM]),
  topical('niacinamide', 'Niacinamide', TopicalCategory.SOOTHING, [AM, PM]),
  topical('hyaluronic-acid', 'Hyaluronic acid', TopicalCategory.HUMECTANT, [AM, PM]),
  topical('peptides', 'Peptides', TopicalCategory.PEPTIDE, [AM, PM], ['rolling', 'boxcar']),
  topical('copper-peptides', 'Copper peptides', TopicalCategory.PEPTIDE, [AM, PM], ['boxcar']),
  topical('mineral-sunscreen', 'Mineral sunscreen', TopicalCategory.SUNSCREEN, [AM]),
  topical('chemical-sunscreen', 'Chemical sunscreen', TopicalCategory.SUNSCREEN, [AM]),
];

export const SCAR_TYPES: readonly ScarTypeFact[] = [
  { id: scarTypeId('rolling'), slug: 'rolling', category: ScarCategory.ATROPHIC },
  { id: scarTypeId('boxcar'), slug: 'boxcar', category: ScarCategory.ATROPHIC },
  { id: scarTypeId('ice-pick'), slug: 'ice-pick', category: ScarCategory.ATROPHIC },
  { id: scarTypeId('hypertrophic'), slug: 'hypertrophic', category: ScarCategory.RAISED },
  { id: scarTypeId('keloid'), slug: 'keloid', category: ScarCategory.RAISED },
];

// ---------------------------------------------------------------------------------------------
// Rules. Depth tiers: T1 <= 0.25, T2 0.25 < d <= 0.5, T3 0.5 < d <= 1.0, T4 > 1.0 for rollers and
// pens; RF microneedling is T4 at any depth. "Resume on day N" is N * 24 hours.

const NEEDLES = [Device.DERMAROLLER, Device.DERMAPEN];
const TIERS: readonly { name: string; scope: NeedlingScope; column: 0 | 1 | 2 | 3 }[] = [
  { name: 't1', column: 0, scope: { devices: NEEDLES, depthAboveMm: null, depthUpToMm: 0.25, tier: 'T1' } },
  { name: 't2', column: 1, scope: { devices: NEEDLES, depthAboveMm: 0.25, depthUpToMm: 0.5, tier: 'T2' } },
  { name: 't3', column: 2, scope: { devices: NEEDLES, depthAboveMm: 0.5, depthUpToMm: 1.0, tier: 'T3' } },
  { name: 't4', column: 3, scope: { devices: NEEDLES, depthAboveMm: 1.0, depthUpToMm: null, tier: 'T4' } },
  { name: 't4-rf', column: 3, scope: { devices: [Device.RF_MICRONEEDLING], depthAboveMm: null, depthUpToMm: null, tier: 'T4' } },
];
const ANY_SESSION: NeedlingScope = { devices: [], depthAboveMm: null, depthUpToMm: null, tier: null };

type PerTier = readonly [number, number, number, number];
const days = (perTier: PerTier): PerTier => perTier.map((day) => day * 24) as unknown as PerTier;

interface RuleText {
  code: string;
  kind: RuleKind;
  severity?: Severity;
  title: string;
  subjects?: string[];
  pairA?: string[];
  pairB?: string[];
  parameters: unknown;
}

function rule(text: RuleText): RuleFact {
  return {
    id: ruleId(text.code),
    code: text.code,
    kind: text.kind,
    severity: text.severity ?? Severity.MODERATE,
    title: text.title,
    rationale: `rationale of ${text.code}`,
    management: `management of ${text.code}`,
    subjectTopicalIds: (text.subjects ?? []).map(topicalId),
    pairATopicalIds: (text.pairA ?? []).map(topicalId),
    pairBTopicalIds: (text.pairB ?? []).map(topicalId),
    parameters: text.parameters,
  };
}

function waitForTopicals(group: string, title: string, subjects: string[], hoursPerTier: PerTier): RuleFact[] {
  return TIERS.map(({ name, scope, column }) =>
    rule({
      code: `wait-after/${group}/${name}`,
      kind: RuleKind.WAIT_AFTER_NEEDLING,
      title: `${title} after ${scope.tier} needling`,
      subjects,
      parameters: { scope, hours: hoursPerTier[column], activity: null, adviceLevel: null, minFitzpatrick: null },
    }),
  );
}

function waitForActivity(activity: Activity, hoursPerTier: PerTier): RuleFact[] {
  return TIERS.map(({ name, scope, column }) =>
    rule({
      code: `wait-after/${activity.toLowerCase()}/${name}`,
      kind: RuleKind.WAIT_AFTER_NEEDLING,
      title: `No ${activity.toLowerCase()} after ${scope.tier} needling`,
      parameters: { scope, hours: hoursPerTier[column], activity, adviceLevel: ActivityAdviceLevel.AVOID, minFitzpatrick: null },
    }),
  );
}

function anySessionActivity(code: string, activity: Activity, level: ActivityAdviceLevel, hours: number, minFitzpatrick: number | null = null): RuleFact {
  return rule({
    code: `wait-after/${code}`,
    kind: RuleKind.WAIT_AFTER_NEEDLING,
    title: `${level} ${activity.toLowerCase()} after needling`,
    parameters: { scope: ANY_SESSION, hours, activity, adviceLevel: level, minFitzpatrick },
  });
}

function stopBefore(code: string, hours: number, subjects: string[], activity: Activity | null = null): RuleFact {
  return rule({
    code: `stop-before/${code}`,
    kind: RuleKind.STOP_BEFORE_NEEDLING,
    title: `Stop ${code} before needling`,
    subjects,
    parameters: { hours, activity },
  });
}

function contraindication(
  code: string,
  eligibility: Eligibility,
  trigger: { condition?: SkinCondition; minFitzpatrick?: number; scarCategory?: ScarCategory; warningCode?: string },
  subjects: string[] = [],
): RuleFact {
  return rule({
    code: `contraindication/${code}`,
    kind: RuleKind.CONTRAINDICATION,
    severity: eligibility === Eligibility.CAUTION ? Severity.MODERATE : Severity.HIGH,
    title: `Contraindication: ${code}`,
    subjects,
    parameters: {
      condition: trigger.condition ?? null,
      minFitzpatrick: trigger.minFitzpatrick ?? null,
      scarCategory: trigger.scarCategory ?? null,
      eligibility,
      warningCode: trigger.warningCode ?? null,
    },
  });
}

function pairConflict(code: string, pairA: string[], pairB: string[], scope: ConflictScope, management: ConflictManagement): RuleFact {
  return rule({
    code: `pair/${code}`,
    kind: RuleKind.PAIR_CONFLICT,
    title: `${code} conflict`,
    pairA,
    pairB,
    parameters: { scope, management },
  });
}

const PRESCRIPTION_RETINOIDS = ['tretinoin', 'adapalene'];
const RETINOIDS = [...PRESCRIPTION_RETINOIDS, 'retinol'];
const ACIDS = ['glycolic-acid', 'lactic-acid', 'salicylic-acid'];
const ACIDS_AND_BPO = [...ACIDS, 'benzoyl-peroxide'];

export function fixtureRules(): RuleFact[] {
  const { DEFER, CAUTION, CLEARANCE_REQUIRED, NOT_RECOMMENDED } = Eligibility;
  return [
    ...waitForTopicals('hyaluronic-acid', 'Hyaluronic acid', ['hyaluronic-acid'], [0, 0, 0, 0]),
    ...waitForTopicals('mineral-sunscreen', 'Mineral sunscreen', ['mineral-sunscreen'], [12, 24, 24, 24]),
    ...waitForTopicals('chemical-sunscreen', 'Chemical sunscreen', ['chemical-sunscreen'], days([1, 2, 3, 3])),
    ...waitForTopicals('peptides', 'Peptides', ['peptides'], days([1, 2, 2, 2])),
    ...waitForTopicals('copper-peptides', 'Copper peptides', ['copper-peptides'], days([2, 3, 3, 3])),
    ...waitForTopicals('niacinamide', 'Niacinamide', ['niacinamide'], days([1, 3, 3, 3])),
    ...waitForTopicals('vitamin-c', 'Vitamin C', ['vitamin-c'], days([3, 7, 7, 7])),
    ...waitForTopicals('acids-and-bpo', 'Acids and benzoyl peroxide', [...ACIDS_AND_BPO, 'azelaic-acid'], days([3, 7, 7, 14])),
    ...waitForTopicals('retinol', 'Retinol', ['retinol'], days([3, 7, 7, 14])),
    ...waitForTopicals('prescription-retinoids', 'Prescription retinoids', PRESCRIPTION_RETINOIDS, days([3, 7, 14, 14])),
    ...waitForActivity(Activity.MAKEUP, days([1, 1, 2, 3])),
    ...waitForActivity(Activity.SWEATY_EXERCISE, days([1, 3, 3, 7])),
    ...waitForActivity(Activity.SWIMMING, days([2, 5, 5, 7])),
    ...waitForActivity(Activity.SAUNA, days([2, 5, 5, 7])),
    anySessionActivity('direct-sun/avoid', Activity.DIRECT_SUN, ActivityAdviceLevel.AVOID, 3 * 24),
    anySessionActivity('direct-sun/minimise', Activity.DIRECT_SUN, ActivityAdviceLevel.MINIMISE, 14 * 24),
    anySessionActivity('direct-sun/minimise-dark-skin', Activity.DIRECT_SUN, ActivityAdviceLevel.MINIMISE, 28 * 24, 4),
    anySessionActivity('waxing', Activity.WAXING, ActivityAdviceLevel.AVOID, 7 * 24),
    anySessionActivity('laser-ipl-peel', Activity.LASER_IPL_OR_PEEL, ActivityAdviceLevel.AVOID, 28 * 24),
    stopBefore('retinoids', 7 * 24, RETINOIDS),
    stopBefore('acids-and-bpo', 7 * 24, ACIDS_AND_BPO),
    stopBefore('scrubs', 7 * 24, [], Activity.SCRUBS),
    stopBefore('vitamin-c', 3 * 24, ['vitamin-c']),
    stopBefore('tanning', 14 * 24, [], Activity.TANNING),
    stopBefore('prolonged-sun', 14 * 24, [], Activity.PROLONGED_SUN),
    stopBefore('laser-ipl-peel', 28 * 24, [], Activity.LASER_IPL_OR_PEEL),
    contraindication('keloid-tendency', NOT_RECOMMENDED, { condition: SkinCondition.KELOID_TENDENCY }),
    contraindication('raised-scars', NOT_RECOMMENDED, { scarCategory: ScarCategory.RAISED, warningCode: 'RAISED_SCAR' }),
    contraindication('active-acne', DEFER, { condition: SkinCondition.ACTIVE_ACNE }),
    contraindication('active-infection', DEFER, { condition: SkinCondition.ACTIVE_INFECTION }),
    contraindication('active-cold-sore', DEFER, { condition: SkinCondition.ACTIVE_COLD_SORE }),
    contraindication('sunburn', DEFER, { condition: SkinCondition.SUNBURN }),
    contraindication('dermatitis-flare', DEFER, { condition: SkinCondition.DERMATITIS_FLARE }),
    contraindication('pregnant', DEFER, { condition: SkinCondition.PREGNANT }, RETINOIDS),
    contraindication('breastfeeding', DEFER, { condition: SkinCondition.BREASTFEEDING }, RETINOIDS),
    contraindication('recent-isotretinoin', DEFER, { condition: SkinCondition.RECENT_ISOTRETINOIN }),
    contraindication('cold-sore-history', CAUTION, { condition: SkinCondition.COLD_SORE_HISTORY }),
    contraindication('anticoagulants', CLEARANCE_REQUIRED, { condition: SkinCondition.ANTICOAGULANTS }),
    contraindication('bleeding-disorder', CLEARANCE_REQUIRED, { condition: SkinCondition.BLEEDING_DISORDER }),
    contraindication('uncontrolled-diabetes', CLEARANCE_REQUIRED, { condition: SkinCondition.UNCONTROLLED_DIABETES }),
    contraindication('immunosuppressed', CLEARANCE_REQUIRED, { condition: SkinCondition.IMMUNOSUPPRESSED }),
    contraindication('dark-skin-pigmentation', CAUTION, { minFitzpatrick: 4, warningCode: 'PIGMENTATION_RISK' }),
    pairConflict('retinoids-acids', RETINOIDS, ACIDS, ConflictScope.SAME_DAY, ConflictManagement.ALTERNATE_DAYS),
    pairConflict('tretinoin-bpo', ['tretinoin'], ['benzoyl-peroxide'], ConflictScope.SAME_SLOT, ConflictManagement.SEPARATE_AM_PM),
    pairConflict('retinoids-vitamin-c', RETINOIDS, ['vitamin-c'], ConflictScope.SAME_SLOT, ConflictManagement.SEPARATE_AM_PM),
    pairConflict('vitamin-c-acids', ['vitamin-c'], ACIDS, ConflictScope.SAME_SLOT, ConflictManagement.SEPARATE_AM_PM),
    pairConflict('bpo-vitamin-c', ['benzoyl-peroxide'], ['vitamin-c'], ConflictScope.SAME_SLOT, ConflictManagement.SEPARATE_AM_PM),
    pairConflict('copper-peptides-low-ph', ['copper-peptides'], ['vitamin-c', ...ACIDS], ConflictScope.SAME_SLOT, ConflictManagement.SEPARATE_AM_PM),
    rule({
      code: 'requirement/sunscreen',
      kind: RuleKind.REQUIREMENT,
      severity: Severity.HIGH,
      title: 'Sunscreen every morning',
      subjects: ['mineral-sunscreen', 'chemical-sunscreen'],
      parameters: { slots: [AM], level: RequirementLevel.REQUIRED, fromHours: null, untilHours: null },
    }),
    rule({
      code: 'requirement/hyaluronic-acid',
      kind: RuleKind.REQUIREMENT,
      severity: Severity.LOW,
      title: 'Hyaluronic acid while healing',
      subjects: ['hyaluronic-acid'],
      parameters: { slots: [AM, PM], level: RequirementLevel.SUGGESTED, fromHours: 0, untilHours: 10 * 24 },
    }),
    rule({
      code: 'requirement/peptides',
      kind: RuleKind.REQUIREMENT,
      severity: Severity.LOW,
      title: 'Peptides while healing',
      subjects: ['peptides', 'copper-peptides'],
      parameters: { slots: [PM], level: RequirementLevel.SUGGESTED, fromHours: 0, untilHours: 14 * 24 },
    }),
    ...TIERS.map(({ name, scope, column }) =>
      rule({
        code: `session-interval/${name}`,
        kind: RuleKind.SESSION_INTERVAL,
        title: `Interval after ${scope.tier} needling`,
        parameters: { scope, minDays: [3, 7, 28, 28][column] },
      }),
    ),
  ];
}

// ---------------------------------------------------------------------------------------------
// Products.

function product(slug: string, ingredients: string[], options: Partial<ProductFact> = {}): ProductFact {
  return {
    id: productId(slug),
    slug,
    name: slug.replace(/-/g, ' '),
    brandSlug: 'lab-basic',
    priceCents: 2000,
    currency: 'EUR',
    inStock: true,
    ingredients: ingredients.map((ingredient) => ({ topicalId: topicalId(ingredient), concentrationPercent: null })),
    ...options,
  };
}

/** A small catalog whose ranking is easy to reason about in specs. */
export const FIXTURE_PRODUCTS: readonly ProductFact[] = [
  product('tretinoin-cream', ['tretinoin'], { brandSlug: 'derm-rx', priceCents: 2500 }),
  product('tretinoin-gel', ['tretinoin'], { brandSlug: 'derm-rx', priceCents: 3000 }),
  product('tretinoin-bpo-duo', ['tretinoin', 'benzoyl-peroxide'], { priceCents: 1000 }),
  product('adapalene-gel', ['adapalene'], { priceCents: 1500 }),
  product('adapalene-bpo-gel', ['adapalene', 'benzoyl-peroxide'], { priceCents: 2200 }),
  product('retinol-serum', ['retinol', 'hyaluronic-acid'], { brandSlug: 'glow-co', priceCents: 2800 }),
  product('vitamin-c-serum', ['vitamin-c'], { brandSlug: 'glow-co', priceCents: 3500 }),
  product('vitamin-c-niacinamide-serum', ['vitamin-c', 'niacinamide'], { priceCents: 2600 }),
  product('glycolic-toner', ['glycolic-acid'], { priceCents: 1200 }),
  product('lactic-serum', ['lactic-acid', 'hyaluronic-acid'], { priceCents: 1800 }),
  product('salicylic-cleanser', ['salicylic-acid'], { priceCents: 900 }),
  product('bpo-wash', ['benzoyl-peroxide'], { priceCents: 1100 }),
  product('azelaic-cream', ['azelaic-acid'], { priceCents: 1900 }),
  product('niacinamide-serum', ['niacinamide'], { priceCents: 800 }),
  product('ha-serum', ['hyaluronic-acid'], { priceCents: 1000 }),
  product('ha-gel-sold-out', ['hyaluronic-acid'], { priceCents: 700, inStock: false }),
  product('ha-serum-premium', ['hyaluronic-acid'], { brandSlug: 'glow-co', priceCents: 6000 }),
  product('ha-serum-usd', ['hyaluronic-acid'], { priceCents: 900, currency: 'USD' }),
  product('ha-niacinamide-serum', ['hyaluronic-acid', 'niacinamide'], { priceCents: 1500 }),
  product('peptide-cream', ['peptides', 'hyaluronic-acid'], { priceCents: 3200 }),
  product('copper-peptide-serum', ['copper-peptides'], { priceCents: 2900 }),
  product('mineral-spf', ['mineral-sunscreen'], { priceCents: 1600 }),
  product('mineral-spf-with-vitamin-c', ['mineral-sunscreen', 'vitamin-c'], { priceCents: 1400 }),
  product('chemical-spf', ['chemical-sunscreen'], { priceCents: 1300 }),
];

/** Deterministic pseudo-random numbers (mulberry32), so generated catalogs are reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A large catalog: 1 to 6 distinct fixture topicals per product, over 40 brands. */
export function syntheticProducts(count: number, seed = 1): ProductFact[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  return Array.from({ length: count }, (_, index) => {
    const ingredientCount = 1 + Math.floor(random() * 6);
    const ingredients = new Set<string>();
    while (ingredients.size < ingredientCount) ingredients.add(pick(TOPICALS).slug);
    const slug = `synthetic-${String(index).padStart(5, '0')}`;
    return product(slug, [...ingredients], {
      brandSlug: `brand-${Math.floor(random() * 40)}`,
      priceCents: 500 + Math.floor(random() * 9000),
      currency: random() < 0.9 ? 'EUR' : 'USD',
      inStock: random() < 0.85,
    });
  });
}

export function fixtureKnowledgeBase(
  options: { products?: readonly ProductFact[]; extraRules?: readonly RuleFact[] } = {},
): KnowledgeBase {
  const rules = compileRules([...fixtureRules(), ...(options.extraRules ?? [])], new Set(TOPICALS.map((t) => t.id)));
  return buildKnowledgeBase({
    rules,
    topicals: TOPICALS,
    products: options.products ?? FIXTURE_PRODUCTS,
    scarTypes: SCAR_TYPES,
  });
}
