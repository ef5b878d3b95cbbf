// A product's topicals, each with its concentration.
import { ActionIcon, Button, Fieldset, Group, NumberInput, Stack, Text } from '@mantine/core';
import { ReferenceSelect } from './ReferenceSelect';

interface Ingredient {
  topical: string;
  concentrationPercent: number | null;
}

interface Props {
  label: string;
  error?: string;
  value: Ingredient[];
  onChange(value: Ingredient[]): void;
  errorAt(path: string): string | undefined;
}

export function IngredientsField({ label, error, value, onChange, errorAt }: Props) {
  const set = (index: number, change: Partial<Ingredient>) => onChange(value.map((item, i) => (i === index ? { ...item, ...change } : item)));
  return (
    <Fieldset legend={label}>
      <Stack gap="xs">
        {value.length === 0 && <Text c="dimmed">No ingredients yet.</Text>}
        {value.map((ingredient, index) => (
          <Group key={index} align="flex-end" wrap="nowrap">
            <div style={{ flex: 1 }}>
              <ReferenceSelect
                to="TOPICAL"
                label={`Ingredient ${index + 1}`}
                multiple={false}
                value={ingredient.topical || null}
                error={errorAt(`ingredients[${index}].topical`) ?? errorAt(`ingredients[${index}]`)}
                onChange={(topical) => set(index, { topical: (topical as string | null) ?? '' })}
              />
            </div>
            <NumberInput
              label="Concentration (%)"
              w={160}
              min={0}
              max={100}
              decimalScale={3}
              value={ingredient.concentrationPercent ?? ''}
              error={errorAt(`ingredients[${index}].concentrationPercent`)}
              onChange={(amount) => set(index, { concentrationPercent: typeof amount === 'number' ? amount : null })}
            />
            <ActionIcon
              variant="default"
              size="lg"
              mb={2}
              aria-label={`Remove ingredient ${index + 1}`}
              onClick={() => onChange(value.filter((_, i) => i !== index))}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        {error && (
          <Text c="red.9" size="sm">
            {error}
          </Text>
        )}
        <Group>
          <Button variant="default" size="xs" onClick={() => onChange([...value, { topical: '', concentrationPercent: null }])}>
            Add ingredient
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
