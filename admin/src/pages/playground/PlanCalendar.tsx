import { Alert, Anchor, Badge, Box, List, Stack, Text, Title } from '@mantine/core';
import { ScrollRegion } from '../../layout/ScrollRegion';
import type { PlaygroundPlanQuery } from '../../gql/graphql';

type Plan = PlaygroundPlanQuery['recommendRegimen'];
type Citation = Plan['holds'][number]['rule']['citations'][number];

const DAY_MS = 86_400_000;
const SEVERITY_COLORS: Record<string, string> = { HIGH: 'red', MODERATE: 'orange', LOW: 'yellow', INFO: 'blue' };

/** The days (UTC dates, as the plan is asked for) a hold covers: their column range, or null when none. */
function span(hold: { from?: string | null; until?: string | null }, dates: readonly string[]): [number, number] | null {
  const from = hold.from ? Date.parse(hold.from) : -Infinity;
  const until = hold.until ? Date.parse(hold.until) : Infinity;
  const covered = dates.map((date) => {
    const start = Date.parse(`${date}T00:00:00Z`);
    return from < start + DAY_MS && until > start;
  });
  const first = covered.indexOf(true);
  return first < 0 ? null : [first, covered.lastIndexOf(true)];
}

function when(iso: string | null | undefined, open: string): string {
  return iso ? new Date(iso).toLocaleString('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }) : open;
}

function dayLabel(date: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' });
}

function Sources({ citations }: { citations: readonly Citation[] }) {
  if (citations.length === 0) return null;
  return (
    <Text size="xs" component="div">
      Sources:{' '}
      {citations.map((citation, index) => (
        <span key={citation.key}>
          {index > 0 && '; '}
          {citation.url ? (
            <Anchor href={citation.url} target="_blank" rel="noreferrer" size="xs">
              {citation.title}
            </Anchor>
          ) : (
            citation.title
          )}{' '}
          ({citation.source})
        </span>
      ))}
    </Text>
  );
}

/** The plan as a clinic shows it: warnings first, then one column per day with AM and PM steps, and holds as bars over their days. */
export function PlanCalendar({ plan }: { plan: Plan }) {
  const dates = plan.days.map((day) => day.date);
  const columns = `minmax(9rem, 11rem) repeat(${dates.length}, minmax(6.5rem, 1fr))`;
  const holds = plan.holds.map((hold) => ({ hold, span: span(hold, dates) }));
  return (
    <Stack>
      <Title order={2}>
        The plan{' '}
        <Badge size="lg" variant="light" color={plan.eligibility === 'ELIGIBLE' ? 'green' : 'orange'}>
          {plan.eligibility.replace(/_/g, ' ').toLowerCase()}
        </Badge>
      </Title>
      {plan.warnings.length > 0 && (
        <Stack gap="xs" aria-label="Warnings" component="section">
          {plan.warnings.map((warning, index) => (
            // The default variant keeps body text dark on white (the light ones fail contrast); the border says how severe.
            <Alert
              key={`${warning.code}-${index}`}
              variant="default"
              style={{ borderLeft: `6px solid var(--mantine-color-${SEVERITY_COLORS[warning.severity] ?? 'gray'}-8)` }}
              title={`${warning.severity.toLowerCase()} · ${warning.code}`}
            >
              <Text size="sm">{warning.message}</Text>
              {warning.rule && <Sources citations={warning.rule.citations} />}
            </Alert>
          ))}
        </Stack>
      )}
      <Title order={3}>Calendar (UTC)</Title>
      <ScrollRegion label="Plan calendar" minWidth={`calc(11rem + ${dates.length} * 6.5rem)`}>
        <Box role="table" aria-label="Plan calendar" style={{ display: 'grid', gridTemplateColumns: columns, gap: 2 }}>
          <Box role="row" style={{ display: 'contents' }}>
            <Box role="columnheader" p={4}>
              <Text size="xs" fw={700}>
                Day
              </Text>
            </Box>
            {plan.days.map((day) => (
              <Box role="columnheader" key={day.date} p={4} bg="gray.1">
                <Text size="xs" fw={700}>
                  {dayLabel(day.date)}
                </Text>
                {day.daysSinceSession !== null && day.daysSinceSession !== undefined && (
                  <Text size="xs">{day.daysSinceSession === 0 ? 'session day' : `day ${day.daysSinceSession}`}</Text>
                )}
              </Box>
            ))}
          </Box>
          {(['am', 'pm'] as const).map((slot) => (
            <Box role="row" key={slot} style={{ display: 'contents' }}>
              <Box role="rowheader" p={4}>
                <Text size="sm" fw={700}>
                  {slot === 'am' ? 'Morning (AM)' : 'Evening (PM)'}
                </Text>
              </Box>
              {plan.days.map((day) => (
                <Box role="cell" key={day.date} p={4} bg={slot === 'am' ? 'yellow.0' : 'indigo.0'}>
                  {day[slot].length === 0 ? (
                    <Text size="xs">—</Text>
                  ) : (
                    day[slot].map((step) => (
                      <Text size="xs" key={step.topical.slug}>
                        {step.topical.name}
                      </Text>
                    ))
                  )}
                </Box>
              ))}
            </Box>
          ))}
          {holds.map(({ hold, span: covered }, index) =>
            covered ? (
              <Box role="row" key={`${hold.topical.slug}-${hold.rule.code}-${index}`} style={{ display: 'contents' }}>
                <Box role="rowheader" p={4}>
                  <Text size="sm">Hold: {hold.topical.name}</Text>
                </Box>
                {/* Empty cells keep the row whole, so the next row starts in the first column. */}
                {dates.slice(0, covered[0]).map((date) => (
                  <Box role="cell" key={date} />
                ))}
                <Box
                  role="cell"
                  data-hold={hold.topical.slug}
                  p={4}
                  bg="red.1"
                  style={{ gridColumn: `${covered[0] + 2} / ${covered[1] + 3}`, borderRadius: 6, borderLeft: '4px solid var(--mantine-color-red-8)' }}
                >
                  <Text size="xs" fw={700}>
                    No {hold.topical.name}: {when(hold.from, 'from the start')} → {when(hold.until, 'to the end')}
                  </Text>
                </Box>
                {dates.slice(covered[1] + 1).map((date) => (
                  <Box role="cell" key={date} />
                ))}
              </Box>
            ) : null,
          )}
        </Box>
      </ScrollRegion>
      {plan.holds.length > 0 && (
        <>
          <Title order={3}>Why each hold</Title>
          <List spacing="xs">
            {plan.holds.map((hold, index) => (
              <List.Item key={`${hold.rule.code}-${index}`}>
                <Text size="sm">
                  <strong>{hold.topical.name}</strong> until {when(hold.until, 'the end of the plan')}: {hold.reason}
                </Text>
                <Text size="xs">Rule: {hold.rule.title}</Text>
                <Sources citations={hold.rule.citations} />
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Stack>
  );
}
