// Other entries picked by name from a list the server searches as you type (never the whole catalog).
import { type ComboboxParsedItem, MultiSelect, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import type { ContentType } from '../../gql/graphql';
import { ContentEntriesQuery } from '../documents';
import { entryName, viewOfType } from '../model';

interface Props {
  to: ContentType;
  label: string;
  description?: string;
  error?: string;
  /** Single: a key or null; multiple: keys. */
  value: string | null | readonly string[];
  multiple: boolean;
  onChange(value: string | null | string[]): void;
  clearable?: boolean;
  placeholder?: string;
}

export function ReferenceSelect({ to, label, description, error, value, multiple, onChange, clearable, placeholder }: Props) {
  const view = viewOfType(to);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [{ data }] = useQuery({
    query: ContentEntriesQuery,
    variables: { type: to, filter: debounced ? { search: debounced } : null, first: 20 },
  });
  const selected = useMemo(() => (multiple ? [...((value as string[] | null) ?? [])] : value ? [value as string] : []), [value, multiple]);
  const options = useMemo(() => {
    const found = (data?.editorialEntries.edges ?? []).map(({ node }) => ({
      value: node.key,
      label: `${entryName(view, node.draft, node.key)} (${node.key})`,
    }));
    // Chosen entries stay listed (by key) when the current search does not find them.
    const missing = selected.filter((key) => !found.some((option) => option.value === key)).map((key) => ({ value: key, label: key }));
    return [...missing, ...found];
  }, [data, selected, view]);
  const common = {
    label,
    description,
    error,
    data: options,
    searchable: true,
    searchValue: search,
    onSearchChange: setSearch,
    // The server has filtered already: show what it found.
    filter: ({ options: all }: { options: ComboboxParsedItem[] }) => all,
    nothingFoundMessage: `No ${view.label.toLowerCase()} found`,
    placeholder: placeholder ?? `Search ${view.label.toLowerCase()}`,
  };
  if (multiple) {
    return <MultiSelect {...common} value={selected} onChange={(keys) => onChange(keys)} clearable />;
  }
  return <Select {...common} value={selected[0] ?? null} onChange={(key) => onChange(key)} clearable={clearable ?? false} />;
}
