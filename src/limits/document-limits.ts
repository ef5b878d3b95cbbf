// Limits on the shape of a document, checked while it is parsed and validated (once per distinct
// document: Apollo caches parsed and validated documents, so repeated queries pay nothing again).
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { LimitsConfig } from '../config';

export function documentLimits(limits: LimitsConfig) {
  const armor = new ApolloArmor({
    // Fragments add no depth: only the nesting of fields counts. `__schema` is left to
    // graphql-js's own MaxIntrospectionDepthRule (and is off in production).
    maxDepth: { n: limits.maxDepth, flattenFragments: true },
    // `__typename` aliases count too (Armor's default lets any number through).
    maxAliases: { n: limits.maxAliases, allowList: [] },
    maxDirectives: { n: limits.maxDirectives },
    // graphql-js counts tokens itself while parsing (parseOptions below), without Armor's second parse.
    maxTokens: { enabled: false },
    // Cost is estimated with the request's variables by costLimitsPlugin, not from literals only.
    costLimit: { enabled: false },
    // Apollo's hideSchemaDetailsFromClientErrors removes suggestions, and can be turned back on.
    blockFieldSuggestion: { enabled: false },
  });
  const { validationRules } = armor.protect();
  return { validationRules, parseOptions: { maxTokens: limits.maxTokens } };
}
