/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ProductList($first: Int!, $after: String, $filter: ProductFilter, $orderBy: ProductOrder) {\n    products(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        node {\n          slug\n          name\n          price {\n            amountMinor\n            currency\n            minorUnitDigits\n          }\n          inStock\n          brand {\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ProductListDocument,
    "\n  query ProductBySlug($slug: String!) {\n    product(slug: $slug) {\n      slug\n      redirectFrom\n      seo {\n        title\n        description\n      }\n      images {\n        url\n        alt\n        width\n        height\n      }\n      name\n      description\n      price {\n        amountMinor\n        currency\n        minorUnitDigits\n      }\n      inStock\n      prescriptionOnly\n      skinTypes\n      brand {\n        slug\n        name\n      }\n      ingredients {\n        concentrationPercent\n        topical {\n          slug\n          name\n          category\n        }\n      }\n    }\n  }\n": typeof types.ProductBySlugDocument,
    "\n  query Search($query: String!, $first: Int!) {\n    search(query: $query, first: $first) {\n      edges {\n        node {\n          __typename\n          ... on Product {\n            slug\n            name\n            price {\n              amountMinor\n              currency\n              minorUnitDigits\n            }\n          }\n          ... on Article {\n            slug\n            title\n          }\n          ... on Topical {\n            slug\n            name\n          }\n          ... on Treatment {\n            slug\n            name\n          }\n          ... on ScarType {\n            slug\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchDocument,
};
const documents: Documents = {
    "\n  query ProductList($first: Int!, $after: String, $filter: ProductFilter, $orderBy: ProductOrder) {\n    products(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        node {\n          slug\n          name\n          price {\n            amountMinor\n            currency\n            minorUnitDigits\n          }\n          inStock\n          brand {\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ProductListDocument,
    "\n  query ProductBySlug($slug: String!) {\n    product(slug: $slug) {\n      slug\n      redirectFrom\n      seo {\n        title\n        description\n      }\n      images {\n        url\n        alt\n        width\n        height\n      }\n      name\n      description\n      price {\n        amountMinor\n        currency\n        minorUnitDigits\n      }\n      inStock\n      prescriptionOnly\n      skinTypes\n      brand {\n        slug\n        name\n      }\n      ingredients {\n        concentrationPercent\n        topical {\n          slug\n          name\n          category\n        }\n      }\n    }\n  }\n": types.ProductBySlugDocument,
    "\n  query Search($query: String!, $first: Int!) {\n    search(query: $query, first: $first) {\n      edges {\n        node {\n          __typename\n          ... on Product {\n            slug\n            name\n            price {\n              amountMinor\n              currency\n              minorUnitDigits\n            }\n          }\n          ... on Article {\n            slug\n            title\n          }\n          ... on Topical {\n            slug\n            name\n          }\n          ... on Treatment {\n            slug\n            name\n          }\n          ... on ScarType {\n            slug\n            name\n          }\n        }\n      }\n    }\n  }\n": types.SearchDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductList($first: Int!, $after: String, $filter: ProductFilter, $orderBy: ProductOrder) {\n    products(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        node {\n          slug\n          name\n          price {\n            amountMinor\n            currency\n            minorUnitDigits\n          }\n          inStock\n          brand {\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ProductListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductBySlug($slug: String!) {\n    product(slug: $slug) {\n      slug\n      redirectFrom\n      seo {\n        title\n        description\n      }\n      images {\n        url\n        alt\n        width\n        height\n      }\n      name\n      description\n      price {\n        amountMinor\n        currency\n        minorUnitDigits\n      }\n      inStock\n      prescriptionOnly\n      skinTypes\n      brand {\n        slug\n        name\n      }\n      ingredients {\n        concentrationPercent\n        topical {\n          slug\n          name\n          category\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProductBySlugDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!, $first: Int!) {\n    search(query: $query, first: $first) {\n      edges {\n        node {\n          __typename\n          ... on Product {\n            slug\n            name\n            price {\n              amountMinor\n              currency\n              minorUnitDigits\n            }\n          }\n          ... on Article {\n            slug\n            title\n          }\n          ... on Topical {\n            slug\n            name\n          }\n          ... on Treatment {\n            slug\n            name\n          }\n          ... on ScarType {\n            slug\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
