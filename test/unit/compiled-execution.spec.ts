// The gateway executor of src/graphql/compiled-execution.ts on a tiny schema: which runs of a
// document are interpreted (graphql-js) and which compiled (graphql-jit), and that the compiled
// path answers errors the way graphql-js does.
import type { GatewayExecutor, GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import {
  buildSchema,
  DocumentNode,
  execute,
  ExecutionResult,
  GraphQLError,
  GraphQLObjectType,
  GraphQLSchema,
  OperationDefinitionNode,
  parse,
} from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { compiledExecution } from '../../src/graphql/compiled-execution';

type Path = 'interpreted' | 'compiled' | 'unknown';

/** Which executor called the resolver: graphql-js's executeField frame, or graphql-jit's generated code. */
function callerPath(stack: string): Path {
  if (/graphql[\\/]execution[\\/]execute\.js/.test(stack)) return 'interpreted';
  if (/graphql-jit/.test(stack)) return 'compiled';
  return 'unknown';
}

class Boom extends Error {}

function makeSchema(): { schema: GraphQLSchema; paths: Path[]; thrown: Boom[] } {
  const schema = buildSchema(`
    type Item { id: Int! name: String required: String! }
    type Query {
      whoRan: String!
      double(n: Int!): Int!
      items: [Item!]!
      looseItems: [Item]
      coded: String
    }
  `);
  const paths: Path[] = [];
  const thrown: Boom[] = [];
  const fields = schema.getQueryType()!.getFields();
  fields.whoRan.resolve = () => {
    const path = callerPath(new Error().stack ?? '');
    paths.push(path);
    return path;
  };
  fields.double.resolve = (_root, args: { n: number }) => args.n * 2;
  fields.items.resolve = () => [{ id: 1 }, { id: 2 }];
  fields.looseItems.resolve = async () => [{ id: 1 }, { id: 2 }, { id: 3 }];
  // The second item's name fails: a field error inside a list item.
  const itemFields = (schema.getType('Item') as GraphQLObjectType).getFields();
  // Only item 1 has it: a null where the schema promises none.
  itemFields.required.resolve = async (value: { id: number }) => (value.id === 1 ? 'present' : null);
  itemFields.name.resolve = (value: { id: number }) => {
    if (value.id === 1) return 'one';
    const error = new Boom('no name for item 2');
    thrown.push(error);
    throw error;
  };
  fields.coded.resolve = () => {
    throw new GraphQLError('coded failure', { extensions: { code: 'TEAPOT', detail: 42 } });
  };
  return { schema, paths, thrown };
}

interface Request {
  document: DocumentNode;
  operation: OperationDefinitionNode;
}

function request(text: string): Request {
  const document = parse(text);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  return { document, operation };
}

async function executorFor(schema: GraphQLSchema, compileAfterRuns: number): Promise<GatewayExecutor> {
  const { executor } = await compiledExecution(schema, { compileAfterRuns }).load({ apollo: {} });
  return executor!;
}

/** Calls the executor as Apollo does: the same document and operation objects for a repeated query. */
function run(executor: GatewayExecutor, { document, operation }: Request, variables?: Record<string, unknown>): Promise<ExecutionResult> {
  return executor({ request: { variables }, document, operation, context: {} } as unknown as GatewayGraphQLRequestContext);
}

const WHO = '{ whoRan }';

describe('the discriminator', () => {
  it('tells graphql-js from graphql-jit', async () => {
    const { schema, paths } = makeSchema();
    const { document } = request(WHO);
    await execute({ schema, document });
    const compiled = compileQuery(schema, document);
    if (!isCompiledQuery(compiled)) throw new Error('graphql-jit did not compile the test query');
    await compiled.query(undefined, {}, {});
    expect(paths).toEqual(['interpreted', 'compiled']);
  });
});

describe('when an operation is compiled', () => {
  it.each([
    [2, ['interpreted', 'compiled', 'compiled']],
    [1, ['compiled', 'compiled', 'compiled']],
    [3, ['interpreted', 'interpreted', 'compiled']],
    [0, ['interpreted', 'interpreted', 'interpreted']],
  ])('compileAfterRuns %i: three runs of one document take %j', async (compileAfterRuns, expected) => {
    const { schema, paths } = makeSchema();
    const executor = await executorFor(schema, compileAfterRuns);
    const who = request(WHO);
    for (let i = 0; i < 3; i += 1) expect(await run(executor, who)).toEqual({ data: { whoRan: expected[i] } });
    expect(paths).toEqual(expected);
  });

  it('never compiles with 0, however often a document runs', async () => {
    const { schema, paths } = makeSchema();
    const executor = await executorFor(schema, 0);
    const who = request(WHO);
    for (let i = 0; i < 20; i += 1) await run(executor, who);
    expect(new Set(paths)).toEqual(new Set(['interpreted']));
  });

  it('counts a new parse of the same text separately', async () => {
    const { schema, paths } = makeSchema();
    const executor = await executorFor(schema, 2);
    const first = request(WHO);
    const second = request(WHO);
    await run(executor, first);
    await run(executor, second);
    await run(executor, first);
    await run(executor, second);
    expect(paths).toEqual(['interpreted', 'interpreted', 'compiled', 'compiled']);
  });

  it('keeps executors of separate gateways apart', async () => {
    const { schema, paths } = makeSchema();
    const one = await executorFor(schema, 2);
    const other = await executorFor(schema, 2);
    const who = request(WHO);
    await run(one, who);
    await run(other, who);
    expect(paths).toEqual(['interpreted', 'interpreted']);
  });
});

describe('the compiled path answers as graphql-js does', () => {
  const DOUBLE = 'query Double($n: Int!) { double(n: $n) }';

  it('coerces variables: the answer for good ones', async () => {
    const { schema } = makeSchema();
    const executor = await executorFor(schema, 1);
    const double = request(DOUBLE);
    expect(await run(executor, double, { n: 21 })).toEqual({ data: { double: 42 } });
    expect(await run(executor, double, { n: 4 })).toEqual({ data: { double: 8 } });
  });

  it.each([
    ['of the wrong type', { n: 'ten' }],
    ['missing', {}],
    ['null for a non-null type', { n: null }],
    ['out of range', { n: 2 ** 40 }],
  ])('variable %s: graphql-js errors, no data', async (_name, variables) => {
    const { schema } = makeSchema();
    const executor = await executorFor(schema, 1);
    const double = request(DOUBLE);
    const reference = await execute({ schema, document: double.document, variableValues: variables });
    expect(reference.errors).toHaveLength(1);
    for (let i = 0; i < 2; i += 1) {
      const result = await run(executor, double, variables);
      expect(result).not.toHaveProperty('data');
      expect(result.errors!.map((error) => error instanceof GraphQLError)).toEqual([true]);
      expect(result.errors!.map((error) => error.toJSON())).toEqual(reference.errors!.map((error) => error.toJSON()));
    }
  });

  it('fills in the default of a non-null input field a variable leaves out, as graphql-js does (it runs those)', async () => {
    const schema = buildSchema(`
      enum Direction { ASC DESC }
      input Order { field: String! direction: Direction! = DESC }
      type Query { sorted(order: Order): String! }
    `);
    const paths: Path[] = [];
    schema.getQueryType()!.getFields().sorted.resolve = (_root, args: { order: { field: string; direction: string } }) => {
      paths.push(callerPath(new Error().stack ?? ''));
      return `${args.order.field} ${args.order.direction}`;
    };
    const executor = await executorFor(schema, 1);
    const sorted = request('query($order: Order) { sorted(order: $order) }');
    // graphql-jit alone refuses this variable ("direction ... was not provided").
    expect(await run(executor, sorted, { order: { field: 'price' } })).toEqual({ data: { sorted: 'price DESC' } });
    expect(await run(executor, sorted, { order: { field: 'price', direction: 'ASC' } })).toEqual({ data: { sorted: 'price ASC' } });
    expect(paths).toEqual(['interpreted', 'compiled']);
  });

  it('turns a resolver error in a list item into a GraphQLError with path, locations and the thrown error', async () => {
    const { schema, thrown } = makeSchema();
    const items = request('{ items { id name } }');
    const interpreted = await run(await executorFor(schema, 0), items);
    const compiled = await run(await executorFor(schema, 1), items);
    expect(thrown).toHaveLength(2);

    expect(compiled.data).toEqual({
      items: [
        { id: 1, name: 'one' },
        { id: 2, name: null },
      ],
    });
    expect(compiled.data).toEqual(interpreted.data);
    const [error] = compiled.errors!;
    expect(compiled.errors).toHaveLength(1);
    expect(error).toBeInstanceOf(GraphQLError);
    // Apollo's error formatting reads extensions: an object even where the cause has none.
    expect(error.extensions).toEqual({});
    expect(error.message).toBe('no name for item 2');
    expect(error.path).toEqual(['items', 1, 'name']);
    expect(error.locations).toEqual([{ line: 1, column: 14 }]);
    expect(error.originalError).toBe(thrown[1]);
    expect(error.toJSON()).toEqual(interpreted.errors![0].toJSON());
  });

  it('keeps the extensions of a GraphQLError a resolver throws', async () => {
    const { schema } = makeSchema();
    const coded = request('{ coded }');
    const interpreted = await run(await executorFor(schema, 0), coded);
    const compiled = await run(await executorFor(schema, 1), coded);
    const [error] = compiled.errors!;
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.extensions).toEqual({ code: 'TEAPOT', detail: 42 });
    expect(error.path).toEqual(['coded']);
    expect(compiled).toEqual({ data: { coded: null }, errors: [expect.anything()] });
    expect(error.toJSON()).toEqual(interpreted.errors![0].toJSON());
    expect(compiled.data).toEqual(interpreted.data);
  });
});

describe('null propagation and errors, compared with graphql-js', () => {
  it.each([
    ['a null for a non-null field in a nullable list item', '{ looseItems { id required } }'],
    ['a null for a non-null field in a non-null list', '{ items { id required } whoRan }'],
    ['an error beside a null, in nullable list items', '{ looseItems { id name required } }'],
    ['errors under aliases in several fields', '{ a: looseItems { name } b: items { name } c: coded }'],
  ])('%s', async (_name, text) => {
    const { schema } = makeSchema();
    const query = request(text);
    const interpreted = await run(await executorFor(schema, 0), query);
    const compiled = await run(await executorFor(schema, 1), query);
    expect(interpreted.errors!.length).toBeGreaterThan(0);
    expect(compiled.data).toEqual(interpreted.data);
    expect(compiled.errors!.every((error) => error instanceof GraphQLError && typeof error.extensions === 'object')).toBe(true);
    expect(compiled.errors!.map((error) => error.toJSON())).toEqual(interpreted.errors!.map((error) => error.toJSON()));
  });
});

describe('loading', () => {
  it('hands the schema to the onSchemaLoadOrUpdate callback during load', async () => {
    const { schema } = makeSchema();
    const gateway = compiledExecution(schema, { compileAfterRuns: 2 });
    const callback = jest.fn();
    gateway.onSchemaLoadOrUpdate(callback);
    expect(callback).not.toHaveBeenCalled();
    const loaded = await gateway.load({ apollo: {} });
    expect(callback).toHaveBeenCalledTimes(1);
    expect(callback.mock.calls[0][0].apiSchema).toBe(schema);
    expect(callback.mock.calls[0][0].coreSupergraphSdl).toContain('whoRan: String!');
    expect(loaded.executor).toEqual(expect.any(Function));
    await gateway.stop();
  });

  it('stops calling a callback that unsubscribed', async () => {
    const { schema } = makeSchema();
    const gateway = compiledExecution(schema, { compileAfterRuns: 2 });
    const callback = jest.fn();
    const unsubscribe = gateway.onSchemaLoadOrUpdate(callback);
    unsubscribe();
    await gateway.load({ apollo: {} });
    expect(callback).not.toHaveBeenCalled();
  });
});
