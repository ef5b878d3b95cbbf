import { Slot } from '../../../src/domain/enums';
import { ProductFact, TopicalFact, buildKnowledgeBase, compileRules } from '../../../src/engine';
import {
  FIXTURE_PRODUCTS,
  SCAR_TYPES,
  TOPICALS,
  fixtureKnowledgeBase,
  fixtureRules,
  productId,
  ruleId,
  topicalId,
} from '../../fixtures/engine-fixtures';

const slugsOf = (products: readonly { fact: ProductFact }[] | undefined) => (products ?? []).map((p) => p.fact.slug);

describe('buildKnowledgeBase', () => {
  const kb = fixtureKnowledgeBase();

  it('ranks the products of each topical: in stock, fewer other actives, cheaper, then slug', () => {
    expect(slugsOf(kb.productsByTopicalId.get(topicalId('hyaluronic-acid')))).toEqual([
      'ha-serum-usd',
      'ha-serum',
      'ha-serum-premium',
      'ha-niacinamide-serum',
      'lactic-serum',
      'retinol-serum',
      'peptide-cream',
      'ha-gel-sold-out',
    ]);
  });

  it('knows which slots a product can go in and whether its own ingredients conflict', () => {
    expect(kb.productsById.get(productId('retinol-serum'))?.slots).toEqual([Slot.PM]);
    expect(kb.productsById.get(productId('ha-serum'))?.slots).toEqual([Slot.AM, Slot.PM]);
    expect(kb.productsById.get(productId('tretinoin-bpo-duo'))?.conflictsWithItself).toBe(true);
    expect(kb.productsById.get(productId('adapalene-bpo-gel'))?.conflictsWithItself).toBe(false);
  });

  it('looks pair conflicts up in either order, keeping the PAIR_A side first', () => {
    const [forward] = kb.pairConflicts.between(topicalId('tretinoin'), topicalId('benzoyl-peroxide'));
    const [backward] = kb.pairConflicts.between(topicalId('benzoyl-peroxide'), topicalId('tretinoin'));
    expect(forward).toBe(backward);
    expect(forward.rule.id).toBe(ruleId('pair-conflict/tretinoin-with-benzoyl-peroxide'));
    expect(forward.aTopicalId).toBe(topicalId('tretinoin'));
    expect(kb.pairConflicts.between(topicalId('vitamin-c'), topicalId('niacinamide'))).toEqual([]);
    expect(kb.pairConflicts.between(topicalId('adapalene'), topicalId('benzoyl-peroxide'))).toEqual([]);
  });

  it('cannot be changed after build, and leaves its input alone', () => {
    const topicals = structuredClone(TOPICALS) as TopicalFact[];
    const built = buildKnowledgeBase({
      rules: compileRules(fixtureRules(), new Set(topicals.map((t) => t.id))),
      topicals,
      products: FIXTURE_PRODUCTS,
      scarTypes: SCAR_TYPES,
    });
    expect(Object.isFrozen(built)).toBe(true);
    expect(() => (built.topicals as TopicalFact[]).push(topicals[0])).toThrow(/not extensible/);
    expect(() => {
      (built.topicalsById.get(topicalId('tretinoin')) as TopicalFact).allowedSlots.push(Slot.AM);
    }).toThrow(/not extensible/);
    expect('set' in built.productsById).toBe(false);
    expect(Object.isFrozen(built.productsById.get(productId('ha-serum'))?.fact)).toBe(true);
    expect(Object.isFrozen(topicals[0])).toBe(false);
  });

  it.each([
    [
      'a product with an unknown topical',
      { products: [{ ...FIXTURE_PRODUCTS[0], ingredients: [{ topicalId: 'topical-snail', concentrationPercent: null }] }] },
      'Product tretinoin-cream contains unknown topical topical-snail',
    ],
    ['duplicate product ids', { products: [FIXTURE_PRODUCTS[0], FIXTURE_PRODUCTS[0]] }, 'Duplicate product id product-tretinoin-cream'],
    ['duplicate topical ids', { topicals: [...TOPICALS, TOPICALS[0]] }, 'Duplicate topical id topical-tretinoin'],
    [
      'a topical without slots',
      { topicals: TOPICALS.map((t) => (t.slug === 'retinol' ? { ...t, allowedSlots: [] } : t)) },
      'Topical retinol has no allowed slot',
    ],
    [
      'a topical helping an unknown scar type',
      { topicals: TOPICALS.map((t) => (t.slug === 'retinol' ? { ...t, helpsScarTypeIds: ['scar-x'] } : t)) },
      'Topical retinol helps unknown scar type scar-x',
    ],
    [
      'a rule naming a topical the catalog lacks',
      { topicals: TOPICALS.filter((t) => t.slug !== 'azelaic-acid') },
      'Rule wait-after/azelaic-acid/t1 names topical topical-azelaic-acid',
    ],
  ])('rejects %s', (_, overrides, message) => {
    expect(() =>
      buildKnowledgeBase({
        rules: compileRules(fixtureRules(), new Set(TOPICALS.map((t) => t.id))),
        topicals: TOPICALS,
        products: [],
        scarTypes: SCAR_TYPES,
        ...overrides,
      }),
    ).toThrow(message);
  });
});
