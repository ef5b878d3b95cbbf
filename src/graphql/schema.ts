import './enums';
import { GraphQLSchema, lexicographicSortSchema, printSchema, specifiedDirectives } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './access';
import { AuthResolver, UserAdminResolver } from '../modules/auth/auth.resolver';
import { ArticleResolver } from '../modules/articles/article.resolver';
import { BrandResolver, ScarTypeResolver, TopicalResolver, TreatmentResolver } from '../modules/catalog/catalog.resolver';
import { CONTENT_MUTATION_RESOLVERS, EditorialResolver } from '../modules/editorial/editorial.resolver';
import { KnowledgeImportResolver } from '../modules/knowledge/knowledge.resolver';
import { ProductIngredientResolver, ProductResolver } from '../modules/products/product.resolver';
import { RegimenResolver } from '../modules/regimen/regimen.resolver';
import {
  EditorialEntryStaffResolver,
  ReviewQueueEntryResolver,
  ReviewResolver,
  RevisionStaffResolver,
  StaffNameResolver,
} from '../modules/review/review.resolver';
import { PartnerAppResolver, PartnerKeyResolver } from '../modules/partners/partner-app.resolver';
import { CompatibilityRuleResolver } from '../modules/rules/rule.resolver';
import { SearchResolver } from '../modules/search/search.resolver';
import { WebhookResolver } from '../modules/webhooks/webhook.resolver';
import { cacheControlDirective } from './cache-control';
import { DateTimeScalar } from './scalars';

export const RESOLVERS = [
  TreatmentResolver,
  ScarTypeResolver,
  TopicalResolver,
  BrandResolver,
  ProductResolver,
  ProductIngredientResolver,
  ArticleResolver,
  SearchResolver,
  CompatibilityRuleResolver,
  RegimenResolver,
  KnowledgeImportResolver,
  WebhookResolver,
  AuthResolver,
  UserAdminResolver,
  PartnerAppResolver,
  PartnerKeyResolver,
  EditorialResolver,
  ...CONTENT_MUTATION_RESOLVERS,
  ReviewResolver,
  ReviewQueueEntryResolver,
  EditorialEntryStaffResolver,
  RevisionStaffResolver,
  StaffNameResolver,
] as const;

/**
 * Object types are declared with `simpleResolvers: true`: their plain fields are read by graphql's
 * default resolver rather than through type-graphql's middleware chain (none of them has @Authorized
 * or middlewares; logic lives in @FieldResolver methods, which are unaffected).
 */
export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    validate: true,
    authChecker,
    authMode: 'error',
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    // @cacheControl hints are read from the types and fields (src/graphql/cache-control.ts).
    directives: [...specifiedDirectives, cacheControlDirective],
  });
}

/** The SDL committed as schema/schema.graphql (sorted, so the file is stable). */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
