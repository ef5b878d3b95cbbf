// The playground's GraphQL documents: the lists its form picks from, and the plan.
import { graphql } from '../../gql';

export const PlaygroundOptionsQuery = graphql(`
  query PlaygroundOptions {
    treatments {
      slug
      name
      needleDepthMinMm
      needleDepthMaxMm
    }
    topicals {
      slug
      name
    }
    conditions: __type(name: "SkinCondition") {
      enumValues {
        name
        description
      }
    }
    medications: __type(name: "MedicationKind") {
      enumValues {
        name
        description
      }
    }
  }
`);

export const PlaygroundPlanQuery = graphql(`
  query PlaygroundPlan($input: RegimenInput!) {
    recommendRegimen(input: $input) {
      eligibility
      warnings {
        code
        severity
        message
        rule {
          code
          citations {
            key
            title
            source
            url
          }
        }
      }
      holds {
        topical {
          slug
          name
        }
        from
        until
        reason
        rule {
          code
          title
          citations {
            key
            title
            source
            url
          }
        }
      }
      days {
        date
        daysSinceSession
        am {
          topical {
            slug
            name
          }
        }
        pm {
          topical {
            slug
            name
          }
        }
        avoid {
          activity
          level
        }
      }
    }
  }
`);
