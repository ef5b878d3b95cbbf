/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A price range in one currency, in its minor units (cents for EUR): both ends included. */
export type PriceRange = {
  /** Default: the storefront currency (STOREFRONT_CURRENCY). */
  currency?: string | null | undefined;
  maxAmountMinor?: number | null | undefined;
  minAmountMinor?: number | null | undefined;
};

/** All given criteria must hold. */
export type ProductFilter = {
  /** Made by this brand (slug). */
  brand?: string | null | undefined;
  /** Priced in this currency (ISO 4217 code, e.g. EUR). */
  currency?: string | null | undefined;
  inStock?: boolean | null | undefined;
  /** @deprecated Use price: { maxAmountMinor }. Compares prices in `currency`, else the storefront currency. */
  maxPriceCents?: number | null | undefined;
  /** @deprecated Use price: { minAmountMinor }. Compares prices in `currency`, else the storefront currency. */
  minPriceCents?: number | null | undefined;
  /** Priced within this range, in its currency: products priced in other currencies are left out. */
  price?: PriceRange | null | undefined;
  /** Contains a topical that helps this scar type (slug). */
  scarType?: string | null | undefined;
  /** Contains this topical (slug). */
  topical?: string | null | undefined;
  /** Contains a topical of this category. */
  topicalCategory?: TopicalCategory | null | undefined;
};

export type ProductOrder = {
  /** PRICE only: the currency whose prices are sorted; products priced in other currencies are left out of the list. Default: the filter's currency (price.currency, else currency), else the storefront currency (STOREFRONT_CURRENCY). */
  currency?: string | null | undefined;
  direction?: SortDirection;
  field: ProductSortField;
};

export type ProductSortField =
  | 'NAME'
  | 'NEWEST'
  | 'PRICE';

/** Skin type a product suits. */
export type SkinType =
  | 'COMBINATION'
  | 'DRY'
  | 'NORMAL'
  | 'OILY'
  | 'SENSITIVE';

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** Ingredient class family. */
export type TopicalCategory =
  | 'ANTIBACTERIAL'
  | 'ANTIOXIDANT'
  | 'BRIGHTENING'
  | 'EXFOLIATING_ACID'
  | 'HUMECTANT'
  | 'MOISTURISER'
  | 'PEPTIDE'
  | 'RETINOID'
  | 'SOOTHING'
  | 'SUNSCREEN'
  | 'VITAMIN_C';

export type ProductListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ProductFilter | null | undefined;
  orderBy?: ProductOrder | null | undefined;
}>;


export type ProductListQuery = { products: { totalCount: number, edges: Array<{ node: { slug: string, name: string, inStock: boolean, price: { amountMinor: number, currency: string, minorUnitDigits: number }, brand: { name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ProductBySlugQueryVariables = Exact<{
  slug: string;
}>;


export type ProductBySlugQuery = { product: { slug: string, redirectFrom: string | null, name: string, description: string, inStock: boolean, prescriptionOnly: boolean, skinTypes: Array<SkinType>, seo: { title: string, description: string }, images: Array<{ url: string, alt: string, width: number, height: number }>, price: { amountMinor: number, currency: string, minorUnitDigits: number }, brand: { slug: string, name: string }, ingredients: Array<{ concentrationPercent: number | null, topical: { slug: string, name: string, category: TopicalCategory } }> } | null };

export type SearchQueryVariables = Exact<{
  query: string;
  first: number;
}>;


export type SearchQuery = { search: { edges: Array<{ node:
        | { __typename: 'Article', slug: string, title: string }
        | { __typename: 'Product', slug: string, name: string, price: { amountMinor: number, currency: string, minorUnitDigits: number } }
        | { __typename: 'ScarType', slug: string, name: string }
        | { __typename: 'Topical', slug: string, name: string }
        | { __typename: 'Treatment', slug: string, name: string }
       }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ProductListDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ProductListQuery, ProductListQueryVariables>;
export const ProductBySlugDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ProductBySlugQuery, ProductBySlugQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;