// A plan made from candidates (the best few products per topical, more where the engine runs short,
// as the regimen service reads them) picks exactly what it picks from the whole catalog.
import { Device, SkinCondition } from '../../../src/domain/enums';
import {
  BASIC_CARE_ONLY,
  basicCareTopicalIds,
  KnowledgeBase,
  ProductFact,
  RegimenRequest,
  recommendRegimen,
  indexProducts,
  withProducts,
} from '../../../src/engine';
import { NO_FILTER, fixtureKnowledgeBase, request, session, syntheticProducts, topicalId } from '../../fixtures/engine-fixtures';

/** What the service's candidate query returns, from the whole catalog in memory: the same filter, rank and limit. */
function candidates(whole: KnowledgeBase, topical: string, filter: RegimenRequest['productFilter'], only: readonly string[] | null, limit: number) {
  const brands = new Set(filter.brandSlugs);
  const passing = (whole.productsByTopicalId.get(topical) ?? []).filter(
    ({ fact, topicalIds }) =>
      !filter.excludeProductIds.includes(fact.id) &&
      (filter.maxPriceCents === null || fact.priceCents <= filter.maxPriceCents) &&
      (filter.currency === null || fact.currency === filter.currency) &&
      (!filter.inStockOnly || fact.inStock) &&
      (brands.size === 0 || brands.has(fact.brandSlug)) &&
      (only === null || topicalIds.every((id) => only.includes(id))),
  );
  return passing.slice(0, limit).map((product) => product.fact);
}

/** The service's loop (regimen.service.ts planWithCandidates) over an in-memory catalog; also how many rounds it took. */
function planFromCandidates(whole: KnowledgeBase, knowledge: KnowledgeBase, req: RegimenRequest) {
  const facts = new Map<string, ProductFact>(req.currentProductIds.map((id) => [id, whole.productsById.get(id)!.fact]));
  const lastCandidates = new Map<string, string | null>();
  const limits = new Map<string, number>();
  for (let round = 1; ; round++) {
    const kb = withProducts(knowledge, indexProducts(knowledge, [...facts.values()]), lastCandidates);
    const plan = recommendRegimen(kb, req);
    const short = kb.productCoverage!.short;
    if (short.size === 0) return { plan, round };
    const only = plan.warnings.some((w) => w.code === BASIC_CARE_ONLY) ? basicCareTopicalIds(kb) : null;
    const read = [...short].map((id) => limits.get(id));
    const limit = read.every((l) => l === undefined) ? 8 : 4 * Math.max(...read.map((l) => l ?? 0));
    for (const topical of short) {
      const found = candidates(whole, topical, req.productFilter, only, limit);
      for (const fact of found) facts.set(fact.id, fact);
      lastCandidates.set(topical, found.length === limit ? found[found.length - 1].id : null);
      limits.set(topical, limit);
    }
  }
}

describe('plans from product candidates', () => {
  const catalog = syntheticProducts(3000, 7);
  const whole = fixtureKnowledgeBase({ products: catalog });
  const knowledge = fixtureKnowledgeBase({ products: [] });
  const owned = (n: number) => catalog[(n * 613) % catalog.length].id;
  const requests: [string, RegimenRequest][] = [
    ['no session, no filter', request()],
    [
      'a pen session, tretinoin and vitamin C in use',
      request({ lastSession: session(Device.DERMAPEN, 1.0, '2024-03-01T09:00:00+01:00'), using: ['tretinoin', 'vitamin-c'] }),
    ],
    [
      'in stock, in USD, under 20',
      request({ using: ['niacinamide'], productFilter: { ...NO_FILTER, inStockOnly: true, currency: 'USD', maxPriceCents: 2000 } }),
    ],
    ['one brand', request({ using: ['glycolic-acid', 'retinol'], productFilter: { ...NO_FILTER, brandSlugs: ['brand-3'] } })],
    [
      'products owned and excluded',
      request({ currentProductIds: [owned(1), owned(2)], productFilter: { ...NO_FILTER, excludeProductIds: [owned(3), owned(4)] } }),
    ],
    [
      'basic care only',
      request({ lastSession: session(Device.DERMAROLLER, 0.5, '2024-02-28T09:00:00+01:00'), conditions: [SkinCondition.KELOID_TENDENCY] }),
    ],
    ['pregnancy, azelaic acid in use', request({ conditions: [SkinCondition.PREGNANT], currentTopicalIds: [topicalId('azelaic-acid')] })],
  ];

  it('plans basic care for the keloid tendency', () => {
    expect(recommendRegimen(whole, requests[5][1]).warnings.map((w) => w.code)).toContain(BASIC_CARE_ONLY);
  });

  it.each(requests)('%s: the same plan as from the whole catalog', (_name, req) => {
    const { plan, round } = planFromCandidates(whole, knowledge, req);
    expect(plan).toEqual(recommendRegimen(whole, req));
    expect(plan.days.flatMap((day) => [...day.am, ...day.pm]).some((step) => step.productIds.length > 0)).toBe(true);
    // A first run learns which topicals need products; one more reads them; rarely more.
    expect(round).toBeGreaterThanOrEqual(2);
  });
});
