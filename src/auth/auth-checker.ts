// type-graphql's authChecker: `@Authorized(Permission.X)` on a resolver requires a signed-in user
// whose role grants every listed permission (`@Authorized()` alone: any signed-in user).
import type { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, FragmentDefinitionNode, Kind, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import type { AuthCheckerFn } from 'type-graphql';
import { ForbiddenError, requestFailure, UnauthenticatedError } from '../graphql/errors';
import { Permission, roleGrants } from './roles';
import { Viewer } from './viewer';

export const authChecker: AuthCheckerFn<{ viewer: Viewer }, Permission> = ({ context }, permissions) => {
  const { viewer } = context;
  if (viewer.kind === 'partner') throw new ForbiddenError('Partner keys may not do this');
  if (viewer.kind !== 'user') throw new UnauthenticatedError();
  if (!permissions.every((permission) => roleGrants(viewer.role, permission))) throw new ForbiddenError();
  return true;
};

/** The only mutations an anonymous caller may call. */
export const PUBLIC_MUTATIONS: ReadonlySet<string> = new Set(['login', 'refreshSession', 'logout', '__typename']);

function topLevelFields(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection.name.value];
    if (selection.kind === Kind.INLINE_FRAGMENT) return topLevelFields(selection.selectionSet, fragments, seen);
    const name = selection.name.value;
    const fragment = fragments.get(name);
    if (!fragment || seen.has(name)) return [];
    seen.add(name);
    return topLevelFields(fragment.selectionSet, fragments, seen);
  });
}

export function anonymousMayRun(document: DocumentNode, operation: OperationDefinitionNode): boolean {
  if (operation.operation !== 'mutation') return true;
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return topLevelFields(operation.selectionSet, fragments).every((field) => PUBLIC_MUTATIONS.has(field));
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
