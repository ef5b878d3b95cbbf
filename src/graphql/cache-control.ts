// Cache hints, in Apollo's `@cacheControl` vocabulary, and the cache policy of an operation
// computed from them once per document, not per resolved field: Apollo's own cache-control
// plugin wraps every field of every request to collect hints, which the catalog's hot path cannot
// afford (README, "Benchmark"). The rules are Apollo's (https://www.apollographql.com/docs/apollo-server/performance/caching):
//
// - a field's hint wins over its type's; a type's hint applies to every field returning it;
// - root fields and fields returning an object, interface or union without a maxAge get 0
//   (uncacheable), unless the field or type says `inheritMaxAge: true` (not allowed at the root);
// - scalar fields inherit; the operation's maxAge is the lowest of its fields, and it is PRIVATE
//   if any field is. Dynamic hints (`info.cacheControl.setCacheHint`) are not supported: policies
//   come from the schema and the document alone, so every selected field counts, even one whose
//   parent turns out null at run time (a stricter policy, never a laxer one).
import {
  DirectiveLocation,
  DocumentNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLBoolean,
  GraphQLCompositeType,
  GraphQLDirective,
  GraphQLEnumType,
  GraphQLInt,
  GraphQLSchema,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { Directive } from 'type-graphql';

/** How long storefront content may be cached (by this server's response cache, CDNs and browsers). */
export const STOREFRONT_MAX_AGE_SECONDS = 60;

export type CacheScope = 'PUBLIC' | 'PRIVATE';

export interface CacheHint {
  maxAge?: number;
  scope?: CacheScope;
  inheritMaxAge?: boolean;
}

export interface CachePolicy {
  /** Undefined: nothing restricted it (only `__typename` selected): not cacheable either. */
  maxAge: number | undefined;
  scope: CacheScope;
}

const CacheControlScope = new GraphQLEnumType({
  name: 'CacheControlScope',
  description: 'Who may cache a response: any cache (PUBLIC) or only the caller’s own (PRIVATE).',
  values: { PUBLIC: { value: 'PUBLIC' }, PRIVATE: { value: 'PRIVATE' } },
});

/** Apollo's directive definition, so the hints are part of the schema's vocabulary. */
export const cacheControlDirective = new GraphQLDirective({
  name: 'cacheControl',
  description: 'How long, and by whom, a field or every field returning this type may be cached (see the README, "Caching").',
  locations: [DirectiveLocation.FIELD_DEFINITION, DirectiveLocation.OBJECT, DirectiveLocation.INTERFACE, DirectiveLocation.UNION],
  args: {
    maxAge: { type: GraphQLInt },
    scope: { type: CacheControlScope },
    inheritMaxAge: { type: GraphQLBoolean },
  },
});

/** `@cacheControl(...)` on a type, a field or a query (type-graphql's `@Directive`). */
export function CacheControl(hint: CacheHint): MethodDecorator & PropertyDecorator & ClassDecorator {
  const args = [
    hint.maxAge !== undefined ? `maxAge: ${hint.maxAge}` : null,
    hint.scope ? `scope: ${hint.scope}` : null,
    hint.inheritMaxAge ? 'inheritMaxAge: true' : null,
  ].filter((arg) => arg !== null);
  return Directive(`@cacheControl(${args.join(', ')})`);
}

/** Published storefront content: `@cacheControl(maxAge: 60)`. */
export const StorefrontCacheable = () => CacheControl({ maxAge: STOREFRONT_MAX_AGE_SECONDS });

/** Wrappers (connections, edges, views) that are as cacheable as whatever holds them. */
export const InheritsCacheAge = () => CacheControl({ inheritMaxAge: true });

interface WithAstNode {
  astNode?: {
    directives?: readonly { name: { value: string }; arguments?: readonly { name: { value: string }; value: { kind: string } }[] }[];
  } | null;
}

const hints = new WeakMap<object, CacheHint>();

/** The `@cacheControl` hint of a type or field (empty when it has none). */
export function cacheHintOf(element: WithAstNode): CacheHint {
  let hint = hints.get(element);
  if (!hint) {
    hint = {};
    const directive = element.astNode?.directives?.find((d) => d.name.value === 'cacheControl');
    for (const argument of directive?.arguments ?? []) {
      const value = argument.value as { kind: string; value?: string };
      if (argument.name.value === 'maxAge' && value.kind === Kind.INT) hint.maxAge = Number(value.value);
      if (argument.name.value === 'scope' && value.kind === Kind.ENUM) hint.scope = value.value as CacheScope;
      if (argument.name.value === 'inheritMaxAge' && value.kind === Kind.BOOLEAN) hint.inheritMaxAge = (value as unknown as { value: boolean }).value;
    }
    hints.set(element, hint);
  }
  return hint;
}

/** The operation's policy from the schema's hints (memoised per document: Apollo reuses parsed documents). */
export function operationCachePolicy(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): CachePolicy {
  let byOperation = policies.get(document);
  if (!byOperation) policies.set(document, (byOperation = new Map<string, CachePolicy>()));
  const key = operation.name?.value ?? '';
  let policy = byOperation.get(key);
  if (!policy) byOperation.set(key, (policy = computePolicy(schema, document, operation)));
  return policy;
}

const policies = new WeakMap<DocumentNode, Map<string, CachePolicy>>();

function computePolicy(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): CachePolicy {
  const overall: CachePolicy = { maxAge: undefined, scope: 'PUBLIC' };
  const restrict = (maxAge: number | undefined, scope: CacheScope | undefined) => {
    if (maxAge !== undefined && (overall.maxAge === undefined || maxAge < overall.maxAge)) overall.maxAge = maxAge;
    if (scope === 'PRIVATE') overall.scope = 'PRIVATE';
  };
  const root = schema.getRootType(operation.operation);
  if (!root) return { maxAge: 0, scope: 'PUBLIC' };
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  // A fragment adds nothing the second time it is walked at the same level (restricting is idempotent).
  const walked = new Set<string>();

  const walk = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, atRoot: boolean): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name === '__typename') continue;
        if (name.startsWith('__')) {
          // Introspection (__schema, __type) is never cached.
          restrict(0, undefined);
          continue;
        }
        if (!isObjectType(parent) && !isInterfaceType(parent)) continue;
        const field = parent.getFields()[name];
        if (!field) continue;
        const target = getNamedType(field.type);
        let maxAge: number | undefined;
        let scope: CacheScope | undefined;
        let inherit = false;
        if (isCompositeType(target)) {
          const typeHint = cacheHintOf(target);
          ({ maxAge, scope } = typeHint);
          inherit = typeHint.inheritMaxAge === true;
        }
        const fieldHint = cacheHintOf(field);
        if (fieldHint.inheritMaxAge && maxAge === undefined) {
          inherit = true;
          scope = fieldHint.scope ?? scope;
        } else {
          maxAge = fieldHint.maxAge ?? maxAge;
          scope = fieldHint.scope ?? scope;
        }
        if (maxAge === undefined && ((isCompositeType(target) && !inherit) || atRoot)) maxAge = 0;
        restrict(maxAge, scope);
        if (selection.selectionSet && isCompositeType(target)) walk(selection.selectionSet, target, false);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) walk(selection.selectionSet, type, atRoot);
      } else {
        const fragment = fragments.get(selection.name.value);
        const key = `${selection.name.value}:${atRoot}`;
        if (!fragment || walked.has(key)) continue;
        walked.add(key);
        const type = schema.getType(fragment.typeCondition.name.value);
        if (type && isCompositeType(type)) walk(fragment.selectionSet, type, atRoot);
      }
    }
  };
  walk(operation.selectionSet, root, true);
  return overall;
}
