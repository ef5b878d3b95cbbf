import { buildSchema, parse } from 'graphql';
import { queryCost } from '../../src/limits/query-cost';

const schema = buildSchema(`
  type Item { id: ID! children(first: Int): [Item!]! }
  type Query { items(first: Int): [Item!]! }
`);
const document = parse(`query Items($n: Int = 10, $m: Int) { items(first: $n) { id children(first: $m) { id children(first: 1) { id } } } }`);
const cost = (variables?: Record<string, unknown>) => queryCost({ schema, document, operationName: 'Items', variables, listSizeEstimate: 10 });

describe('queryCost', () => {
  it('prices the same document by its variable values, also when asked again', () => {
    // items: 1 + n × (children: 1 + m × (grandchildren: 1)); scalars are free. An omitted $n takes
    // its default 10, a null one the default page size 20.
    for (let round = 0; round < 2; round += 1) {
      expect(cost({ n: 5, m: 2 })).toBe(1 + 5 * (1 + 2));
      expect(cost({ m: 2 })).toBe(1 + 10 * (1 + 2));
      expect(cost({ n: null, m: 2 })).toBe(1 + 20 * (1 + 2));
      expect(cost({ n: 5, m: 3 })).toBe(1 + 5 * (1 + 3));
    }
  });

  it('is not changed by variables the operation does not declare', () => {
    expect(cost({ n: 5, m: 2, junk: 'x'.repeat(50_000) })).toBe(cost({ n: 5, m: 2 }));
  });

  it('still refuses variable values that do not fit their types, every time', () => {
    expect(() => cost({ n: 'many' })).toThrow();
    expect(() => cost({ n: 'many' })).toThrow();
  });
});
