import {
  Alert,
  Button,
  Card,
  Group,
  Loader,
  MultiSelect,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useClient, useQuery } from 'urql';
import type { MedicationKind, NeedlingDevice, PlaygroundPlanQuery, RegimenInput, SkinCondition } from '../../gql/graphql';
import { PlanCalendar } from './PlanCalendar';
import { PlaygroundOptionsQuery, PlaygroundPlanQuery as PlanQuery } from './playground-documents';

const DEVICES: { value: NeedlingDevice; label: string }[] = [
  { value: 'ROLLER', label: 'Roller' },
  { value: 'PEN', label: 'Pen' },
  { value: 'STAMP', label: 'Stamp' },
  { value: 'RF', label: 'RF microneedling' },
];

interface SessionForm {
  treatment: string | null;
  device: NeedlingDevice | null;
  needleDepthMm: number | string;
  /** YYYY-MM-DDTHH:mm, read as UTC. */
  performedAt: string;
  timing: 'PAST' | 'PLANNED';
  days: number | string;
  fitzpatrickType: string | null;
  age: number | string;
  conditions: string[];
  medications: string[];
  currentTopicals: string[];
}

function todayAtNine(): string {
  return `${new Date().toISOString().slice(0, 10)}T09:00`;
}

const words = (name: string) => name.replace(/_/g, ' ').toLowerCase();

/** The form as the API's RegimenInput: the session is the last one (past) or the next one (planned). */
function toInput(form: SessionForm): RegimenInput {
  const session = {
    treatment: form.treatment ?? '',
    device: form.device,
    needleDepthMm: Number(form.needleDepthMm),
    performedAt: `${form.performedAt}:00Z`,
  };
  return {
    lastSession: form.timing === 'PAST' ? session : null,
    nextSession: form.timing === 'PLANNED' ? session : null,
    startDate: form.timing === 'PAST' ? form.performedAt.slice(0, 10) : new Date().toISOString().slice(0, 10),
    days: Number(form.days),
    timeZone: 'UTC',
    fitzpatrickType: form.fitzpatrickType ? Number(form.fitzpatrickType) : null,
    age: form.age === '' ? null : Number(form.age),
    conditions: form.conditions as SkinCondition[],
    medications: form.medications.map((kind) => ({ kind: kind as MedicationKind })),
    currentTopicals: form.currentTopicals,
  };
}

export function PlaygroundPage() {
  const [{ data: options, error: optionsError }] = useQuery({ query: PlaygroundOptionsQuery });
  const client = useClient();
  const [form, setForm] = useState<SessionForm>({
    treatment: 'professional-microneedling',
    device: null,
    needleDepthMm: 1,
    performedAt: todayAtNine(),
    timing: 'PAST',
    days: 14,
    fitzpatrickType: null,
    age: '',
    conditions: [],
    medications: [],
    currentTopicals: [],
  });
  const [plan, setPlan] = useState<PlaygroundPlanQuery['recommendRegimen'] | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [computing, setComputing] = useState(false);
  const set =
    <K extends keyof SessionForm>(key: K) =>
    (value: SessionForm[K]) =>
      setForm((current) => ({ ...current, [key]: value }));

  async function showPlan() {
    setComputing(true);
    setProblems([]);
    const result = await client.query(PlanQuery, { input: toInput(form) }, { requestPolicy: 'network-only' }).toPromise();
    setComputing(false);
    if (result.error) {
      const first = result.error.graphQLErrors[0];
      const fields = (first?.extensions?.fields ?? []) as { field: string; message: string }[];
      setProblems(fields.length > 0 ? fields.map((f) => `${f.field}: ${f.message}`) : [first?.message ?? result.error.message]);
      setPlan(null);
      return;
    }
    setPlan(result.data?.recommendRegimen ?? null);
  }

  if (optionsError) return <Alert color="red">{optionsError.message}</Alert>;
  if (!options) return <Loader aria-label="Loading the playground" />;
  return (
    <Stack>
      <Title order={1}>Regimen playground</Title>
      <Text>
        Describe a session and a skin profile to see the home-care plan the published knowledge gives, as a patient or a partner app would get it.
        Nothing is saved.
      </Text>
      <Card
        withBorder
        padding="md"
        component="form"
        aria-label="Session and skin profile"
        onSubmit={(event) => {
          event.preventDefault();
          void showPlan();
        }}
      >
        <Stack>
          <Title order={2} size="h4">
            The session
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            <Select
              label="Treatment"
              required
              data={options.treatments.map((t) => ({ value: t.slug, label: `${t.name} (${t.needleDepthMinMm}–${t.needleDepthMaxMm} mm)` }))}
              value={form.treatment}
              onChange={set('treatment')}
            />
            <Select
              label="Device"
              placeholder="The treatment's own"
              clearable
              data={DEVICES}
              value={form.device}
              onChange={(value) => set('device')(value)}
            />
            <NumberInput
              label="Needle depth (mm)"
              min={0.1}
              max={3.5}
              step={0.05}
              decimalScale={2}
              value={form.needleDepthMm}
              onChange={set('needleDepthMm')}
            />
            <TextInput
              label="Date and time (UTC)"
              type="datetime-local"
              value={form.performedAt}
              onChange={(event) => set('performedAt')(event.currentTarget.value)}
            />
            <Radio.Group label="The session is" value={form.timing} onChange={(value) => set('timing')(value)}>
              <Group mt={6}>
                <Radio value="PAST" label="Done (plan after it)" />
                <Radio value="PLANNED" label="Planned (prepare for it)" />
              </Group>
            </Radio.Group>
            <NumberInput label="Days to plan" min={1} max={90} value={form.days} onChange={set('days')} />
          </SimpleGrid>
          <Title order={2} size="h4">
            The skin profile
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            <Select
              label="Fitzpatrick skin type"
              placeholder="Not given"
              clearable
              data={['1', '2', '3', '4', '5', '6'].map((value) => ({
                value,
                label: `Type ${['I', 'II', 'III', 'IV', 'V', 'VI'][Number(value) - 1]}`,
              }))}
              value={form.fitzpatrickType}
              onChange={set('fitzpatrickType')}
            />
            <NumberInput label="Age" placeholder="Not given" min={1} max={120} value={form.age} onChange={set('age')} />
            <MultiSelect
              label="Topicals in use"
              placeholder="None"
              searchable
              data={options.topicals.map((t) => ({ value: t.slug, label: t.name }))}
              value={form.currentTopicals}
              onChange={set('currentTopicals')}
            />
            <MultiSelect
              label="Skin conditions"
              placeholder="None"
              searchable
              data={(options.conditions?.enumValues ?? []).map((v) => ({ value: v.name, label: words(v.name) }))}
              value={form.conditions}
              onChange={set('conditions')}
            />
            <MultiSelect
              label="Medications taken now"
              placeholder="None"
              searchable
              data={(options.medications?.enumValues ?? []).map((v) => ({ value: v.name, label: words(v.name) }))}
              value={form.medications}
              onChange={set('medications')}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={computing}>
              Show the plan
            </Button>
          </Group>
        </Stack>
      </Card>
      {problems.length > 0 && (
        <Alert color="red" title="The plan could not be made" role="alert">
          {problems.map((problem) => (
            <Text size="sm" key={problem}>
              {problem}
            </Text>
          ))}
        </Alert>
      )}
      {plan && <PlanCalendar plan={plan} />}
    </Stack>
  );
}
