// The GraphQL documents of the content pages (typed by `npm run admin:codegen`).
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';
import type { ContentEntryFieldsFragment, ContentType } from '../gql/graphql';

export const EntryFields = graphql(`
  fragment ContentEntryFields on EditorialEntry {
    id
    type
    key
    status
    version
    hasPendingDraft
    draft
    publishedAt
    deletedAt
  }
`);

export const ContentEntriesQuery = graphql(`
  query ContentEntries($type: ContentType!, $filter: EditorialEntryFilter, $first: Int, $after: String, $last: Int, $before: String) {
    editorialEntries(type: $type, filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          ...ContentEntryFields
        }
      }
    }
  }
`);

export const ContentEntryQuery = graphql(`
  query ContentEntry($type: ContentType!, $id: ID!) {
    editorialEntry(type: $type, id: $id) {
      ...ContentEntryFields
    }
  }
`);

export const ContentScheduledQuery = graphql(`
  query ContentScheduled {
    scheduledPublications {
      id
      type
      entryId
      action
      runAt
    }
  }
`);

export const ContentRevisionsQuery = graphql(`
  query ContentRevisions($type: ContentType!, $id: ID!) {
    revisions(type: $type, id: $id) {
      id
      action
      version
      status
      createdAt
      changedFields
      snapshot
      actor {
        name
      }
    }
  }
`);

export const ValidateRuleQuery = graphql(`
  query ContentValidateRule($input: CompatibilityRuleInput!, $id: ID) {
    validateCompatibilityRule(input: $input, id: $id) {
      field
      message
    }
  }
`);

export const PublishEntryMutation = graphql(`
  mutation ContentPublish($type: ContentType!, $id: ID!, $expectedVersion: Int!, $at: DateTime) {
    publishEntry(type: $type, id: $id, expectedVersion: $expectedVersion, at: $at) {
      entry {
        ...ContentEntryFields
      }
      scheduled {
        id
        runAt
      }
    }
  }
`);

export const UnpublishEntryMutation = graphql(`
  mutation ContentUnpublish($type: ContentType!, $id: ID!, $expectedVersion: Int!, $at: DateTime) {
    unpublishEntry(type: $type, id: $id, expectedVersion: $expectedVersion, at: $at) {
      entry {
        ...ContentEntryFields
      }
      scheduled {
        id
        runAt
      }
    }
  }
`);

export const CancelScheduleMutation = graphql(`
  mutation ContentCancelSchedule($id: ID!) {
    cancelScheduledPublication(id: $id)
  }
`);

export const TrashEntryMutation = graphql(`
  mutation ContentTrash($type: ContentType!, $id: ID!) {
    deleteEntry(type: $type, id: $id) {
      ...ContentEntryFields
    }
  }
`);

export const RestoreEntryMutation = graphql(`
  mutation ContentRestore($type: ContentType!, $id: ID!) {
    restoreEntry(type: $type, id: $id) {
      ...ContentEntryFields
    }
  }
`);

export const RestoreRevisionMutation = graphql(`
  mutation ContentRestoreRevision($revisionId: ID!, $expectedVersion: Int!) {
    restoreRevision(revisionId: $revisionId, expectedVersion: $expectedVersion) {
      ...ContentEntryFields
    }
  }
`);

// One create and one update per type: GraphQL has no generic input, so each names its own.
const CREATE = {
  ARTICLE: graphql(`
    mutation ContentCreateArticle($input: ArticleInput!) {
      createArticle(input: $input) {
        ...ContentEntryFields
      }
    }
  `),
  BRAND: graphql(`
    mutation ContentCreateBrand($input: BrandInput!) {
      createBrand(input: $input) {
        ...ContentEntryFields
      }
    }
  `),
  CITATION: graphql(`
    mutation ContentCreateCitation($input: CitationInput!) {
      createCitation(input: $input) {
        ...ContentEntryFields
      }
    }
  `),
  COMPATIBILITY_RULE: graphql(`
    mutation ContentCreateRule($input: CompatibilityRuleInput!) {
      createCompatibilityRule(input: $input) {
        ...ContentEntryFields
      }
    }
  `),
  PRODUCT: graphql(`
    mutation ContentCreateProduct($input: ProductInput!) {
      createProduct(input: $input) {
        ...ContentEntryFields
      }
    }
  `),
  SCAR_TYPE: graphql(`
    mutation ContentCreateScarType($input: ScarTypeInput!) {
      createScarType(input: $input) {
        ...ContentEntryFields
      }
    }
  `),
  TOPICAL: graphql(`
    mutation ContentCreateTopical($input: TopicalInput!) {
      createTopical(input: $input) {
        ...ContentEntryFields
      }
    }
  `),
  TREATMENT: graphql(`
    mutation ContentCreateTreatment($input: TreatmentInput!) {
      createTreatment(input: $input) {
        ...ContentEntryFields
      }
    }
  `),
};

const UPDATE = {
  ARTICLE: graphql(`
    mutation ContentUpdateArticle($id: ID!, $expectedVersion: Int!, $input: ArticleInput!) {
      updateArticle(id: $id, expectedVersion: $expectedVersion, input: $input) {
        ...ContentEntryFields
      }
    }
  `),
  BRAND: graphql(`
    mutation ContentUpdateBrand($id: ID!, $expectedVersion: Int!, $input: BrandInput!) {
      updateBrand(id: $id, expectedVersion: $expectedVersion, input: $input) {
        ...ContentEntryFields
      }
    }
  `),
  CITATION: graphql(`
    mutation ContentUpdateCitation($id: ID!, $expectedVersion: Int!, $input: CitationInput!) {
      updateCitation(id: $id, expectedVersion: $expectedVersion, input: $input) {
        ...ContentEntryFields
      }
    }
  `),
  COMPATIBILITY_RULE: graphql(`
    mutation ContentUpdateRule($id: ID!, $expectedVersion: Int!, $input: CompatibilityRuleInput!) {
      updateCompatibilityRule(id: $id, expectedVersion: $expectedVersion, input: $input) {
        ...ContentEntryFields
      }
    }
  `),
  PRODUCT: graphql(`
    mutation ContentUpdateProduct($id: ID!, $expectedVersion: Int!, $input: ProductInput!) {
      updateProduct(id: $id, expectedVersion: $expectedVersion, input: $input) {
        ...ContentEntryFields
      }
    }
  `),
  SCAR_TYPE: graphql(`
    mutation ContentUpdateScarType($id: ID!, $expectedVersion: Int!, $input: ScarTypeInput!) {
      updateScarType(id: $id, expectedVersion: $expectedVersion, input: $input) {
        ...ContentEntryFields
      }
    }
  `),
  TOPICAL: graphql(`
    mutation ContentUpdateTopical($id: ID!, $expectedVersion: Int!, $input: TopicalInput!) {
      updateTopical(id: $id, expectedVersion: $expectedVersion, input: $input) {
        ...ContentEntryFields
      }
    }
  `),
  TREATMENT: graphql(`
    mutation ContentUpdateTreatment($id: ID!, $expectedVersion: Int!, $input: TreatmentInput!) {
      updateTreatment(id: $id, expectedVersion: $expectedVersion, input: $input) {
        ...ContentEntryFields
      }
    }
  `),
};

/**
 * The create or update document of a type. The form builds its input from the type's field
 * descriptions (model.ts), which the server validates; its static type is left generic here.
 */
export function saveDocument(
  type: ContentType,
  creating: boolean,
): TypedDocumentNode<Record<string, ContentEntryFieldsFragment>, Record<string, unknown>> {
  return (creating ? CREATE : UPDATE)[type] as never;
}
