// The products a plan may pick, read per request (issue 18, decision record 010): the products it
// names (in use, excluded, in a routine) and, per topical, the best few passing its filter, in the
// engine's rank (in stock, fewer actives, cheaper, slug, id) along product_rank's index, which the
// database keeps (migration RegimenProductCandidates). The engine picks among them and says where it
// needed more (ProductCoverage); the plan is then made again with more candidates for those
// topicals, so it picks what it would from the whole catalog. What was read is kept per topical,
// filter and count until the catalog or the knowledge moves, so plans that share topicals (most do)
// read none again; and the first candidates of a filter are kept indexed for the engine, so that a
// plan whose topicals were all planned before under its filter starts with no work (decision record 010).
import { LRUCache } from 'lru-cache';
import { DataSource } from 'typeorm';
import { rowReader, RowReader } from '../../db/row-reader';
import { IndexedProducts, indexProducts, KnowledgeBase, ProductFact, ProductFilterFact, withProducts } from '../../engine';
import { Product } from '../../entities';

/** Candidates per topical read first: the engine picks 3 per step, and the best-ranked nearly always fit. */
const FIRST_CANDIDATES = 8;
/** How much more a topical the engine ran short of reads each time. */
const GROWTH = 4;
/** Candidate lists kept (one per topical, filter and count): a few rows each. */
const KEPT_CANDIDATE_LISTS = 2000;
/** Filters whose first candidates are kept indexed: a few hundred products each. */
const KEPT_FIRST_CANDIDATE_SETS = 200;

/** Published products of published brands. */
const PUBLISHED_PRODUCT = `p.status = 'PUBLISHED' AND p.deleted_at IS NULL`;
const PUBLISHED_BRAND = `b.status = 'PUBLISHED' AND b.deleted_at IS NULL`;

interface CandidateRow extends Record<string, unknown> {
  productId: string;
  brandSlug: string;
  /** [topical id, concentration] pairs. */
  ingredients: [string, number | null][];
}

/** The products of a plan as far as they are known: what they are read from, the engine's facts and how far they reach. */
interface ProductsState {
  readonly rows: ReadonlyMap<string, CandidateRow>;
  readonly facts: ReadonlyMap<string, ProductFact>;
  /** By topical: the id of its last candidate read when more may follow, null when all were read. */
  readonly lastCandidates: ReadonlyMap<string, string | null>;
  /** By topical: how many candidates were asked for. */
  readonly limits: ReadonlyMap<string, number>;
}

/** A filter's first candidates, indexed for the engine with the knowledge base `kb`. */
interface FirstCandidates extends ProductsState {
  readonly kb: KnowledgeBase;
  readonly indexed: IndexedProducts;
  /** The kept lists' generation they were taken at: a list kept since may add to them. */
  readonly generation: number;
}

/** Products read for one request: facts for the engine, entities (made when asked for) for the answer. */
export class PlanProducts implements ProductsState {
  readonly rows = new Map<string, CandidateRow>();
  readonly facts = new Map<string, ProductFact>();
  readonly lastCandidates = new Map<string, string | null>();
  readonly limits = new Map<string, number>();
  /** Fresh per request: nothing a request attaches to an entity is shared. */
  private readonly entities = new Map<string, Product>();
  /** The facts indexed for the engine, while no product was added since. */
  private indexed: IndexedProducts | null = null;

  constructor(private readonly reader: RowReader<Product>) {}

  get isEmpty(): boolean {
    return this.facts.size === 0 && this.lastCandidates.size === 0;
  }

  entity(id: string): Product {
    let product = this.entities.get(id);
    if (!product) this.entities.set(id, (product = this.reader.read(this.rows.get(id)!)));
    return product;
  }

  idsBySlug(): Map<string, string> {
    return new Map([...this.facts.values()].map((fact) => [fact.slug, fact.id]));
  }

  /** `kb` with these products, for the engine. */
  knowledgeBase(kb: KnowledgeBase): KnowledgeBase {
    return withProducts(kb, this.indexedFor(kb), this.lastCandidates);
  }

  private indexedFor(kb: KnowledgeBase): IndexedProducts {
    return (this.indexed ??= indexProducts(kb, [...this.facts.values()]));
  }

  has(id: string): boolean {
    return this.rows.has(id);
  }

  add(row: CandidateRow, entity: Product, fact: ProductFact): void {
    this.rows.set(entity.id, row);
    this.entities.set(entity.id, entity);
    this.facts.set(entity.id, fact);
    this.indexed = null;
  }

  /** Starts from a filter's kept first candidates (only when empty). */
  startFrom(first: FirstCandidates): void {
    for (const [id, row] of first.rows) this.rows.set(id, row);
    for (const [id, fact] of first.facts) this.facts.set(id, fact);
    for (const [id, last] of first.lastCandidates) this.lastCandidates.set(id, last);
    for (const [id, limit] of first.limits) this.limits.set(id, limit);
    this.indexed = first.indexed;
  }

  /** What a later plan with the same first candidates can start from. */
  firstCandidates(kb: KnowledgeBase, generation: number): FirstCandidates {
    return {
      kb,
      generation,
      indexed: this.indexedFor(kb),
      rows: new Map(this.rows),
      facts: new Map(this.facts),
      lastCandidates: new Map(this.lastCandidates),
      limits: new Map(this.limits),
    };
  }
}

/** The revisions the kept candidates were read at: the catalog's and the knowledge's (a topical's publication changes ranks). */
export interface CandidateRevisions {
  catalog: string;
  knowledge: string;
}

/** What a kept list was read for, but its topical: the count asked for, the filter and the basic-care restriction. */
function readFor(limit: number, filter: ProductFilterFact, onlyTopicalIds: readonly string[] | null): string {
  return JSON.stringify([limit, filter, onlyTopicalIds]);
}

/** Candidates read at one pair of revisions. */
class KeptCandidates {
  /** By topical, filter and count. */
  readonly lists = new LRUCache<string, CandidateRow[]>({ max: KEPT_CANDIDATE_LISTS });
  /** By filter, the first candidates of every topical with one kept, indexed. */
  readonly firstCandidates = new LRUCache<string, FirstCandidates>({ max: KEPT_FIRST_CANDIDATE_SETS });
  /** Moves with every list kept. */
  generation = 0;

  constructor(readonly revisions: string) {}

  keep(key: string, rows: CandidateRow[]): void {
    this.lists.set(key, rows);
    this.generation++;
  }
}

export class ProductCandidateReader {
  private readonly products;
  private kept = new KeptCandidates('');

  constructor(private readonly dataSource: DataSource) {
    this.products = rowReader(dataSource, Product);
  }

  /** An empty set of products for one request. */
  forPlan(): PlanProducts {
    return new PlanProducts(this.products);
  }

  /** The published products with these slugs; unknown slugs are simply absent. */
  async named(into: PlanProducts, slugs: readonly string[], kb: KnowledgeBase): Promise<void> {
    if (slugs.length === 0) return;
    const rows = await this.dataSource.query<CandidateRow[]>(
      `SELECT ${this.columns()} FROM product p JOIN brand b ON b.id = p.brand_id AND ${PUBLISHED_BRAND}
       WHERE ${PUBLISHED_PRODUCT} AND p.slug = ANY($1)`,
      [[...new Set(slugs)]],
    );
    for (const row of rows) this.add(into, row, kb);
  }

  /**
   * Candidates for the topicals the engine ran short of, in one statement: the first few, or `GROWTH`
   * times as many as read so far; with `onlyTopicalIds` (a basic-care plan), only products made of
   * those topicals alone.
   */
  async more(
    into: PlanProducts,
    kb: KnowledgeBase,
    short: ReadonlySet<string>,
    filter: ProductFilterFact,
    onlyTopicalIds: readonly string[] | null,
    revisions: CandidateRevisions,
  ): Promise<void> {
    const topicalIds = [...short];
    const readBefore = Math.max(0, ...topicalIds.map((topicalId) => into.limits.get(topicalId) ?? 0));
    const limit = readBefore === 0 ? FIRST_CANDIDATES : GROWTH * readBefore;
    const kept = this.keptAt(revisions);
    const readKey = readFor(limit, filter, onlyTopicalIds);
    const keyOf = (topicalId: string) => `${topicalId}:${readKey}`;
    const toRead = topicalIds.filter((topicalId) => !kept.lists.has(keyOf(topicalId)));
    if (toRead.length > 0) {
      const read = new Map<string, CandidateRow[]>(toRead.map((id) => [id, []]));
      for (const row of await this.read(toRead, filter, onlyTopicalIds, limit)) read.get(row.wantedTopicalId)!.push(row);
      for (const [topicalId, rows] of read) kept.keep(keyOf(topicalId), rows);
    }
    for (const topicalId of topicalIds) this.take(into, kb, topicalId, kept.lists.get(keyOf(topicalId))!, limit);
  }

  /**
   * The kept first candidates of every topical for this filter, before the plan is first made: a
   * plan whose topicals were all planned before then needs no run without candidates, nor a read.
   * Into an empty plan, they come indexed from the last plan that took the same.
   */
  fromKept(into: PlanProducts, kb: KnowledgeBase, filter: ProductFilterFact, revisions: CandidateRevisions): void {
    const kept = this.keptAt(revisions);
    const readKey = readFor(FIRST_CANDIDATES, filter, null);
    const empty = into.isEmpty;
    const first = empty ? kept.firstCandidates.get(readKey) : undefined;
    if (first && first.kb === kb && first.generation === kept.generation) {
      into.startFrom(first);
      return;
    }
    for (const topical of kb.topicals) {
      const rows = kept.lists.get(`${topical.id}:${readKey}`);
      if (rows) this.take(into, kb, topical.id, rows, FIRST_CANDIDATES);
    }
    if (empty) kept.firstCandidates.set(readKey, into.firstCandidates(kb, kept.generation));
  }

  /** A topical's candidates into the plan's products, with how far they reach. */
  private take(into: PlanProducts, kb: KnowledgeBase, topicalId: string, rows: readonly CandidateRow[], limit: number): void {
    const ids = rows.map((row) => this.add(into, row, kb));
    into.lastCandidates.set(topicalId, ids.length === limit ? ids[ids.length - 1] : null);
    into.limits.set(topicalId, limit);
  }

  /** The kept lists, emptied when the catalog or the knowledge has moved since they were read. */
  private keptAt(revisions: CandidateRevisions): KeptCandidates {
    const key = `${revisions.catalog}:${revisions.knowledge}`;
    if (this.kept.revisions !== key) this.kept = new KeptCandidates(key);
    return this.kept;
  }

  /** The first `limit` candidates of each topical passing the filter, in rank order, in one statement. */
  private async read(
    topicalIds: readonly string[],
    filter: ProductFilterFact,
    onlyTopicalIds: readonly string[] | null,
    limit: number,
  ): Promise<(CandidateRow & { wantedTopicalId: string })[]> {
    // Without brands, the topical's rank is walked in order. With brands, their products of the topical are read and sorted:
    // walking the rank for a brand of 8 products among 100,000 read the whole of it (1 s). OFFSET 0 keeps the planner
    // from walking the rank anyway, which it estimates cheaper.
    const byBrand = filter.brandSlugs.length > 0;
    const ranked = byBrand
      ? `(SELECT * FROM product_rank WHERE topical_id = wanted.topical_id AND brand_id = ANY(ARRAY(SELECT id FROM brand WHERE slug = ANY($8))) OFFSET 0)`
      : 'product_rank';
    // The same filter as the engine's (product-picker.ts), so that every product it would pass is read in rank order.
    return this.dataSource.query<(CandidateRow & { wantedTopicalId: string })[]>(
      `SELECT wanted.topical_id AS "wantedTopicalId", candidate.* FROM unnest($1::uuid[]) AS wanted(topical_id)
       CROSS JOIN LATERAL (
         SELECT ${this.columns()} FROM ${ranked} rank
         JOIN product p ON p.id = rank.product_id JOIN brand b ON b.id = p.brand_id AND ${PUBLISHED_BRAND}
         WHERE rank.topical_id = wanted.topical_id AND ${PUBLISHED_PRODUCT}
           AND p.id <> ALL($2::uuid[])
           AND ($3::int IS NULL OR p.price_cents <= $3)
           AND ($4::text IS NULL OR p.currency = $4)
           AND (NOT $5::boolean OR p.in_stock)
           AND ($6::uuid[] IS NULL OR NOT EXISTS (
             SELECT 1 FROM product_ingredient other JOIN topical t ON t.id = other.topical_id AND t.status = 'PUBLISHED' AND t.deleted_at IS NULL
             WHERE other.product_id = p.id AND other.topical_id <> ALL($6)))
         ORDER BY rank.in_stock DESC, rank.active_count, rank.price_cents, rank.slug COLLATE "C", rank.product_id
         LIMIT $7) candidate`,
      [
        [...topicalIds],
        filter.excludeProductIds,
        filter.maxPriceCents,
        filter.currency,
        filter.inStockOnly,
        onlyTopicalIds,
        limit,
        ...(byBrand ? [filter.brandSlugs] : []),
      ],
    );
  }

  private columns(): string {
    return `${this.products.select('p')}, p.id AS "productId", b.slug AS "brandSlug",
      (SELECT coalesce(json_agg(json_build_array(pi.topical_id, pi.concentration_percent)), '[]') FROM product_ingredient pi
       WHERE pi.product_id = p.id) AS ingredients`;
  }

  private add(into: PlanProducts, row: CandidateRow, kb: KnowledgeBase): string {
    if (into.has(row.productId)) return row.productId;
    const product = this.products.read(row);
    into.add(row, product, {
      id: product.id,
      slug: product.slug,
      name: product.name,
      brandSlug: row.brandSlug,
      priceCents: product.priceCents,
      currency: product.currency,
      inStock: product.inStock,
      // Topicals not published are not the engine's.
      ingredients: row.ingredients
        .filter(([topicalId]) => kb.topicalsById.has(topicalId))
        .map(([topicalId, concentrationPercent]) => ({ topicalId, concentrationPercent })),
    });
    return product.id;
  }
}
