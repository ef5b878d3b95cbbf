/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  mutation ConsoleLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n": typeof types.ConsoleLoginDocument,
    "\n  mutation ConsoleRefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n": typeof types.ConsoleRefreshSessionDocument,
    "\n  mutation ConsoleLogout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.ConsoleLogoutDocument,
    "\n  query ReviewQueue($first: Int, $after: String, $last: Int, $before: String, $types: [ContentType!]) {\n    reviewQueue(first: $first, after: $after, last: $last, before: $before, types: $types) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          entry {\n            type\n            id\n            key\n            version\n            status\n          }\n          change\n          fromKnowledgeImport\n          changedAt\n          changes {\n            field\n            published\n            draft\n          }\n          editedBy {\n            id\n            name\n            role\n            kind\n          }\n          canSignOff\n          signOffRefusal\n        }\n      }\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  query ReviewImpactPreview($type: ContentType!, $id: ID!) {\n    regimenImpactPreview(type: $type, id: $id) {\n      affectsPlans\n      computedAt\n      scenarios {\n        code\n        title\n        published {\n          eligibility\n          holds {\n            topical\n          }\n          warnings {\n            code\n          }\n        }\n        draft {\n          eligibility\n          holds {\n            topical\n          }\n          warnings {\n            code\n          }\n        }\n        differences {\n          kind\n          subject\n          published\n          draft\n        }\n      }\n    }\n  }\n": typeof types.ReviewImpactPreviewDocument,
    "\n  mutation ReviewSignOff($type: ContentType!, $id: ID!, $expectedVersion: Int!) {\n    publishEntry(type: $type, id: $id, expectedVersion: $expectedVersion) {\n      entry {\n        id\n        version\n        status\n      }\n    }\n  }\n": typeof types.ReviewSignOffDocument,
};
const documents: Documents = {
    "\n  mutation ConsoleLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n": types.ConsoleLoginDocument,
    "\n  mutation ConsoleRefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n": types.ConsoleRefreshSessionDocument,
    "\n  mutation ConsoleLogout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.ConsoleLogoutDocument,
    "\n  query ReviewQueue($first: Int, $after: String, $last: Int, $before: String, $types: [ContentType!]) {\n    reviewQueue(first: $first, after: $after, last: $last, before: $before, types: $types) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          entry {\n            type\n            id\n            key\n            version\n            status\n          }\n          change\n          fromKnowledgeImport\n          changedAt\n          changes {\n            field\n            published\n            draft\n          }\n          editedBy {\n            id\n            name\n            role\n            kind\n          }\n          canSignOff\n          signOffRefusal\n        }\n      }\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  query ReviewImpactPreview($type: ContentType!, $id: ID!) {\n    regimenImpactPreview(type: $type, id: $id) {\n      affectsPlans\n      computedAt\n      scenarios {\n        code\n        title\n        published {\n          eligibility\n          holds {\n            topical\n          }\n          warnings {\n            code\n          }\n        }\n        draft {\n          eligibility\n          holds {\n            topical\n          }\n          warnings {\n            code\n          }\n        }\n        differences {\n          kind\n          subject\n          published\n          draft\n        }\n      }\n    }\n  }\n": types.ReviewImpactPreviewDocument,
    "\n  mutation ReviewSignOff($type: ContentType!, $id: ID!, $expectedVersion: Int!) {\n    publishEntry(type: $type, id: $id, expectedVersion: $expectedVersion) {\n      entry {\n        id\n        version\n        status\n      }\n    }\n  }\n": types.ReviewSignOffDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleLogout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"): (typeof documents)["\n  mutation ConsoleLogout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue($first: Int, $after: String, $last: Int, $before: String, $types: [ContentType!]) {\n    reviewQueue(first: $first, after: $after, last: $last, before: $before, types: $types) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          entry {\n            type\n            id\n            key\n            version\n            status\n          }\n          change\n          fromKnowledgeImport\n          changedAt\n          changes {\n            field\n            published\n            draft\n          }\n          editedBy {\n            id\n            name\n            role\n            kind\n          }\n          canSignOff\n          signOffRefusal\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewQueue($first: Int, $after: String, $last: Int, $before: String, $types: [ContentType!]) {\n    reviewQueue(first: $first, after: $after, last: $last, before: $before, types: $types) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          entry {\n            type\n            id\n            key\n            version\n            status\n          }\n          change\n          fromKnowledgeImport\n          changedAt\n          changes {\n            field\n            published\n            draft\n          }\n          editedBy {\n            id\n            name\n            role\n            kind\n          }\n          canSignOff\n          signOffRefusal\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewImpactPreview($type: ContentType!, $id: ID!) {\n    regimenImpactPreview(type: $type, id: $id) {\n      affectsPlans\n      computedAt\n      scenarios {\n        code\n        title\n        published {\n          eligibility\n          holds {\n            topical\n          }\n          warnings {\n            code\n          }\n        }\n        draft {\n          eligibility\n          holds {\n            topical\n          }\n          warnings {\n            code\n          }\n        }\n        differences {\n          kind\n          subject\n          published\n          draft\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewImpactPreview($type: ContentType!, $id: ID!) {\n    regimenImpactPreview(type: $type, id: $id) {\n      affectsPlans\n      computedAt\n      scenarios {\n        code\n        title\n        published {\n          eligibility\n          holds {\n            topical\n          }\n          warnings {\n            code\n          }\n        }\n        draft {\n          eligibility\n          holds {\n            topical\n          }\n          warnings {\n            code\n          }\n        }\n        differences {\n          kind\n          subject\n          published\n          draft\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewSignOff($type: ContentType!, $id: ID!, $expectedVersion: Int!) {\n    publishEntry(type: $type, id: $id, expectedVersion: $expectedVersion) {\n      entry {\n        id\n        version\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewSignOff($type: ContentType!, $id: ID!, $expectedVersion: Int!) {\n    publishEntry(type: $type, id: $id, expectedVersion: $expectedVersion) {\n      entry {\n        id\n        version\n        status\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;