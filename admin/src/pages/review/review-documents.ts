// The review queue's GraphQL documents (typed by GraphQL Code Generator from schema/schema.graphql).
import { graphql } from '../../gql';

export const ReviewQueueQuery = graphql(`
  query ReviewQueue($first: Int, $after: String, $last: Int, $before: String, $types: [ContentType!]) {
    reviewQueue(first: $first, after: $after, last: $last, before: $before, types: $types) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          entry {
            type
            id
            key
            version
            status
          }
          change
          fromKnowledgeImport
          changedAt
          changes {
            field
            published
            draft
          }
          editedBy {
            id
            name
            role
            kind
          }
          canSignOff
          signOffRefusal
        }
      }
    }
  }
`);

export const ReviewImpactPreviewQuery = graphql(`
  query ReviewImpactPreview($type: ContentType!, $id: ID!) {
    regimenImpactPreview(type: $type, id: $id) {
      affectsPlans
      computedAt
      scenarios {
        code
        title
        published {
          eligibility
          holds {
            topical
          }
          warnings {
            code
          }
        }
        draft {
          eligibility
          holds {
            topical
          }
          warnings {
            code
          }
        }
        differences {
          kind
          subject
          published
          draft
        }
      }
    }
  }
`);

export const ReviewSignOffMutation = graphql(`
  mutation ReviewSignOff($type: ContentType!, $id: ID!, $expectedVersion: Int!) {
    publishEntry(type: $type, id: $id, expectedVersion: $expectedVersion) {
      entry {
        id
        version
        status
      }
    }
  }
`);
