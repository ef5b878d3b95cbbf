// Products for one step. Walks the topical's pre-ranked product list and stops at the cap, and
// remembers answers within a request: most plan days repeat the same situation.
import { ConflictScope, Slot } from '../domain/enums';
import { ProductFilterFact } from './facts';
import { CatalogProduct, KnowledgeBase } from './knowledge-base';
import { TopicalHolds } from './topical-holds';

const PRODUCTS_PER_STEP = 3;

export interface SlotSituation {
  readonly slot: Slot;
  readonly atMs: number;
  /** Topicals of every step in the slot. */
  readonly slotTopicalIds: readonly string[];
  /** Topicals of the steps in the day's other slot. */
  readonly otherSlotTopicalIds: readonly string[];
}

export class ProductPicker {
  readonly #kb: KnowledgeBase;
  readonly #holds: TopicalHolds;
  readonly #passesFilter: (product: CatalogProduct) => boolean;
  readonly #currentProducts: readonly CatalogProduct[];
  readonly #passingByTopical = new Map<string, PassingProducts>();
  /** Product ids by topical, for each situation a slot has been in. */
  readonly #pickedBySituation = new Map<string, Map<string, string[]>>();
  readonly #heldKeys = new Map<number, string>();

  constructor(kb: KnowledgeBase, holds: TopicalHolds, filter: ProductFilterFact, currentProductIds: Iterable<string>) {
    this.#kb = kb;
    this.#holds = holds;
    this.#passesFilter = productFilter(filter);
    this.#currentProducts = [...new Set(currentProductIds)].map((id) => kb.productsById.get(id) as CatalogProduct).sort((a, b) => a.rank - b.rank);
  }

  /** Picks for the steps of one slot; the slot's situation is looked up once for all of them. */
  forSlot(situation: SlotSituation): (topicalId: string) => string[] {
    const situationKey = `${situation.slot}|${this.#heldKey(situation.atMs)}|${this.#setKey(situation.slotTopicalIds)}|${this.#setKey(situation.otherSlotTopicalIds)}`;
    let pickedByTopical = this.#pickedBySituation.get(situationKey);
    if (!pickedByTopical) {
      pickedByTopical = new Map();
      this.#pickedBySituation.set(situationKey, pickedByTopical);
    }
    return (topicalId) => {
      let picked = pickedByTopical.get(topicalId);
      if (!picked) {
        picked = this.#choose(topicalId, situation);
        pickedByTopical.set(topicalId, picked);
      }
      return [...picked];
    };
  }

  /** The same for the same topicals in any order: their catalog positions, sorted (short, unlike their ids). */
  #setKey(topicalIds: readonly string[]): string {
    return topicalIds
      .map((id) => this.#kb.catalogIndexByTopicalId.get(id) as number)
      .sort((a, b) => a - b)
      .join(',');
  }

  #heldKey(atMs: number): string {
    let key = this.#heldKeys.get(atMs);
    if (key === undefined) {
      key = this.#setKey(this.#holds.heldAt(atMs));
      this.#heldKeys.set(atMs, key);
    }
    return key;
  }

  #choose(topicalId: string, situation: SlotSituation): string[] {
    const picked: string[] = [];
    const consider = (product: CatalogProduct) => {
      if (picked.length < PRODUCTS_PER_STEP && !picked.includes(product.fact.id) && this.#fits(product, situation)) {
        picked.push(product.fact.id);
      }
    };
    // The person's own products come first: the plan should fit what they already have.
    for (const product of this.#currentProducts) {
      if (product.topicalIds.includes(topicalId) && this.#passesFilter(product)) consider(product);
    }
    for (const product of this.#passing(topicalId)) {
      if (picked.length === PRODUCTS_PER_STEP) break;
      consider(product);
    }
    return picked;
  }

  #passing(topicalId: string): PassingProducts {
    let passing = this.#passingByTopical.get(topicalId);
    if (!passing) {
      const coverage = this.#kb.productCoverage;
      passing = new PassingProducts(
        this.#kb.productsByTopicalId.get(topicalId) ?? [],
        this.#passesFilter,
        coverage ? (rank) => coverage.covers(topicalId, rank) : () => true,
      );
      this.#passingByTopical.set(topicalId, passing);
    }
    return passing;
  }

  /** Whether a product that passes the filter suits this step's instant and neighbours. */
  #fits(product: CatalogProduct, situation: SlotSituation): boolean {
    return (
      !product.conflictsWithItself &&
      product.slots.includes(situation.slot) &&
      product.topicalIds.every(
        (ingredientId) => !this.#holds.isHeld(ingredientId, situation.atMs) && !this.#conflictsWithSteps(ingredientId, situation),
      )
    );
  }

  #conflictsWithSteps(ingredientId: string, situation: SlotSituation): boolean {
    const conflicts = (stepTopicalId: string) => this.#kb.pairConflicts.between(ingredientId, stepTopicalId);
    return (
      situation.slotTopicalIds.some((stepTopicalId) => conflicts(stepTopicalId).length > 0) ||
      situation.otherSlotTopicalIds.some((stepTopicalId) =>
        conflicts(stepTopicalId).some(({ rule }) => rule.parameters.scope === ConflictScope.SAME_DAY),
      )
    );
  }
}

/**
 * The products of a topical that pass the request's filter, in rank order. Found lazily and kept, so a
 * broad filter stops after a few products and a narrow one scans the topical's list once per request.
 * It stops where the plan's candidates stop covering the catalog (`covered`, which records the shortfall).
 */
class PassingProducts implements Iterable<CatalogProduct> {
  readonly #ranked: readonly CatalogProduct[];
  readonly #passesFilter: (product: CatalogProduct) => boolean;
  readonly #covered: (rank: number) => boolean;
  readonly #found: CatalogProduct[] = [];
  #scanned = 0;

  constructor(ranked: readonly CatalogProduct[], passesFilter: (product: CatalogProduct) => boolean, covered: (rank: number) => boolean) {
    this.#ranked = ranked;
    this.#passesFilter = passesFilter;
    this.#covered = covered;
  }

  *[Symbol.iterator](): Iterator<CatalogProduct> {
    for (let index = 0; index < this.#found.length || this.#findNext(); index++) yield this.#found[index];
  }

  #findNext(): boolean {
    while (this.#scanned < this.#ranked.length) {
      const product = this.#ranked[this.#scanned];
      if (!this.#covered(product.rank)) return false;
      this.#scanned++;
      if (this.#passesFilter(product)) {
        this.#found.push(product);
        return true;
      }
    }
    this.#covered(Number.POSITIVE_INFINITY);
    return false;
  }
}

function productFilter(filter: ProductFilterFact): (product: CatalogProduct) => boolean {
  const brands = new Set(filter.brandSlugs);
  const excluded = new Set(filter.excludeProductIds);
  return ({ fact }) =>
    !excluded.has(fact.id) &&
    (filter.maxPriceCents === null || fact.priceCents <= filter.maxPriceCents) &&
    (filter.currency === null || fact.currency === filter.currency) &&
    (!filter.inStockOnly || fact.inStock) &&
    (brands.size === 0 || brands.has(fact.brandSlug));
}
