// Who may run what, checked before anything executes: type-graphql's authChecker for @Authorized
// resolvers, and two safety nets that look at an operation's root fields.
import type { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, FragmentDefinitionNode, Kind, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import type { AuthCheckerFn } from 'type-graphql';
import { ForbiddenError, UnauthenticatedError } from '../core/errors';
import { PARTNER_QUERY_SCOPES, PartnerScope } from '../core/partner-scopes';
import { Permission, roleGrants } from '../core/roles';
import { Viewer } from '../core/viewer';
import { requestFailure } from './errors';

/** `@Authorized(Permission.X)` requires a signed-in user whose role grants every listed permission (`@Authorized()` alone: any signed-in user). */
export const authChecker: AuthCheckerFn<{ viewer: Viewer }, Permission> = ({ context }, permissions) => {
  const { viewer } = context;
  if (viewer.kind === 'partner') throw new ForbiddenError('Partner keys may not do this');
  if (viewer.kind !== 'user') throw new UnauthenticatedError();
  if (!permissions.every((permission) => roleGrants(viewer.role, permission))) throw new ForbiddenError();
  return true;
};

/** The root fields an operation selects, through fragments. */
function rootFields(document: DocumentNode, operation: OperationDefinitionNode): string[] {
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

/** The only mutations an anonymous caller may call. */
const PUBLIC_MUTATIONS: ReadonlySet<string> = new Set(['login', 'refreshSession', 'logout', '__typename']);

function anonymousMayRun(document: DocumentNode, operation: OperationDefinitionNode): boolean {
  return operation.operation !== 'mutation' || rootFields(document, operation).every((field) => PUBLIC_MUTATIONS.has(field));
}

/** The first problem with a partner running this operation, or null when it may. */
function partnerRefusal(scopes: readonly PartnerScope[], document: DocumentNode, operation: OperationDefinitionNode): string | null {
  if (operation.operation !== 'query') return `Partner keys may only run queries, not a ${operation.operation}`;
  for (const field of rootFields(document, operation)) {
    if (field === '__typename') continue;
    const scope = PARTNER_QUERY_SCOPES[field];
    if (scope === undefined) return `Partner keys may not query ${field}`;
    if (!scopes.includes(scope)) return `This key lacks the ${scope} scope that ${field} requires`;
  }
  return null;
}

/**
 * A safety net under @Authorized: an anonymous caller's mutation is refused (401, UNAUTHENTICATED)
 * before anything executes unless every field it selects is public, so a new mutation that forgets
 * @Authorized is still closed to anonymous callers.
 */
export function mutationsRequireSignIn(): ApolloServerPlugin<{ viewer: Viewer }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, operation }) {
          if (operation && contextValue.viewer.kind !== 'user' && !anonymousMayRun(document, operation)) {
            throw requestFailure(new UnauthenticatedError(), 401);
          }
        },
      };
    },
  };
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
