import { DataSource } from 'typeorm';
import { visibleTo } from '../../core/viewer';
import { RowSelection, WHOLE_ROWS, rowReader } from '../../db/row-reader';
import { Product } from '../../entities';
import { LINK_TABLES } from '../../entities/links.entity';
import { RequestContext } from '../../core/request-context';
import { UserInputError } from '../../core/errors';
import { KeysetOrder, SqlWhere, sqlFindOne, sqlKeysetPage } from '../../graphql/keyset';
import { Page } from '../../graphql/pagination';
import { ProductFilter, ProductOrder, ProductSortField, ProductsArgs, SortDirection } from './product.inputs';

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

  constructor(private readonly dataSource: DataSource) {}

  /** `selection`: the columns and relations the caller will read (all columns, no relations by default). */
  productBySlug(ctx: RequestContext, slug: string, selection: RowSelection = WHOLE_ROWS): Promise<Product | null> {
    const where = this.visibleProducts(ctx);
    where.and(`product.slug = ${where.param(slug)}`);
    return sqlFindOne(this.dataSource, this.productRows, 'product', where, selection);
  }

  products(ctx: RequestContext, args: ProductsArgs, selection: RowSelection = WHOLE_ROWS): Promise<Page<Product>> {
    const filter = args.filter ?? {};
    if (filter.minPriceCents != null && filter.maxPriceCents != null && filter.minPriceCents > filter.maxPriceCents) {
      throw UserInputError.forField('filter.maxPriceCents', 'must not be lower than filter.minPriceCents');
    }
    const where = this.visibleProducts(ctx);
    this.applyFilter(ctx, where, filter);
    const order = args.orderBy ?? { field: ProductSortField.NAME, direction: SortDirection.ASC };
    return sqlKeysetPage(this.dataSource, this.productRows, 'product', where, this.keysetOrder(order), args, selection);
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

  private applyFilter(ctx: RequestContext, where: SqlWhere, filter: ProductFilter): void {
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
    if (filter.minPriceCents != null) where.and(`product.price_cents >= ${where.param(filter.minPriceCents)}`);
    if (filter.maxPriceCents != null) where.and(`product.price_cents <= ${where.param(filter.maxPriceCents)}`);
    if (filter.currency != null) where.and(`product.currency = ${where.param(filter.currency)}`);
    if (filter.inStock != null) where.and(`product.in_stock = ${where.param(filter.inStock)}`);
  }
}
