import { createUnionType, Field, Float, Int, ObjectType } from 'type-graphql';
import { TopicalCategory } from '../../domain/enums';
import { Article, Product, ScarType, Topical, Treatment } from '../../entities';
import { CacheControl, InheritsCacheAge } from '../../graphql/cache-control';
import { PageInfo } from '../../graphql/pagination';
import { CurrencyCodeScalar } from '../../graphql/scalars';
import { Money } from '../products/money';
import { PriceBand, SearchResultType } from './search.inputs';

export type SearchNode = Product | Article | Treatment | Topical | ScarType;

export const SearchResult = createUnionType({
  name: 'SearchResult',
  description: 'An entry found by `search`.',
  types: () => [Product, Article, Treatment, Topical, ScarType] as const,
  // No resolveType: nodes are entity instances (read by the row readers), and type-graphql's own
  // resolver tells their type by class, synchronously (its wrapper of a custom one returns a promise).
});

@ObjectType({ simpleResolvers: true, description: 'One search result.' })
@InheritsCacheAge()
export class SearchEdge {
  @Field()
  cursor!: string;

  @Field(() => Float, { description: 'Relevance: higher is better; results come in decreasing order of it.' })
  score!: number;

  // A union has no hint of its own: the node is as cacheable as the connection (its types have their own hints).
  @Field(() => SearchResult)
  @CacheControl({ inheritMaxAge: true })
  node!: SearchNode;
}

@ObjectType({ simpleResolvers: true, description: 'How many results a kind of entry has.' })
@InheritsCacheAge()
export class SearchTypeFacet {
  @Field(() => SearchResultType)
  type!: SearchResultType;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'How many results relate to a topical category.' })
@InheritsCacheAge()
export class SearchTopicalCategoryFacet {
  @Field(() => TopicalCategory)
  category!: TopicalCategory;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'How many results relate to an entry (a topical, scar type or brand), by its slug.' })
@InheritsCacheAge()
export class SearchEntryFacet {
  @Field()
  slug!: string;

  @Field()
  name!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'How many products priced in a currency fall in a price band of it.' })
@InheritsCacheAge()
export class SearchPriceBandFacet {
  @Field(() => PriceBand)
  band!: PriceBand;

  @Field(() => CurrencyCodeScalar, { description: 'The currency of the band: filter with `priceBand` and this `currency`.' })
  currency!: string;

  @Field(() => Money, { description: 'Lowest price in the band.' })
  min!: Money;

  @Field(() => Money, { nullable: true, description: 'Prices are below this; null: no upper end.' })
  max!: Money | null;

  @Field(() => Int, { description: 'Lowest price in the band, in minor units.', deprecationReason: 'Use min { amountMinor currency }.' })
  minPriceCents!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Prices are below this (minor units); null: no upper end.',
    deprecationReason: 'Use max { amountMinor currency }.',
  })
  maxPriceCents!: number | null;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'How many products are in stock, or not.' })
@InheritsCacheAge()
export class SearchStockFacet {
  @Field()
  inStock!: boolean;

  @Field(() => Int)
  count!: number;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'Counts for the current query and filter. Each count is the `totalCount` that setting that value in the filter ' +
    '(replacing the value of the same criterion, or `types: [type]`) would give. Only values with results are listed, most first.',
})
@InheritsCacheAge()
export class SearchFacets {
  @Field(() => [SearchTypeFacet])
  types!: SearchTypeFacet[];

  @Field(() => [SearchTopicalCategoryFacet])
  topicalCategories!: SearchTopicalCategoryFacet[];

  @Field(() => [SearchEntryFacet])
  topicals!: SearchEntryFacet[];

  @Field(() => [SearchEntryFacet])
  scarTypes!: SearchEntryFacet[];

  @Field(() => [SearchEntryFacet])
  brands!: SearchEntryFacet[];

  @Field(() => [SearchPriceBandFacet], { description: 'By currency (alphabetically), each in price order.' })
  priceBands!: SearchPriceBandFacet[];

  @Field(() => [SearchStockFacet])
  inStock!: SearchStockFacet[];
}

/** What the service returns: a page, with the total and the facets computed only when asked for. */
export interface SearchPage {
  edges: SearchEdge[];
  pageInfo: PageInfo;
  countTotal(): Promise<number>;
  computeFacets(): Promise<SearchFacets>;
}

@ObjectType({ simpleResolvers: true, description: 'Search results, most relevant first, a page at a time.' })
@InheritsCacheAge()
export class SearchConnection {
  // `search(first:)` already multiplies what is below it (src/limits/query-cost.ts).
  @Field(() => [SearchEdge], { complexity: ({ childComplexity }) => 1 + childComplexity })
  edges!: SearchEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Results matching the query and filter across all pages.', complexity: 1 })
  totalCount(): Promise<number> {
    return (this as unknown as SearchPage).countTotal();
  }

  @Field(() => SearchFacets, {
    description: 'Counts per facet value for this query and filter (one more statement).',
    complexity: ({ childComplexity }) => 5 + childComplexity,
  })
  facets(): Promise<SearchFacets> {
    return (this as unknown as SearchPage).computeFacets();
  }
}
