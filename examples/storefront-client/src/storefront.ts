// What a storefront's pages ask: a filtered product list a page at a time, a product page, and
// search. Each document is typed by GraphQL Code Generator (src/gql/), so the results below are
// checked against schema/schema.graphql: a field removed, renamed or retyped fails `tsc`.
import type { Execute } from './client';
import { graphql } from './gql';
import type { ProductFilter, ProductListQuery, SearchQuery } from './gql/graphql';

const PRODUCT_LIST = graphql(`
  query ProductList($first: Int!, $after: String, $filter: ProductFilter, $orderBy: ProductOrder) {
    products(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      edges {
        node {
          slug
          name
          price {
            amountMinor
            currency
            minorUnitDigits
          }
          inStock
          brand {
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const PRODUCT_BY_SLUG = graphql(`
  query ProductBySlug($slug: String!) {
    product(slug: $slug) {
      slug
      redirectFrom
      seo {
        title
        description
      }
      images {
        url
        alt
        width
        height
      }
      name
      description
      price {
        amountMinor
        currency
        minorUnitDigits
      }
      inStock
      prescriptionOnly
      skinTypes
      brand {
        slug
        name
      }
      ingredients {
        concentrationPercent
        topical {
          slug
          name
          category
        }
      }
    }
  }
`);

const SEARCH = graphql(`
  query Search($query: String!, $first: Int!) {
    search(query: $query, first: $first) {
      edges {
        node {
          __typename
          ... on Product {
            slug
            name
            price {
              amountMinor
              currency
              minorUnitDigits
            }
          }
          ... on Article {
            slug
            title
          }
          ... on Topical {
            slug
            name
          }
          ... on Treatment {
            slug
            name
          }
          ... on ScarType {
            slug
            name
          }
        }
      }
    }
  }
`);

type ProductCardNode = ProductListQuery['products']['edges'][number]['node'];

export interface ProductCard {
  slug: string;
  title: string;
  price: string;
  available: boolean;
}

export interface ProductPage {
  cards: ProductCard[];
  totalCount: number;
  /** Pass as `after` for the next page; null on the last. */
  nextCursor: string | null;
}

/** Cheapest first, in the server's storefront currency (STOREFRONT_CURRENCY): products priced in others are left out. */
export async function productPage(execute: Execute, filter: ProductFilter, after: string | null = null, first = 12): Promise<ProductPage> {
  const { products } = await execute(PRODUCT_LIST, { first, after, filter, orderBy: { field: 'PRICE', direction: 'ASC' } });
  return {
    cards: products.edges.map(({ node }) => productCard(node)),
    totalCount: products.totalCount,
    nextCursor: products.pageInfo.hasNextPage ? (products.pageInfo.endCursor ?? null) : null,
  };
}

function productCard(product: ProductCardNode): ProductCard {
  return { slug: product.slug, title: `${product.brand.name} ${product.name}`, price: formatPrice(product.price), available: product.inStock };
}

export interface ProductDetail {
  /** Set when the slug asked for is an old one: answer with a permanent redirect to this slug's page. */
  redirectTo: string | null;
  /** The page's <title> and meta description. */
  meta: { title: string; description: string };
  /** For <img src alt width height>, the main one first. */
  images: { src: string; alt: string; width: number; height: number }[];
  title: string;
  description: string;
  price: string;
  /** Sold only against a prescription: the page says so and the cart asks for one. */
  needsPrescription: boolean;
  /** "Tretinoin 0.025 %", or the name alone when the concentration is not known. */
  ingredients: string[];
}

export async function productDetail(execute: Execute, slug: string): Promise<ProductDetail | null> {
  const { product } = await execute(PRODUCT_BY_SLUG, { slug });
  if (!product) return null;
  return {
    redirectTo: product.redirectFrom === null || product.redirectFrom === undefined ? null : product.slug,
    meta: product.seo,
    images: product.images.map(({ url, alt, width, height }) => ({ src: url, alt, width, height })),
    title: `${product.brand.name} ${product.name}`,
    description: product.description,
    price: formatPrice(product.price),
    needsPrescription: product.prescriptionOnly,
    ingredients: product.ingredients.map(({ topical, concentrationPercent }) =>
      concentrationPercent === null || concentrationPercent === undefined ? topical.name : `${topical.name} ${concentrationPercent} %`,
    ),
  };
}

type SearchNode = SearchQuery['search']['edges'][number]['node'];

export interface SearchLine {
  kind: SearchNode['__typename'];
  slug: string;
  label: string;
}

export async function searchLines(execute: Execute, query: string, first = 10): Promise<SearchLine[]> {
  const { search } = await execute(SEARCH, { query, first });
  return search.edges.map(({ node }) => ({ kind: node.__typename, slug: node.slug, label: searchLabel(node) }));
}

function searchLabel(node: SearchNode): string {
  switch (node.__typename) {
    case 'Product':
      return `${node.name}, ${formatPrice(node.price)}`;
    case 'Article':
      return node.title;
    case 'Topical':
    case 'Treatment':
    case 'ScarType':
      return node.name;
    default:
      // A new kind of search result fails the type-check here until the storefront shows it.
      return unknownResult(node);
  }
}

function unknownResult(node: never): never {
  throw new Error(`Unknown search result ${JSON.stringify(node)}`);
}

/** Prices come in the currency's minor unit (cents for EUR, yen for JPY); formatting is the storefront's choice. */
export function formatPrice(price: { amountMinor: number; currency: string; minorUnitDigits: number }, locale = 'en'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: price.currency }).format(price.amountMinor / 10 ** price.minorUnitDigits);
}
