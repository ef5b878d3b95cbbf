import { DataSource } from 'typeorm';
import { visibleTo } from '../../core/viewer';
import { RowSelection, WHOLE_ROWS, rowReader, withColumns } from '../../db/row-reader';
import { hasSlugNowOrBefore, withRedirect } from '../catalog/slug-history';
import { Product } from '../../entities';
import { LINK_TABLES } from '../../entities/links.entity';
import { RequestContext } from '../../core/request-context';
import { UserInputError } from '../../core/errors';
import { KeysetOrder, SqlWhere, sqlFindOne, sqlKeysetPage } from '../../graphql/keyset';
import { Page } from '../../graphql/pagination';
import { maintainedProductCount } from './product-counts';
import { ProductFilter, ProductOrder, ProductSortField, ProductsArgs, SortDirection } from './product.inputs';
import { StorefrontConfig } from '../../config';

const ORDERS: Record<ProductSortField, Omit<KeysetOrder<Product>, 'descending'>> = {
  [ProductSortField.NAME]: { sortExpression: 'product.name', sortValueOf: (row) => row.name, sortProperties: ['name'] },
  [ProductSortField.PRICE]: { sortExpression: 'product.price_cents', sortValueOf: (row) => row.priceCents, sortProperties: ['priceCents'] },
  // Millisecond precision so the cursor (a JS timestamp) compares equal to the stored value.
  [ProductSortField.NEWEST]: {
    sortExpression: "date_trunc('milliseconds', product.created_at)",
    sortValueOf: (row) => row.createdAt.toISOString(),
    sortProperties: ['createdAt'],
  },
};

export class ProductService {
  private readonly productRows = rowReader(this.dataSource, Product);

  constructor(
    private readonly dataSource: DataSource,
    private readonly storefront: StorefrontConfig,
  ) {}

  /** `selection`: the columns and relations the caller will read (all columns, no relations by default). */
  async productBySlug(ctx: RequestContext, slug: string, selection: RowSelection = WHOLE_ROWS): Promise<Product | null> {
    const where = this.visibleProducts(ctx);
    where.and(hasSlugNowOrBefore(where, 'product', 'product', slug));
    return withRedirect(await sqlFindOne(this.dataSource, this.productRows, 'product', where, withColumns(selection, ['slug'])), slug);
  }

  products(ctx: RequestContext, args: ProductsArgs, selection: RowSelection = WHOLE_ROWS): Promise<Page<Product>> {
    const filter = args.filter ?? {};
    const order = args.orderBy ?? { field: ProductSortField.NAME, direction: SortDirection.ASC };
    checkPriceArguments(filter, order);
    const currencies = this.requiredCurrencies(filter, order);
    const where = this.visibleProducts(ctx);
    this.applyFilter(ctx, where, filter, currencies);
    const count = maintainedProductCount(ctx.viewer, { filter, currencies }) ?? undefined;
    return sqlKeysetPage(this.dataSource, this.productRows, 'product', where, this.keysetOrder(order), args, selection, count);
  }

  /** The currencies a product must be priced in to be listed: each an AND-ed condition. */
  private requiredCurrencies(filter: ProductFilter, order: ProductOrder): string[] {
    const hasPriceRange = filter.price != null || filter.minPriceCents != null || filter.maxPriceCents != null;
    return [
      ...(hasPriceRange ? [this.priceFilterCurrency(filter)] : []),
      ...(filter.currency != null ? [filter.currency] : []),
      // Prices are compared in one currency only: a price order lists the products priced in its currency (see
      // docs/api/storefront.md, "Prices"), so that the keyset and the (currency, price, id) index serve it.
      ...(order.field === ProductSortField.PRICE ? [this.priceOrderCurrency(filter, order)] : []),
    ];
  }

  /** The currency a price criterion of `filter` compares in: the one it names, else the storefront's. */
  private priceFilterCurrency(filter: ProductFilter): string {
    return filter.price?.currency ?? filter.currency ?? this.storefront.currency;
  }

  private priceOrderCurrency(filter: ProductFilter, order: ProductOrder): string {
    return order.currency ?? this.priceFilterCurrency(filter);
  }

  /** Visible products of visible brands (a product of a hidden brand is hidden too). */
  private visibleProducts(ctx: RequestContext): SqlWhere {
    return new SqlWhere()
      .and(visibleTo(ctx.viewer, 'product'))
      .and(`EXISTS (SELECT 1 FROM brand b WHERE b.id = product.brand_id AND ${visibleTo(ctx.viewer, 'b')})`);
  }

  private keysetOrder(order: ProductOrder): KeysetOrder<Product> {
    const descending = order.field === ProductSortField.NEWEST ? order.direction !== SortDirection.ASC : order.direction === SortDirection.DESC;
    return { ...ORDERS[order.field], descending };
  }

  private applyFilter(ctx: RequestContext, where: SqlWhere, filter: ProductFilter, currencies: readonly string[]): void {
    const containsTopical = (condition: string) =>
      `EXISTS (SELECT 1 FROM ${LINK_TABLES.productIngredient} pi JOIN topical t ON t.id = pi.topical_id
               WHERE pi.product_id = product.id AND ${visibleTo(ctx.viewer, 't')} AND ${condition})`;
    if (filter.topical != null) where.and(containsTopical(`t.slug = ${where.param(filter.topical)}`));
    if (filter.topicalCategory != null) where.and(containsTopical(`t.category = ${where.param(filter.topicalCategory)}`));
    if (filter.scarType != null) {
      where.and(
        containsTopical(
          `EXISTS (SELECT 1 FROM ${LINK_TABLES.topicalScarType} tst JOIN scar_type s ON s.id = tst.scar_type_id
                   WHERE tst.topical_id = t.id AND s.slug = ${where.param(filter.scarType)} AND ${visibleTo(ctx.viewer, 's')})`,
        ),
      );
    }
    if (filter.brand != null) where.and(`product.brand_id = (SELECT id FROM brand WHERE slug = ${where.param(filter.brand)})`);
    const min = filter.price?.minAmountMinor ?? filter.minPriceCents;
    const max = filter.price?.maxAmountMinor ?? filter.maxPriceCents;
    for (const currency of currencies) where.and(`product.currency = ${where.param(currency)}`);
    if (min != null) where.and(`product.price_cents >= ${where.param(min)}`);
    if (max != null) where.and(`product.price_cents <= ${where.param(max)}`);
    if (filter.inStock != null) where.and(`product.in_stock = ${where.param(filter.inStock)}`);
  }
}

function checkPriceArguments(filter: ProductFilter, order: ProductOrder): void {
  const { price } = filter;
  if (price?.minAmountMinor != null && price.maxAmountMinor != null && price.minAmountMinor > price.maxAmountMinor) {
    throw UserInputError.forField('filter.price.maxAmountMinor', 'must not be lower than filter.price.minAmountMinor');
  }
  if (filter.minPriceCents != null && filter.maxPriceCents != null && filter.minPriceCents > filter.maxPriceCents) {
    throw UserInputError.forField('filter.maxPriceCents', 'must not be lower than filter.minPriceCents');
  }
  if (price != null && (filter.minPriceCents != null || filter.maxPriceCents != null)) {
    throw UserInputError.forField('filter.price', 'cannot be combined with the deprecated minPriceCents and maxPriceCents');
  }
  if (order.currency != null && order.field !== ProductSortField.PRICE) {
    throw UserInputError.forField('orderBy.currency', 'applies only to the PRICE order');
  }
}
