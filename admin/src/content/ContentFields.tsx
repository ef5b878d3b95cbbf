// An entry's edit form, built from its type's field descriptions (model.ts).
import { MultiSelect, NumberInput, Select, Stack, Switch, TagsInput, Textarea, TextInput } from '@mantine/core';
import { type ApiProblem, fieldError } from '../graphql/problems';
import { optionsOf } from './enums';
import { IngredientsField } from './fields/IngredientsField';
import { MarkdownField } from './fields/MarkdownField';
import { ReferenceSelect } from './fields/ReferenceSelect';
import { RuleParametersField } from './fields/RuleParametersField';
import type { FieldSpec } from './model';
import { emptyParameters } from './rule-kinds';

type Values = Record<string, unknown>;

interface Props {
  fields: readonly FieldSpec[];
  values: Values;
  onChange(values: Values): void;
  problem: ApiProblem | null;
}

export function ContentFields({ fields, values, onChange, problem }: Props) {
  const setField = (name: string, value: unknown) => onChange({ ...values, [name]: value });
  const errorAt = (path: string) => fieldError(problem, path);

  function render(spec: FieldSpec) {
    const value = values[spec.name];
    const common = { label: spec.label, description: spec.description, error: errorAt(spec.name) };
    switch (spec.kind) {
      case 'text':
        return (
          <TextInput
            {...common}
            type={spec.url ? 'url' : 'text'}
            value={(value as string | null) ?? ''}
            // An optional address left empty is null, not "".
            onChange={(event) => setField(spec.name, spec.url && !event.currentTarget.value ? null : event.currentTarget.value)}
          />
        );
      case 'textarea':
        return (
          <Textarea
            {...common}
            autosize
            minRows={2}
            value={(value as string) ?? ''}
            onChange={(event) => setField(spec.name, event.currentTarget.value)}
          />
        );
      case 'markdown':
        return <MarkdownField {...common} value={(value as string) ?? ''} onChange={(text) => setField(spec.name, text)} />;
      case 'number':
        return (
          <NumberInput
            {...common}
            min={spec.min}
            max={spec.max}
            step={spec.step}
            allowDecimal={!spec.integer}
            value={typeof value === 'number' ? value : ''}
            onChange={(next) => setField(spec.name, typeof next === 'number' ? next : spec.nullable ? null : 0)}
          />
        );
      case 'boolean':
        return (
          <Switch
            label={spec.label}
            description={spec.description}
            error={common.error}
            checked={Boolean(value)}
            onChange={(event) => setField(spec.name, event.currentTarget.checked)}
          />
        );
      case 'select':
        return (
          <Select
            {...common}
            data={optionsOf(spec.options)}
            value={(value as string) ?? null}
            allowDeselect={false}
            onChange={(next) => {
              // A rule's parameters belong to its kind: a new kind starts from its own.
              if (spec.name === 'kind' && next !== value) {
                onChange({ ...values, kind: next, parameters: emptyParameters(next ?? ''), subjects: [], pairA: [], pairB: [] });
              } else setField(spec.name, next);
            }}
          />
        );
      case 'multiselect':
        return (
          <MultiSelect {...common} data={optionsOf(spec.options)} value={(value as string[]) ?? []} onChange={(next) => setField(spec.name, next)} />
        );
      case 'tags':
        return <TagsInput {...common} value={(value as string[]) ?? []} onChange={(next) => setField(spec.name, next)} />;
      case 'reference':
        return (
          <ReferenceSelect
            {...common}
            to={spec.to}
            multiple={spec.multiple}
            value={(value as string | string[] | null) ?? (spec.multiple ? [] : null)}
            onChange={(next) => setField(spec.name, next ?? (spec.multiple ? [] : ''))}
          />
        );
      case 'ingredients':
        return (
          <IngredientsField
            label={spec.label}
            error={problem?.fields.ingredients}
            value={(value as never[]) ?? []}
            onChange={(next) => setField(spec.name, next)}
            errorAt={errorAt}
          />
        );
      case 'ruleParameters':
        return <RuleParametersField values={values} setField={setField} errorAt={errorAt} />;
    }
  }

  return (
    <Stack>
      {fields.map((spec) => (
        <div key={spec.name}>{render(spec)}</div>
      ))}
    </Stack>
  );
}
