// Operations run as functions compiled by graphql-jit once they repeat. graphql-js interprets every
// field of every answer (field lookup, a resolve-info object, argument parsing, completion by
// type): about a fifth of the CPU of a catalog page of ~1,900 fields. A compiled operation does that
// work once. Apollo Server 5 only takes another executor through its gateway interface, so this is
// a "gateway" that serves our own schema.
//
// What stays graphql-js's: parsing and validation (Apollo, before this), variable coercion (so
// errors about variables read as they always did, with Apollo's 400 and BAD_USER_INPUT), and the
// first `compileAfterRuns - 1` executions of a document: compiling costs more than interpreting a
// query that is sent once.
import type {
  GatewayExecutor,
  GatewayGraphQLRequestContext,
  GatewayInterface,
  GatewaySchemaLoadOrUpdateCallback,
} from '@apollo/server-gateway-interface';
import { execute, getVariableValues, GraphQLError, GraphQLSchema, OperationDefinitionNode, printSchema } from 'graphql';
import { compileQuery, CompiledQuery, isCompiledQuery } from 'graphql-jit';

export interface CompiledExecutionOptions {
  /** Compile an operation on its n-th execution; 0: never (graphql-js runs everything). */
  compileAfterRuns: number;
}

interface OperationState {
  runs: number;
  /** null: graphql-jit could not compile it; graphql-js keeps running it. */
  compiled?: CompiledQuery | null;
}

export function compiledExecution(schema: GraphQLSchema, options: CompiledExecutionOptions): GatewayInterface {
  // Keyed by the parsed operation: Apollo keeps one parsed document per query text (its document
  // store), so a repeated query meets the same node, and an evicted document takes its function along.
  const operations = new WeakMap<OperationDefinitionNode, OperationState>();

  const compiledFor = (request: GatewayGraphQLRequestContext): CompiledQuery | null => {
    if (options.compileAfterRuns === 0) return null;
    let state = operations.get(request.operation);
    if (!state) operations.set(request.operation, (state = { runs: 0 }));
    if (state.compiled !== undefined) return state.compiled;
    if (++state.runs < options.compileAfterRuns) return null;
    const compiled = compileQuery(schema, request.document, request.operation.name?.value, { disablingCapturingStackErrors: true });
    state.compiled = isCompiledQuery(compiled) ? compiled : null;
    return state.compiled;
  };

  const interpret = (request: GatewayGraphQLRequestContext, variableValues: Record<string, unknown>) =>
    execute({ schema, document: request.document, contextValue: request.context, variableValues, operationName: request.operation.name?.value });

  const executor: GatewayExecutor = async (request) => {
    const variableValues = request.request.variables ?? {};
    const compiled = compiledFor(request);
    if (!compiled) return interpret(request, variableValues);
    if (request.operation.variableDefinitions?.length) {
      const coerced = getVariableValues(schema, request.operation.variableDefinitions, variableValues, { maxErrors: 50 });
      if (coerced.errors) return { errors: coerced.errors };
    }
    const result = await compiled.query(undefined, request.context, variableValues);
    // No data at all: graphql-jit refused variables graphql-js accepted, before running anything.
    // Known case: it does not fill in the default of a non-null input field a variable leaves out.
    if (!('data' in result)) return interpret(request, variableValues);
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };

  let onLoad: GatewaySchemaLoadOrUpdateCallback | null = null;
  return {
    onSchemaLoadOrUpdate(callback) {
      onLoad = callback;
      return () => (onLoad = null);
    },
    async load() {
      onLoad?.({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return { schema, executor };
    },
    async stop() {},
  };
}

/**
 * graphql-jit's errors only look like GraphQLErrors: `extensions` is missing where the cause has
 * none, which Apollo's error formatting does not survive. The same error, made by graphql-js.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const { message, path, originalError, extensions, locations } = error;
  return Object.assign(new GraphQLError(message, { path, originalError: originalError ?? undefined, extensions: extensions ?? undefined }), {
    locations,
  });
}
