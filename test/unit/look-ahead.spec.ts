import { buildSchema, graphql, GraphQLResolveInfo } from 'graphql';
import { rowSelectionFor, Selection } from '../../src/graphql/look-ahead';

const schema = buildSchema(`
  type Brand { id: ID! name: String! slug: String! }
  type Topical { id: ID! slug: String! name: String! }
  type Ingredient { topical: Topical! percent: Float }
  type Product { id: ID! slug: String! name: String! price: Int! brand: Brand! ingredients: [Ingredient!]! }
  type ProductEdge { cursor: String! node: Product! }
  type ProductConnection { edges: [ProductEdge!]! totalCount: Int! }
  type Query { products: ProductConnection! product: Product }
`);

/** The resolve info of the root field of `query`. */
async function infoOf(query: string): Promise<GraphQLResolveInfo> {
  let captured: GraphQLResolveInfo | undefined;
  const capture = (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
    captured = info;
    return null;
  };
  await graphql({ schema, source: query, rootValue: { products: capture, product: capture } });
  return captured!;
}

describe('Selection', () => {
  it('names the fields selected on connection nodes, through fragments, inline fragments and aliases', async () => {
    const info = await infoOf(`{
      products { totalCount edges { cursor node { slug ...Named ... on Product { maker: brand { name } } } } edges { node { price } } }
    }
    fragment Named on Product { name brand { slug } }`);
    const nodes = Selection.ofNodes(info);
    expect([...nodes.names].sort()).toEqual(['brand', 'name', 'price', 'slug']);
    // Every occurrence of brand, whatever its alias, is merged.
    expect([...nodes.below('brand').names].sort()).toEqual(['name', 'slug']);
    expect([...Selection.ofField(info).names].sort()).toEqual(['edges', 'totalCount']);
  });

  it('leaves out what @skip and @include leave out', async () => {
    const info = await infoOf(`query($no: Boolean = false) {
      products { edges { node { slug name @skip(if: true) price @include(if: $no) ...Branded @include(if: $no) ... on Product @skip(if: true) { id } } } }
    }
    fragment Branded on Product { brand { name } }`);
    expect([...Selection.ofNodes(info).names]).toEqual(['slug']);
  });

  it('walks a fragment spread many times once, so nested fragments cannot make it exponential', async () => {
    const depth = 40;
    const fragments = Array.from({ length: depth }, (_, n) => `fragment F${n} on Product { ...F${n + 1} ...F${n + 1} }`).join('\n');
    const info = await infoOf(`{ product { slug ...F0 } } ${fragments} fragment F${depth} on Product { name brand { slug } }`);
    // Walking every spread would be 2^40 visits and never finish; once per fragment is 41.
    const selection = Selection.ofField(info);
    expect([...selection.names].sort()).toEqual(['brand', 'name', 'slug']);
    expect([...selection.below('brand').names]).toEqual(['slug']);
  });

  it('gives an empty selection below a field that is not selected', async () => {
    const info = await infoOf(`{ product { slug } }`);
    expect([...Selection.ofField(info).below('ingredients').names]).toEqual([]);
  });
});

describe('rowSelectionFor', () => {
  it('selects the columns of the selected fields plus what resolvers always read, and prefetches only selected relations', async () => {
    const info = await infoOf(`{ product { slug ingredients { percent topical { name } } } }`);
    const asked: Record<string, string[]> = {};
    const relation = (name: string) => (below: Selection) => {
      asked[name] = [...below.below('topical').names, ...below.names].sort();
      return { select: () => '', read: (value: unknown) => value };
    };
    const selection = rowSelectionFor(Selection.ofField(info), { brand: relation('brand'), ingredients: relation('ingredients') }, ['brandId']);
    expect([...selection.columns!].sort()).toEqual(['brandId', 'ingredients', 'slug']);
    expect(selection.prefetch.map((p) => p.field)).toEqual(['ingredients']);
    expect(asked).toEqual({ ingredients: ['name', 'percent', 'topical'] });
  });
});
