// A field-by-field diff of an entry's published content against its draft, in words a reviewer
// reads: nested objects (a rule's parameters) become one line per leaf ("parameters.scope.depthUpToMm"),
// lists of slugs or keys are joined, and only fields that differ are listed.

export interface FieldChange {
  /** Dotted path into the content, e.g. "parameters.hours". */
  field: string;
  /** Null: not there (a new entry, or a field the other side lacks). */
  published: string | null;
  draft: string | null;
}

type Content = Record<string, unknown>;

/** The fields that differ, in the draft's field order (then any only the published side has). */
export function diffFields(published: Content | null, draft: Content): FieldChange[] {
  const before = flatten(published ?? {});
  const after = flatten(draft);
  const fields = [...new Set([...after.keys(), ...before.keys()])];
  return fields.flatMap((field) => {
    const was = before.get(field) ?? null;
    const now = after.get(field) ?? null;
    return was === now ? [] : [{ field, published: was, draft: now }];
  });
}

/** Every leaf of `content` by its dotted path, as readable text (null for null). */
function flatten(content: Content, prefix = '', into = new Map<string, string | null>()): Map<string, string | null> {
  for (const [key, value] of Object.entries(content)) {
    const path = prefix + key;
    if (isPlainObject(value) && Object.keys(value).length > 0) flatten(value, `${path}.`, into);
    else into.set(path, readable(value));
  }
  return into;
}

function readable(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) {
    if (value.length === 0) return '(none)';
    return value.every((item) => item === null || typeof item !== 'object') ? value.map(String).join(', ') : JSON.stringify(value);
  }
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

function isPlainObject(value: unknown): value is Content {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
