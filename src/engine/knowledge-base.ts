// Everything a request needs that does not depend on the request, indexed once so that a cached
// knowledge base answers many requests. Products are not part of it on a server: each plan adds the
// few it may pick (withProducts), with how far they cover the catalog (ProductCoverage).
import { Device, RuleKind, Slot } from '../domain/enums';
import { NeedlingScope, ProductFact, ScarTypeFact, TopicalFact } from './facts';
import { FrozenMap, deepFreeze } from './immutable';
import { PairConflictIndex } from './pair-conflict.index';
import { compareText } from './ordering';
import { CompiledRules } from './rule-compiler';

export interface CatalogProduct {
  readonly fact: ProductFact;
  /** Distinct ingredient topicals. */
  readonly topicalIds: readonly string[];
  /** Slots that every ingredient allows. */
  readonly slots: readonly Slot[];
  /** Two of its own ingredients are joined by a pair-conflict rule. */
  readonly conflictsWithItself: boolean;
  /** Position in the ranking of the products given: in stock, fewer actives, cheaper, then slug. */
  readonly rank: number;
}

export interface KnowledgeBase {
  readonly rules: CompiledRules;
  /** In catalog order: the order in which topicals are preferred when a rule offers a choice. */
  readonly topicals: readonly TopicalFact[];
  readonly topicalsById: ReadonlyMap<string, TopicalFact>;
  readonly catalogIndexByTopicalId: ReadonlyMap<string, number>;
  readonly productsById: ReadonlyMap<string, CatalogProduct>;
  /** Products containing the topical, best ranked first. */
  readonly productsByTopicalId: ReadonlyMap<string, readonly CatalogProduct[]>;
  readonly scarTypesById: ReadonlyMap<string, ScarTypeFact>;
  readonly pairConflicts: PairConflictIndex;
  /** Upper depth bounds (mm, ascending) of the rules' scopes for pens: the tier boundaries a pen session is planned by. */
  readonly penTierBoundsMm: readonly number[];
  /** How much of the catalog the products are; null: all of it. */
  readonly productCoverage: ProductCoverage | null;
}

/**
 * For a plan's candidates (a few products per topical, read in rank order): up to which product the
 * products containing each topical are all there, among those passing the plan's filter. A pick
 * that needs to look further records the topical as short, and the plan must be made again with
 * more candidates; a plan made without shortfalls picks what it would pick from the whole catalog.
 */
export class ProductCoverage {
  /** By topical: the rank up to which its candidates are complete (Infinity: all of them; absent: none). */
  readonly #throughRank = new Map<string, number>();
  /** Topicals whose picks needed candidates beyond those given. */
  readonly short = new Set<string>();

  /** By topical: the id of the last candidate read when more may follow; null when every candidate was read. */
  constructor(
    readonly lastCandidates: ReadonlyMap<string, string | null>,
    productsById: ReadonlyMap<string, CatalogProduct>,
  ) {
    for (const [topicalId, lastId] of lastCandidates) {
      this.#throughRank.set(topicalId, lastId === null ? Number.POSITIVE_INFINITY : (productsById.get(lastId)?.rank ?? -1));
    }
  }

  /** Whether the candidates of `topicalId` are complete up to `rank` (Infinity: the end of its list); records a shortfall if not. */
  covers(topicalId: string, rank: number): boolean {
    if (rank <= (this.#throughRank.get(topicalId) ?? -1)) return true;
    this.short.add(topicalId);
    return false;
  }
}

export interface KnowledgeBaseInput {
  rules: CompiledRules;
  topicals: readonly TopicalFact[];
  /** The whole catalog; none on a server, where each plan adds its candidates (withProducts). */
  products?: readonly ProductFact[];
  scarTypes: readonly ScarTypeFact[];
}

export function buildKnowledgeBase(input: KnowledgeBaseInput): KnowledgeBase {
  const topicals = deepFreeze(structuredClone([...input.topicals]));
  const scarTypes = deepFreeze(structuredClone([...input.scarTypes]));
  const topicalsById = indexById(topicals, 'topical');
  const scarTypesById = indexById(scarTypes, 'scar type');
  for (const topical of topicals) checkTopical(topical, scarTypesById);
  for (const rule of input.rules.all) {
    for (const id of [...rule.subjectTopicalIds, ...rule.pairATopicalIds, ...rule.pairBTopicalIds]) {
      if (!topicalsById.has(id)) throw new Error(`Rule ${rule.code} names topical ${id}, which is not in the knowledge base`);
    }
  }
  const knowledge = {
    rules: input.rules,
    topicals,
    topicalsById,
    catalogIndexByTopicalId: new FrozenMap(topicals.map((topical, index) => [topical.id, index] as const)),
    scarTypesById,
    pairConflicts: new PairConflictIndex(input.rules.byKind[RuleKind.PAIR_CONFLICT]),
    penTierBoundsMm: Object.freeze(penTierBounds(input.rules)),
  };
  return Object.freeze({ ...knowledge, ...indexProducts(knowledge, input.products ?? []), productCoverage: null });
}

/** Products ranked and indexed for the engine; immutable, so plans with the same candidates can share them. */
export type IndexedProducts = Pick<KnowledgeBase, 'productsById' | 'productsByTopicalId'>;

/**
 * The knowledge base with a plan's candidate products (`indexProducts` of `kb`) in place of its own:
 * `lastCandidates` says, by topical, how far they cover the catalog (see ProductCoverage), which is
 * the plan's own.
 */
export function withProducts(kb: KnowledgeBase, indexed: IndexedProducts, lastCandidates: ReadonlyMap<string, string | null>): KnowledgeBase {
  return Object.freeze({ ...kb, ...indexed, productCoverage: new ProductCoverage(lastCandidates, indexed.productsById) });
}

export function indexProducts(
  kb: Pick<KnowledgeBase, 'topicals' | 'topicalsById' | 'pairConflicts'>,
  facts: readonly ProductFact[],
): IndexedProducts {
  const products = rankProducts(facts.map((product) => indexProduct(product, kb.topicalsById, kb.pairConflicts)));
  indexById(
    products.map((product) => product.fact),
    'product',
  );
  const productsByTopicalId = new Map<string, CatalogProduct[]>(kb.topicals.map((topical) => [topical.id, []]));
  for (const product of products) {
    for (const topicalId of product.topicalIds) productsByTopicalId.get(topicalId)?.push(product);
  }
  return {
    productsById: new FrozenMap(products.map((product) => [product.fact.id, product] as const)),
    productsByTopicalId: new FrozenMap([...productsByTopicalId].map(([id, list]) => [id, Object.freeze(list)] as const)),
  };
}

function penTierBounds(rules: CompiledRules): number[] {
  const bounds = new Set<number>();
  for (const rule of rules.all) {
    const scope = (rule.parameters as { scope?: unknown }).scope;
    if (typeof scope !== 'object' || scope === null) continue;
    const { devices, depthUpToMm } = scope as NeedlingScope;
    if (depthUpToMm !== null && (devices.length === 0 || devices.includes(Device.DERMAPEN))) bounds.add(depthUpToMm);
  }
  return [...bounds].sort((a, b) => a - b);
}

function indexById<T extends { id: string }>(items: readonly T[], what: string): ReadonlyMap<string, T> {
  const byId = new Map<string, T>();
  for (const item of items) {
    if (byId.has(item.id)) throw new Error(`Duplicate ${what} id ${item.id}`);
    byId.set(item.id, item);
  }
  return new FrozenMap(byId);
}

function checkTopical(topical: TopicalFact, scarTypesById: ReadonlyMap<string, ScarTypeFact>): void {
  // A topical with no slot could never be placed, so a current one would vanish from plans unexplained.
  if (topical.allowedSlots.length === 0) throw new Error(`Topical ${topical.slug} has no allowed slot`);
  for (const scarTypeId of topical.helpsScarTypeIds) {
    if (!scarTypesById.has(scarTypeId)) throw new Error(`Topical ${topical.slug} helps unknown scar type ${scarTypeId}`);
  }
}

function indexProduct(
  product: ProductFact,
  topicalsById: ReadonlyMap<string, TopicalFact>,
  pairConflicts: PairConflictIndex,
): Omit<CatalogProduct, 'rank'> {
  const topicalIds = [...new Set(product.ingredients.map((ingredient) => ingredient.topicalId))];
  const ingredients = topicalIds.map((id) => {
    const topical = topicalsById.get(id);
    if (!topical) throw new Error(`Product ${product.slug} contains unknown topical ${id}`);
    return topical;
  });
  const slots = [Slot.AM, Slot.PM].filter((slot) => ingredients.every((topical) => topical.allowedSlots.includes(slot)));
  const conflictsWithItself = topicalIds.some((id, index) =>
    topicalIds.slice(index + 1).some((other) => pairConflicts.between(id, other).length > 0),
  );
  return { fact: deepFreeze(structuredClone(product)), topicalIds, slots, conflictsWithItself };
}

function rankProducts(products: Omit<CatalogProduct, 'rank'>[]): CatalogProduct[] {
  // Extra actives are ingredients besides the step's topical, so fewer ingredients ranks the same for every step.
  const ranked = [...products].sort(
    (a, b) =>
      Number(b.fact.inStock) - Number(a.fact.inStock) ||
      a.topicalIds.length - b.topicalIds.length ||
      a.fact.priceCents - b.fact.priceCents ||
      compareText(a.fact.slug, b.fact.slug) ||
      compareText(a.fact.id, b.fact.id),
  );
  return ranked.map((product, rank) => deepFreeze({ ...product, rank }));
}
