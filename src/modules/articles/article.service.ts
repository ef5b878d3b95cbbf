import { DataSource } from 'typeorm';
import { visibleTo } from '../../core/viewer';
import { RowSelection, WHOLE_ROWS, rowReader, withColumns } from '../../db/row-reader';
import { Article } from '../../entities';
import { LINK_TABLES } from '../../entities/links.entity';
import { RequestContext } from '../../core/request-context';
import { KeysetOrder, SqlWhere, sqlFindOne, sqlKeysetPage } from '../../graphql/keyset';
import { Page } from '../../graphql/pagination';
import { hasSlugNowOrBefore, withRedirect } from '../catalog/slug-history';
import { SortDirection } from '../products/product.inputs';
import { ArticleFilter, ArticleOrder, ArticleSortField, ArticlesArgs } from './article.inputs';

const ORDERS: Record<ArticleSortField, Omit<KeysetOrder<Article>, 'descending'>> = {
  // Drafts (visible to editors) have no publication date yet: they sort by creation. In UTC, as
  // IDX_article_published_order has it; a cursor's ISO instant compares as UTC too (PostgreSQL
  // reads a timestamp without time zone by ignoring the zone the text names, here always Z).
  [ArticleSortField.PUBLISHED_AT]: {
    sortExpression: "date_trunc('milliseconds', COALESCE(article.published_at, article.created_at) AT TIME ZONE 'UTC')",
    sortValueOf: (row) => (row.publishedAt ?? row.createdAt).toISOString(),
    sortProperties: ['publishedAt', 'createdAt'],
  },
  [ArticleSortField.TITLE]: { sortExpression: 'article.title', sortValueOf: (row) => row.title, sortProperties: ['title'] },
};

/** Which link table and target table each tag filter goes through. */
const TAG_FILTERS: { key: keyof ArticleFilter; link: string; column: string; target: string }[] = [
  { key: 'treatment', link: LINK_TABLES.articleTreatment, column: 'treatment_id', target: 'treatment' },
  { key: 'scarType', link: LINK_TABLES.articleScarType, column: 'scar_type_id', target: 'scar_type' },
  { key: 'topical', link: LINK_TABLES.articleTopical, column: 'topical_id', target: 'topical' },
];

export class ArticleService {
  private readonly articleRows = rowReader(this.dataSource, Article);

  constructor(private readonly dataSource: DataSource) {}

  /** `selection`: the columns and relations the caller will read (all columns, no relations by default). */
  async articleBySlug(ctx: RequestContext, slug: string, selection: RowSelection = WHOLE_ROWS): Promise<Article | null> {
    const where = new SqlWhere().and(visibleTo(ctx.viewer, 'article'));
    where.and(hasSlugNowOrBefore(where, 'article', 'article', slug));
    return withRedirect(await sqlFindOne(this.dataSource, this.articleRows, 'article', where, withColumns(selection, ['slug'])), slug);
  }

  articles(ctx: RequestContext, args: ArticlesArgs, selection: RowSelection = WHOLE_ROWS): Promise<Page<Article>> {
    const where = new SqlWhere().and(visibleTo(ctx.viewer, 'article'));
    this.applyFilter(ctx, where, args.filter ?? {});
    const order: ArticleOrder = args.orderBy ?? { field: ArticleSortField.PUBLISHED_AT, direction: SortDirection.DESC };
    const keyset = { ...ORDERS[order.field], descending: order.direction === SortDirection.DESC };
    return sqlKeysetPage(this.dataSource, this.articleRows, 'article', where, keyset, args, selection);
  }

  private applyFilter(ctx: RequestContext, where: SqlWhere, filter: ArticleFilter): void {
    for (const tag of TAG_FILTERS) {
      const slug = filter[tag.key];
      if (slug == null) continue;
      where.and(
        `EXISTS (SELECT 1 FROM ${tag.link} l JOIN ${tag.target} x ON x.id = l.${tag.column}
                 WHERE l.article_id = article.id AND x.slug = ${where.param(slug)} AND ${visibleTo(ctx.viewer, 'x')})`,
      );
    }
  }
}
