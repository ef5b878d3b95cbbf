import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Permission } from '../../core/roles';
import { GraphQLContext } from '../../graphql/context';
import { KnowledgeImportDivergence } from './knowledge.types';

@Resolver()
export class KnowledgeImportResolver {
  @Authorized(Permission.PREVIEW)
  @Query(() => [KnowledgeImportDivergence], {
    description:
      'Shipped knowledge entries whose latest version was not imported because editors had changed or deleted them; ' +
      'compare with the knowledge files and bring the change over by hand where it applies.',
  })
  knowledgeImportDivergences(@Ctx() ctx: GraphQLContext): Promise<KnowledgeImportDivergence[]> {
    return ctx.services.knowledge.divergences();
  }
}
