import { ConflictManagement, ConflictScope, Slot } from '../../../src/domain/enums';
import { RoutineItemFact, checkRoutine, misplacedInRoutine } from '../../../src/engine';
import { fixtureKnowledgeBase, productId, ruleId, topicalId } from '../../fixtures/engine-fixtures';

const kb = fixtureKnowledgeBase();
const topical = (slot: Slot, slug: string): RoutineItemFact => ({ slot, topicalId: topicalId(slug), productId: null });
const product = (slot: Slot, slug: string): RoutineItemFact => ({ slot, topicalId: null, productId: productId(slug) });
const found = (items: RoutineItemFact[]) => checkRoutine(kb, items).map((conflict) => [conflict.ruleId, conflict.aTopicalId, conflict.bTopicalId]);

describe('checkRoutine', () => {
  it.each<[string, RoutineItemFact[], string[][]]>([
    [
      'same-slot rule, same slot',
      [topical(Slot.PM, 'tretinoin'), topical(Slot.PM, 'benzoyl-peroxide')],
      [['pair-conflict/tretinoin-with-benzoyl-peroxide', 'tretinoin', 'benzoyl-peroxide']],
    ],
    ['same-slot rule, different slots', [topical(Slot.PM, 'tretinoin'), topical(Slot.AM, 'benzoyl-peroxide')], []],
    [
      'same-day rule, different slots',
      [topical(Slot.AM, 'glycolic-acid'), topical(Slot.PM, 'retinol')],
      [['pair-conflict/retinoids-with-aha-bha', 'retinol', 'glycolic-acid']],
    ],
    ['vitamin C with niacinamide (a myth)', [topical(Slot.AM, 'vitamin-c'), topical(Slot.AM, 'niacinamide')], []],
    ['adapalene with benzoyl peroxide (stable)', [topical(Slot.PM, 'adapalene'), topical(Slot.PM, 'benzoyl-peroxide')], []],
    [
      'a product whose own ingredients conflict',
      [product(Slot.PM, 'tretinoin-bpo-duo')],
      [['pair-conflict/tretinoin-with-benzoyl-peroxide', 'tretinoin', 'benzoyl-peroxide']],
    ],
    [
      'a product ingredient against a topical',
      [product(Slot.AM, 'vitamin-c-niacinamide-serum'), topical(Slot.AM, 'glycolic-acid')],
      [['pair-conflict/vitamin-c-with-aha-bha', 'vitamin-c', 'glycolic-acid']],
    ],
  ])('%s', (_, items, expected) => {
    expect(found(items)).toEqual(expected.map(([code, a, b]) => [ruleId(code), topicalId(a), topicalId(b)]));
  });

  it('reports a pair once per rule, whatever the input order', () => {
    const items = [
      topical(Slot.PM, 'retinol'),
      product(Slot.PM, 'retinol-serum'),
      topical(Slot.AM, 'glycolic-acid'),
      topical(Slot.PM, 'glycolic-acid'),
      topical(Slot.AM, 'vitamin-c'),
    ];
    const forward = checkRoutine(kb, items);
    expect(checkRoutine(kb, [...items].reverse())).toEqual(forward);
    expect(forward).toEqual([
      {
        aTopicalId: topicalId('retinol'),
        bTopicalId: topicalId('glycolic-acid'),
        severity: 'MODERATE',
        management: ConflictManagement.ALTERNATE_DAYS,
        scope: ConflictScope.SAME_DAY,
        ruleId: ruleId('pair-conflict/retinoids-with-aha-bha'),
        productId: null,
      },
      {
        aTopicalId: topicalId('vitamin-c'),
        bTopicalId: topicalId('glycolic-acid'),
        severity: 'MODERATE',
        management: ConflictManagement.SEPARATE_AM_PM,
        scope: ConflictScope.SAME_SLOT,
        ruleId: ruleId('pair-conflict/vitamin-c-with-aha-bha'),
        productId: null,
      },
    ]);
  });

  it('names a product whose own ingredients are the pair as its cause', () => {
    const [conflict] = checkRoutine(kb, [product(Slot.PM, 'tretinoin-bpo-duo')]);
    expect(conflict).toMatchObject({ ruleId: ruleId('pair-conflict/tretinoin-with-benzoyl-peroxide'), productId: productId('tretinoin-bpo-duo') });
  });

  it('flags a topical at a time of day it is not allowed, once per topical and slot, with the product that brings it', () => {
    const misplaced = misplacedInRoutine(kb, [
      topical(Slot.AM, 'retinol'),
      product(Slot.AM, 'retinol-serum'),
      topical(Slot.PM, 'mineral-sunscreen'),
      topical(Slot.AM, 'vitamin-c'),
    ]);
    expect(misplaced.map(({ topicalId: id, productId: product, slot }) => [id, product, slot])).toEqual([
      [topicalId('retinol'), null, Slot.AM],
      [topicalId('mineral-sunscreen'), null, Slot.PM],
    ]);
  });

  it('throws on unknown ids and on empty items', () => {
    expect(() => checkRoutine(kb, [topical(Slot.AM, 'snail-mucin')])).toThrow('Unknown topical id');
    expect(() => checkRoutine(kb, [product(Slot.AM, 'snail-cream')])).toThrow('Unknown product id');
    expect(() => checkRoutine(kb, [{ slot: Slot.AM, topicalId: null, productId: null }])).toThrow('needs a topicalId or a productId');
  });
});
