import { Alert, Badge, List, Loader, Table, Text } from '@mantine/core';
import { useQuery } from 'urql';
import type { ContentType } from '../../gql/graphql';
import { ReviewImpactPreviewQuery } from './review-documents';
import { DIFFERENCE_LABELS, formatWhen } from './review-wording';
import { ScrollRegion } from '../../layout/ScrollRegion';

/** Each representative regimen with the published knowledge and with the draft; rows the draft changes are highlighted. */
export function ImpactPreviewTable({ type, id }: { type: ContentType; id: string }) {
  // Computed for this draft on every visit: the API keeps nothing of it.
  const [{ data, fetching, error }] = useQuery({ query: ReviewImpactPreviewQuery, variables: { type, id }, requestPolicy: 'network-only' });
  if (fetching) return <Loader size="sm" aria-label="Computing the impact preview" />;
  if (error)
    return (
      <Alert color="red" title="The impact preview could not be computed">
        {error.graphQLErrors[0]?.message ?? error.message}
      </Alert>
    );
  const preview = data?.regimenImpactPreview;
  if (!preview) return null;
  const changed = preview.scenarios.filter((scenario) => scenario.differences.length > 0).length;
  return (
    <>
      <Text size="sm">
        {preview.affectsPlans
          ? `${changed} of ${preview.scenarios.length} representative plans change with this draft.`
          : 'Plans do not compute with this type of entry: no plan changes.'}{' '}
        Planned as of {formatWhen(preview.computedAt)} (UTC sessions).
      </Text>
      <ScrollRegion label="Impact preview" minWidth={700}>
        <Table withTableBorder withColumnBorders verticalSpacing="xs" aria-label="Impact preview">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Scenario</Table.Th>
              <Table.Th scope="col">Published</Table.Th>
              <Table.Th scope="col">With the draft</Table.Th>
              <Table.Th scope="col">Differences</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.scenarios.map((scenario) => {
              const differs = scenario.differences.length > 0;
              return (
                <Table.Tr key={scenario.code} bg={differs ? 'yellow.0' : undefined} data-differs={differs}>
                  <Table.Th scope="row" fw={differs ? 700 : 400}>
                    {scenario.title}
                  </Table.Th>
                  <Table.Td>
                    <PlanCell plan={scenario.published} />
                  </Table.Td>
                  <Table.Td>
                    <PlanCell plan={scenario.draft} />
                  </Table.Td>
                  <Table.Td>
                    {differs ? (
                      <List size="sm" spacing={4}>
                        {scenario.differences.map((difference, index) => (
                          <List.Item key={index}>
                            <Text span fw={700} size="sm">
                              {DIFFERENCE_LABELS[difference.kind]}
                            </Text>{' '}
                            {difference.subject}:{' '}
                            <Text span td="line-through" size="sm">
                              {difference.published ?? 'none'}
                            </Text>{' '}
                            →{' '}
                            <Text span fw={600} size="sm">
                              {difference.draft ?? 'none'}
                            </Text>
                          </List.Item>
                        ))}
                      </List>
                    ) : (
                      <Badge color="gray" variant="light">
                        No change
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
    </>
  );
}

function PlanCell({ plan }: { plan: { eligibility: string; holds: readonly unknown[]; warnings: readonly unknown[] } }) {
  return (
    <Text size="sm">
      {plan.eligibility.replace(/_/g, ' ').toLowerCase()} · {plan.holds.length} holds · {plan.warnings.length} warnings
    </Text>
  );
}
