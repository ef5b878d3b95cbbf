// The products a plan may pick, read per request (issue 18, decision record 010): the products it
// names (in use, excluded, in a routine) and, per topical, the best few passing its filter, in the
// engine's rank (in stock, fewer actives, cheaper, slug, id) along product_rank's index, which the
// database keeps (migration RegimenProductCandidates). The engine picks among them and says where it
// needed more (ProductCoverage); the plan is then made again with more candidates for those
// topicals, so it picks what it would from the whole catalog. What was read is kept per topical,
// filter and count until the catalog or the knowledge moves, so plans that share topicals (most do)
// read none again.
import { LRUCache } from 'lru-cache';
import { DataSource } from 'typeorm';
import { rowReader } from '../../db/row-reader';
import { KnowledgeBase, ProductFact, ProductFilterFact, withProducts } from '../../engine';
import { Product } from '../../entities';

/** Candidates per topical read first: the engine picks 3 per step, and the best-ranked nearly always fit. */
const FIRST_CANDIDATES = 8;
/** How much more a topical the engine ran short of reads each time. */
const GROWTH = 4;
/** Candidate lists kept (one per topical, filter and count): a few rows each. */
const KEPT_CANDIDATE_LISTS = 2000;

/** Published products of published brands. */
const PUBLISHED_PRODUCT = `p.status = 'PUBLISHED' AND p.deleted_at IS NULL`;
const PUBLISHED_BRAND = `b.status = 'PUBLISHED' AND b.deleted_at IS NULL`;

interface CandidateRow extends Record<string, unknown> {
  brandSlug: string;
  /** [topical id, concentration] pairs. */
  ingredients: [string, number | null][];
}

/** Products read for one request: entities for the answer, facts for the engine. */
export class PlanProducts {
  readonly entities = new Map<string, Product>();
  readonly facts = new Map<string, ProductFact>();
  /** By topical: the id of its last candidate read when more may follow, null when all were read. */
  readonly lastCandidates = new Map<string, string | null>();
  /** By topical: how many candidates were asked for. */
  readonly limits = new Map<string, number>();

  idsBySlug(): Map<string, string> {
    return new Map([...this.entities.values()].map((product) => [product.slug, product.id]));
  }

  /** `kb` with these products, for the engine. */
  knowledgeBase(kb: KnowledgeBase): KnowledgeBase {
    return withProducts(kb, [...this.facts.values()], this.lastCandidates);
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

export class ProductCandidateReader {
  private readonly products;
  private kept = { revisions: '', lists: new LRUCache<string, CandidateRow[]>({ max: KEPT_CANDIDATE_LISTS }) };

  constructor(private readonly dataSource: DataSource) {
    this.products = rowReader(dataSource, Product);
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
    const toRead = topicalIds.filter((topicalId) => !kept.has(keyOf(topicalId)));
    if (toRead.length > 0) {
      const read = new Map<string, CandidateRow[]>(toRead.map((id) => [id, []]));
      for (const row of await this.read(toRead, filter, onlyTopicalIds, limit)) read.get(row.wantedTopicalId)!.push(row);
      for (const [topicalId, rows] of read) kept.set(keyOf(topicalId), rows);
    }
    for (const topicalId of topicalIds) this.take(into, kb, topicalId, kept.get(keyOf(topicalId))!, limit);
  }

  /**
   * The kept first candidates of every topical for this filter, before the plan is first made: a
   * plan whose topicals were all planned before then needs no run without candidates, nor a read.
   */
  fromKept(into: PlanProducts, kb: KnowledgeBase, filter: ProductFilterFact, revisions: CandidateRevisions): void {
    const kept = this.keptAt(revisions);
    const readKey = readFor(FIRST_CANDIDATES, filter, null);
    for (const topical of kb.topicals) {
      const rows = kept.get(`${topical.id}:${readKey}`);
      if (rows) this.take(into, kb, topical.id, rows, FIRST_CANDIDATES);
    }
  }

  /** A topical's candidates into the plan's products, with how far they reach. */
  private take(into: PlanProducts, kb: KnowledgeBase, topicalId: string, rows: readonly CandidateRow[], limit: number): void {
    const ids = rows.map((row) => this.add(into, row, kb));
    into.lastCandidates.set(topicalId, ids.length === limit ? ids[ids.length - 1] : null);
    into.limits.set(topicalId, limit);
  }

  /** The kept lists, emptied when the catalog or the knowledge has moved since they were read. */
  private keptAt(revisions: CandidateRevisions): LRUCache<string, CandidateRow[]> {
    const key = `${revisions.catalog}:${revisions.knowledge}`;
    if (this.kept.revisions !== key) this.kept = { revisions: key, lists: new LRUCache({ max: KEPT_CANDIDATE_LISTS }) };
    return this.kept.lists;
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
    return `${this.products.select('p')}, b.slug AS "brandSlug",
      (SELECT coalesce(json_agg(json_build_array(pi.topical_id, pi.concentration_percent)), '[]') FROM product_ingredient pi
       WHERE pi.product_id = p.id) AS ingredients`;
  }

  private add(into: PlanProducts, row: CandidateRow, kb: KnowledgeBase): string {
    const product = this.products.read(row);
    if (!into.entities.has(product.id)) {
      into.entities.set(product.id, product);
      into.facts.set(product.id, {
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
    }
    return product.id;
  }
}
