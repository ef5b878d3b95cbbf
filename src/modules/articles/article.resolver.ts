import { Args, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Article, Citation, ScarType, Topical, Treatment } from '../../entities';
import { GraphQLContext } from '../../graphql/context';
import { InheritsCacheAge, StorefrontCacheable } from '../../graphql/cache-control';
import { ConnectionType, Page } from '../../graphql/pagination';
import { SlugArgs } from '../catalog/catalog.resolver';
import { ArticlesArgs } from './article.inputs';

@ObjectType()
@InheritsCacheAge()
export class ArticleConnection extends ConnectionType(Article, 'Article') {}

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => ArticleConnection, { description: 'Published articles, newest first by default.' })
  @StorefrontCacheable()
  articles(@Args() args: ArticlesArgs, @Ctx() ctx: GraphQLContext): Promise<Page<Article>> {
    return ctx.services.articles.articles(ctx, args);
  }

  @Query(() => Article, { nullable: true, description: 'An article by slug; null when unknown.' })
  article(@Args() { slug }: SlugArgs, @Ctx() ctx: GraphQLContext): Promise<Article | null> {
    return ctx.services.articles.articleBySlug(ctx, slug);
  }

  @FieldResolver(() => [Treatment], { description: 'Treatments this article is tagged with.' })
  treatments(@Root() article: Article, @Ctx() ctx: GraphQLContext): Promise<Treatment[]> {
    return ctx.loaders.treatmentsByArticleId.load(article.id);
  }

  @FieldResolver(() => [ScarType], { description: 'Scar types this article is tagged with.' })
  scarTypes(@Root() article: Article, @Ctx() ctx: GraphQLContext): Promise<ScarType[]> {
    return ctx.loaders.scarTypesByArticleId.load(article.id);
  }

  @FieldResolver(() => [Topical], { description: 'Topicals this article is tagged with.' })
  topicals(@Root() article: Article, @Ctx() ctx: GraphQLContext): Promise<Topical[]> {
    return ctx.loaders.topicalsByArticleId.load(article.id);
  }

  @FieldResolver(() => [Citation], { description: 'Sources the article relies on.' })
  citations(@Root() article: Article, @Ctx() ctx: GraphQLContext): Promise<Citation[]> {
    return ctx.loaders.citationsByArticleId.load(article.id);
  }
}
