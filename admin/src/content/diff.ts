// Field-by-field differences between two versions of an entry's content, for history and conflicts.
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/** A value as an editor reads it: text as it is, lists joined, objects as indented JSON. */
export function readable(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.length ? value.join(', ') : '—';
  if (typeof value === 'object') return JSON.stringify(value, null, 2);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '—';
}

export function changes(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .filter((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null))
    .map((field) => ({ field, before: readable(before[field]), after: readable(after[field]) }));
}
