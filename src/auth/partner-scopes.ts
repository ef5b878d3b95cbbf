// What a partner key may call. Deny by default: a partner may run only the root query fields listed
// here, each under its scope, so a field added later stays closed to partners until it is listed.
import type { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, FragmentDefinitionNode, Kind, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import { ForbiddenError, requestFailure } from '../graphql/errors';
import { Viewer } from './viewer';

export enum PartnerScope {
  /** The storefront reads: treatments, scar types, topicals, brands, products, articles, rules, search. */
  CATALOG_READ = 'catalog:read',
  /** recommendRegimen and checkRoutine. */
  REGIMEN_READ = 'regimen:read',
}

export const PARTNER_SCOPES: readonly PartnerScope[] = Object.values(PartnerScope);

/** Root query fields a partner may call, and the scope each needs. `__typename` needs none. */
export const PARTNER_QUERY_SCOPES: Readonly<Record<string, PartnerScope>> = Object.freeze({
  treatments: PartnerScope.CATALOG_READ,
  treatment: PartnerScope.CATALOG_READ,
  scarTypes: PartnerScope.CATALOG_READ,
  scarType: PartnerScope.CATALOG_READ,
  topicals: PartnerScope.CATALOG_READ,
  topical: PartnerScope.CATALOG_READ,
  brands: PartnerScope.CATALOG_READ,
  brand: PartnerScope.CATALOG_READ,
  products: PartnerScope.CATALOG_READ,
  product: PartnerScope.CATALOG_READ,
  articles: PartnerScope.CATALOG_READ,
  article: PartnerScope.CATALOG_READ,
  compatibilityRules: PartnerScope.CATALOG_READ,
  search: PartnerScope.CATALOG_READ,
  recommendRegimen: PartnerScope.REGIMEN_READ,
  checkRoutine: PartnerScope.REGIMEN_READ,
});

/** The root fields an operation selects, through fragments. */
export function rootFields(document: DocumentNode, operation: OperationDefinitionNode): string[] {
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const seen = new Set<string>();
  const collect = (selectionSet: SelectionSetNode): string[] =>
    selectionSet.selections.flatMap((selection) => {
      if (selection.kind === Kind.FIELD) return [selection.name.value];
      if (selection.kind === Kind.INLINE_FRAGMENT) return collect(selection.selectionSet);
      const fragment = fragments.get(selection.name.value);
      if (!fragment || seen.has(selection.name.value)) return [];
      seen.add(selection.name.value);
      return collect(fragment.selectionSet);
    });
  return collect(operation.selectionSet);
}

/** The first problem with a partner running this operation, or null when it may. */
export function partnerRefusal(scopes: readonly PartnerScope[], document: DocumentNode, operation: OperationDefinitionNode): string | null {
  if (operation.operation !== 'query') return `Partner keys may only run queries, not a ${operation.operation}`;
  for (const field of rootFields(document, operation)) {
    if (field === '__typename') continue;
    const scope = PARTNER_QUERY_SCOPES[field];
    if (scope === undefined) return `Partner keys may not query ${field}`;
    if (!scopes.includes(scope)) return `This key lacks the ${scope} scope that ${field} requires`;
  }
  return null;
}

/** Refuses (403, FORBIDDEN) a partner's operation outside its scopes before anything executes. */
export function partnerScopesEnforced(): ApolloServerPlugin<{ viewer: Viewer }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, operation }) {
          const viewer = contextValue.viewer;
          if (viewer.kind !== 'partner' || !operation) return;
          const refusal = partnerRefusal(viewer.scopes, document, operation);
          if (refusal) throw requestFailure(new ForbiddenError(refusal), 403);
        },
      };
    },
  };
}
