// What an operation costs before it runs: graphql-query-complexity with the variables of the
// request, so `products(first: $n)` is priced by the value of $n, not by a literal in the document.
import { DocumentNode, GraphQLError, GraphQLSchema, getNamedType, getNullableType, getOperationAST, isCompositeType, isListType } from 'graphql';
import { ComplexityEstimator, fieldExtensionsEstimator, getComplexity } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from '../graphql/pagination';

/** Flat price of `__schema` / `__type` (their depth is bounded by graphql-js's MaxIntrospectionDepthRule). */
const INTROSPECTION_COST = 10;
/** Fields evaluated before the walk gives up (a guard against pathological documents). */
const MAX_QUERY_NODES = 10_000;

/**
 * Counts the objects a query may return. Scalar and enum fields are free (they come with their
 * object); every object field costs 1 plus its children. A field with a `first` argument
 * multiplies its children by that value, or by `last` (its default page size when both are absent), a list without one
 * by `listSizeEstimate`. A field may set its own price with type-graphql's `@Field({ complexity })`.
 */
export function listAwareEstimator(listSizeEstimate: number): ComplexityEstimator {
  return ({ field, args, childComplexity }) => {
    if (field.name.startsWith('__')) return field.name === '__typename' ? 0 : INTROSPECTION_COST;
    if (!isCompositeType(getNamedType(field.type))) return 0;
    if (field.args.some((arg) => arg.name === 'first')) {
      // A page counted back from the end (`last`) costs the same as one counted from the start.
      const pageSize = typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : DEFAULT_PAGE_SIZE;
      // Never below 1: a negative page size must not make a query look cheaper than it is.
      return 1 + Math.max(1, pageSize) * childComplexity;
    }
    if (isListType(getNullableType(field.type))) return 1 + listSizeEstimate * childComplexity;
    return 1 + childComplexity;
  };
}

export class QueryCostError extends Error {}

export interface CostInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName: string | undefined;
  variables: Record<string, unknown> | undefined;
  listSizeEstimate: number;
}

/**
 * Costs already worked out, per parsed document (Apollo keeps one DocumentNode per query text, so a
 * repeated query is priced once per distinct operation and variable values). Keyed by the variables
 * the operation declares only (others cannot change its cost); long keys are not kept, and the whole
 * memo starts over past MAX_KNOWN_COSTS entries, so no client can make it grow.
 */
let knownCosts = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, number>>>();
let knownCount = 0;
const MAX_KNOWN_COSTS = 5_000;
const MAX_KEY_LENGTH = 1_024;

/**
 * The operation's cost. Variable values that do not fit their types throw a GraphQLError (a client
 * error, like the one execution would report); a document too large to price throws QueryCostError.
 */
export function queryCost(input: CostInput): number {
  const operation = getOperationAST(input.document, input.operationName);
  const variables = input.variables ?? {};
  // An object, so that an omitted variable (its default applies) and an explicit null stay apart.
  const declared = Object.fromEntries(
    (operation?.variableDefinitions ?? []).map(({ variable }) => [variable.name.value, variables[variable.name.value]]),
  );
  const key = JSON.stringify([input.operationName ?? null, declared, input.listSizeEstimate]);
  if (key.length > MAX_KEY_LENGTH) return computeCost(input);
  const cached = knownCosts.get(input.schema)?.get(input.document)?.get(key);
  if (cached !== undefined) return cached;
  const cost = computeCost(input);
  if (knownCount >= MAX_KNOWN_COSTS) {
    knownCosts = new WeakMap();
    knownCount = 0;
  }
  memoOf(input.schema, input.document).set(key, cost);
  knownCount += 1;
  return cost;
}

function memoOf(schema: GraphQLSchema, document: DocumentNode): Map<string, number> {
  let bySchema = knownCosts.get(schema);
  if (!bySchema) knownCosts.set(schema, (bySchema = new WeakMap()));
  let known = bySchema.get(document);
  if (!known) bySchema.set(document, (known = new Map<string, number>()));
  return known;
}

function computeCost(input: CostInput): number {
  try {
    return getComplexity({
      schema: input.schema,
      query: input.document,
      operationName: input.operationName,
      variables: input.variables ?? {},
      estimators: [fieldExtensionsEstimator(), listAwareEstimator(input.listSizeEstimate)],
      maxQueryNodes: MAX_QUERY_NODES,
    });
  } catch (error) {
    if (error instanceof GraphQLError && error.message.startsWith('Query exceeds the maximum allowed number of nodes')) {
      throw new QueryCostError(error.message);
    }
    throw error;
  }
}
