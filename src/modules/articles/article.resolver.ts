import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Article, Citation, ScarType, Topical, Treatment } from '../../entities';
import { prefetchedOr } from '../../db/row-reader';
import { GraphQLContext } from '../../graphql/context';
import { InheritsCacheAge, StorefrontCacheable } from '../../graphql/cache-control';
import { rowSelectionFor, Selection } from '../../graphql/look-ahead';
import { ConnectionType, Page } from '../../graphql/pagination';
import { Loaders } from '../../loaders';
import { SlugArgs } from '../catalog/catalog.resolver';
import { SeoMeta, seoOf } from '../catalog/seo';
import { ArticlesArgs } from './article.inputs';

@ObjectType({ simpleResolvers: true })
@InheritsCacheAge()
export class ArticleConnection extends ConnectionType(Article, 'Article') {}

/** The article columns, tags and sources a query selects (tags and sources come in the article's own statement). */
const rowSelection = (selection: Selection, loaders: Loaders) =>
  rowSelectionFor(
    selection,
    {
      treatments: (treatments: Selection) => loaders.treatmentsByArticleId.prefetch(treatments.names),
      scarTypes: (scarTypes: Selection) => loaders.scarTypesByArticleId.prefetch(scarTypes.names),
      topicals: (topicals: Selection) => loaders.topicalsByArticleId.prefetch(topicals.names),
      citations: (citations: Selection) => loaders.citationsByArticleId.prefetch(citations.names),
    },
    // What the SEO fields and the date of the live version are made of.
    [
      ...(selection.names.has('seo') ? ['metaTitle', 'metaDescription', 'title', 'summary'] : []),
      ...(selection.names.has('updatedAt') ? ['lastPublishedAt'] : []),
    ],
  );

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => ArticleConnection, { description: 'Published articles, newest first by default.' })
  @StorefrontCacheable()
  articles(@Args() args: ArticlesArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo): Promise<Page<Article>> {
    return ctx.services.articles.articles(ctx, args, rowSelection(Selection.ofNodes(info), ctx.loaders));
  }

  @Query(() => Article, { nullable: true, description: 'An article by slug; null when unknown.' })
  article(@Args() { slug }: SlugArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo): Promise<Article | null> {
    return ctx.services.articles.articleBySlug(ctx, slug, rowSelection(Selection.ofField(info), ctx.loaders));
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: 'When its published content last changed (its latest publication); null until published.',
  })
  updatedAt(@Root() article: Article): Date | null {
    return article.lastPublishedAt;
  }

  @FieldResolver(() => SeoMeta, { description: "Its page's meta title and description." })
  seo(@Root() article: Article): SeoMeta {
    return seoOf(article, article.title, article.summary);
  }

  @FieldResolver(() => [Treatment], { description: 'Treatments this article is tagged with.' })
  treatments(@Root() article: Article, @Ctx() ctx: GraphQLContext): Treatment[] | Promise<Treatment[]> {
    return prefetchedOr(article, 'treatments', () => ctx.loaders.treatmentsByArticleId.load(article.id));
  }

  @FieldResolver(() => [ScarType], { description: 'Scar types this article is tagged with.' })
  scarTypes(@Root() article: Article, @Ctx() ctx: GraphQLContext): ScarType[] | Promise<ScarType[]> {
    return prefetchedOr(article, 'scarTypes', () => ctx.loaders.scarTypesByArticleId.load(article.id));
  }

  @FieldResolver(() => [Topical], { description: 'Topicals this article is tagged with.' })
  topicals(@Root() article: Article, @Ctx() ctx: GraphQLContext): Topical[] | Promise<Topical[]> {
    return prefetchedOr(article, 'topicals', () => ctx.loaders.topicalsByArticleId.load(article.id));
  }

  @FieldResolver(() => [Citation], { description: 'Sources the article relies on.' })
  citations(@Root() article: Article, @Ctx() ctx: GraphQLContext): Citation[] | Promise<Citation[]> {
    return prefetchedOr(article, 'citations', () => ctx.loaders.citationsByArticleId.load(article.id));
  }
}
