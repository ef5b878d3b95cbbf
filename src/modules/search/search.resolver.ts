import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { StorefrontCacheable } from '../../graphql/cache-control';
import { GraphQLContext } from '../../graphql/context';
import { SearchArgs } from './search.inputs';
import { SearchConnection, SearchPage } from './search.types';

@Resolver()
export class SearchResolver {
  @Query(() => SearchConnection, {
    description:
      'Full-text search across products, articles, treatments, topicals and scar types (published ones; drafts too for editors), ' +
      'most relevant first, with facet counts. Matches names, INCI aliases (a product also through its topicals) and text; ' +
      'the last word as a prefix while typing; small typos in names and titles of 4+ characters.',
  })
  @StorefrontCacheable()
  search(@Args() args: SearchArgs, @Ctx() ctx: GraphQLContext): Promise<SearchPage> {
    return ctx.services.search.search(ctx, args);
  }
}
