// A compatibility rule's kind-specific part: its parameters (from the rule-kind registry, see
// rule-kinds.ts) and its topicals by role (subjects, or the two sides of a conflict).
import { Fieldset, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { humanize, optionsOf } from '../enums';
import { type ParameterSpec, RULE_KIND_FORMS, SCOPE_DEVICES, SCOPE_FIELDS } from '../rule-kinds';
import { ReferenceSelect } from './ReferenceSelect';

type Values = Record<string, unknown>;

interface Props {
  values: Values;
  setField(name: string, value: unknown): void;
  errorAt(path: string): string | undefined;
}

const nullableNumber = (value: unknown) => (typeof value === 'number' ? value : '');
const numberOrNull = (value: string | number) => (typeof value === 'number' ? value : null);

function ScopeFields({ value, onChange, errorAt }: { value: Values; onChange(value: Values): void; errorAt(path: string): string | undefined }) {
  const set = (name: string, next: unknown) => onChange({ ...value, [name]: next });
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <MultiSelect
        label={SCOPE_FIELDS.devices.label}
        description={SCOPE_FIELDS.devices.description}
        data={optionsOf(SCOPE_DEVICES)}
        value={(value.devices as string[] | undefined) ?? []}
        error={errorAt('parameters.scope.devices')}
        onChange={(devices) => set('devices', devices)}
      />
      <TextInput
        label={SCOPE_FIELDS.tier.label}
        description={SCOPE_FIELDS.tier.description}
        value={(value.tier as string | null) ?? ''}
        error={errorAt('parameters.scope.tier')}
        onChange={(event) => set('tier', event.currentTarget.value.trim() ? event.currentTarget.value : null)}
      />
      <NumberInput
        label={SCOPE_FIELDS.depthAboveMm.label}
        description={SCOPE_FIELDS.depthAboveMm.description}
        min={0}
        step={0.05}
        decimalScale={2}
        value={nullableNumber(value.depthAboveMm)}
        error={errorAt('parameters.scope.depthAboveMm')}
        onChange={(depth) => set('depthAboveMm', numberOrNull(depth))}
      />
      <NumberInput
        label={SCOPE_FIELDS.depthUpToMm.label}
        description={SCOPE_FIELDS.depthUpToMm.description}
        min={0}
        step={0.05}
        decimalScale={2}
        value={nullableNumber(value.depthUpToMm)}
        error={errorAt('parameters.scope.depthUpToMm')}
        onChange={(depth) => set('depthUpToMm', numberOrNull(depth))}
      />
    </SimpleGrid>
  );
}

function ParameterInput({ spec, value, onChange, error }: { spec: ParameterSpec; value: unknown; onChange(value: unknown): void; error?: string }) {
  const common = { label: spec.label, description: spec.description, error };
  switch (spec.kind) {
    case 'number':
      return (
        <NumberInput
          {...common}
          min={spec.min}
          max={spec.max}
          allowDecimal={!spec.integer}
          value={spec.nullable ? nullableNumber(value) : ((value as number | undefined) ?? 0)}
          onChange={(next) => onChange(spec.nullable ? numberOrNull(next) : typeof next === 'number' ? next : 0)}
        />
      );
    case 'select':
      return (
        <Select
          {...common}
          data={optionsOf(spec.options)}
          value={(value as string | null) ?? null}
          clearable={spec.nullable}
          searchable={spec.options.length > 8}
          placeholder={spec.nullable ? 'None' : undefined}
          onChange={(next) => onChange(next ?? (spec.nullable ? null : spec.options[0]))}
        />
      );
    case 'multiselect':
      return <MultiSelect {...common} data={optionsOf(spec.options)} value={(value as string[] | undefined) ?? []} onChange={onChange} />;
    case 'text':
      return (
        <TextInput
          {...common}
          value={(value as string | null) ?? ''}
          onChange={(event) => onChange(spec.nullable && !event.currentTarget.value.trim() ? null : event.currentTarget.value)}
        />
      );
    case 'scope':
      return null;
  }
}

export function RuleParametersField({ values, setField, errorAt }: Props) {
  const kind = typeof values.kind === 'string' ? values.kind : '';
  const form = RULE_KIND_FORMS[kind];
  if (!form) return null;
  const parameters = (values.parameters as Values | undefined) ?? {};
  const setParameter = (name: string, value: unknown) => setField('parameters', { ...parameters, [name]: value });
  const topicalList = (name: 'subjects' | 'pairA' | 'pairB', label: string, description: string) => (
    <ReferenceSelect
      to="TOPICAL"
      label={label}
      description={description}
      multiple
      value={(values[name] as string[] | undefined) ?? []}
      error={errorAt(name)}
      onChange={(keys) => setField(name, keys)}
    />
  );
  return (
    <Fieldset legend={`${humanize(kind)} parameters`}>
      <Stack>
        <Text size="sm">{form.description}</Text>
        {errorAt('parameters') && (
          <Text c="red.9" size="sm" role="alert">
            {errorAt('parameters')}
          </Text>
        )}
        {form.parameters.map((spec) =>
          spec.kind === 'scope' ? (
            <Fieldset key={spec.name} legend={spec.label} variant="filled">
              <Text size="sm" mb="xs">
                {spec.description}
              </Text>
              <ScopeFields
                value={(parameters.scope as Values | undefined) ?? {}}
                onChange={(scope) => setParameter('scope', scope)}
                errorAt={errorAt}
              />
            </Fieldset>
          ) : (
            <ParameterInput
              key={spec.name}
              spec={spec}
              value={parameters[spec.name]}
              error={errorAt(`parameters.${spec.name}`)}
              onChange={(value) => setParameter(spec.name, value)}
            />
          ),
        )}
        {form.topicals === 'subjects' && topicalList('subjects', 'Subject topicals', 'The topicals the rule holds, stops or asks for.')}
        {form.topicals === 'pairs' && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {topicalList('pairA', 'Pair A topicals', 'One side of the conflict.')}
            {topicalList('pairB', 'Pair B topicals', 'The other side.')}
          </SimpleGrid>
        )}
      </Stack>
    </Fieldset>
  );
}
