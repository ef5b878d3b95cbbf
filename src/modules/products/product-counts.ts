import { Viewer, visibleTo } from '../../core/viewer';
import { SqlStatement, SqlWhere } from '../../graphql/keyset';
import { ProductFilter } from './product.inputs';

/**
 * Catalog totals read from `product_count`, which triggers keep exact in the writing transaction
 * (migrations/1795259500721-ProductCounts.ts, docs/performance/decisions/013-maintained-product-counts.md):
 * a total costs a few dozen counter rows instead of a row per matching product.
 */
export interface ProductCountCriteria {
  filter: ProductFilter;
  /** Currencies the products must be priced in (the filter's and a price order's), each an AND-ed condition. */
  currencies: readonly string[];
}

/** Whose topicals a facet counts: the names `product_count_state` gives them, after `visibleTo`. */
const topicalsSeenBy = (viewer: Pick<Viewer, 'canPreviewDrafts'>) => (viewer.canPreviewDrafts ? 'preview' : 'storefront');

/**
 * The statement reading the number of products `viewer` sees that match `criteria` (one row, `count`),
 * or null when the counters do not hold it: a price range, or more than one of topical, topical
 * category and scar type (each is a facet of its own). Those are counted row by row.
 */
export function maintainedProductCount(viewer: Pick<Viewer, 'canPreviewDrafts'>, { filter, currencies }: ProductCountCriteria): SqlStatement | null {
  const min = filter.price?.minAmountMinor ?? filter.minPriceCents;
  const max = filter.price?.maxAmountMinor ?? filter.maxPriceCents;
  const containing = [filter.topical, filter.topicalCategory, filter.scarType].filter((criterion) => criterion != null);
  if (min != null || max != null || containing.length > 1) return null;
  const where = new SqlWhere();
  const seenBy = topicalsSeenBy(viewer);
  // A named topical or scar type the viewer may not see matches no facet (NULL), as it matches no product.
  if (filter.topical != null) {
    where.and(`c.facet = 'topical:' || (SELECT t.id FROM topical t WHERE t.slug = ${where.param(filter.topical)} AND ${visibleTo(viewer, 't')})`);
  } else if (filter.topicalCategory != null) {
    where.and(`c.facet = ${where.param(`category:${filter.topicalCategory}:${seenBy}`)}`);
  } else if (filter.scarType != null) {
    where.and(
      `c.facet = 'scar:' || (SELECT s.id FROM scar_type s WHERE s.slug = ${where.param(filter.scarType)} AND ${visibleTo(viewer, 's')}) || ':${seenBy}'`,
    );
  } else {
    where.and(`c.facet = 'all'`);
  }
  if (!viewer.canPreviewDrafts) where.and('c.published');
  if (filter.brand != null) where.and(`c.brand_id = (SELECT id FROM brand WHERE slug = ${where.param(filter.brand)})`);
  for (const currency of currencies) where.and(`c.currency = ${where.param(currency)}`);
  if (filter.inStock != null) where.and(`c.in_stock = ${where.param(filter.inStock)}`);
  return {
    sql: `SELECT coalesce(sum(c.products), 0)::int AS count FROM product_count c JOIN brand b ON b.id = c.brand_id AND ${visibleTo(viewer, 'b')}
          WHERE ${where}`,
    params: where.params,
  };
}
