// Hand-written checks for rule parameters stored as raw JSON. Each check reports every problem it
// finds instead of stopping at the first, so an editor sees all mistakes of a rule at once. Each
// also says in words what it accepts, so the rule kinds' documentation is generated from the very
// checks that enforce it (docs/api/rule-kinds.md).

export type Report = (message: string) => void;

export interface FieldCheck {
  (value: unknown, path: string, report: Report): void;
  /** What the check accepts, in words, e.g. "number ≥ 0". */
  readonly accepts: string;
  /** Null is accepted (the field must still be present). */
  readonly nullable: boolean;
  /** An object-valued field's own fields. */
  readonly fields?: FieldSpecs<unknown>;
}

export interface FieldSpec {
  readonly check: FieldCheck;
  /** What the field means: the documentation's and the API's description of it. */
  readonly meaning: string;
}

/** One spec per field: a field added to a parameter shape fails to compile until it is checked and explained. */
export type FieldSpecs<T> = { readonly [F in keyof T]-?: FieldSpec };

type CheckFunction = (value: unknown, path: string, report: Report) => void;

function describedCheck(accepts: string, check: CheckFunction, fields?: FieldSpecs<unknown>): FieldCheck {
  return Object.assign(check, { accepts, nullable: false, fields });
}

export function checkShape<T>(value: unknown, path: string, fields: FieldSpecs<T>, report: Report): value is T {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    report(`${path} must be an object, got ${show(value)}`);
    return false;
  }
  let valid = true;
  const reportInvalid: Report = (message) => {
    valid = false;
    report(message);
  };
  const record = value as Record<string, unknown>;
  for (const [field, { check }] of Object.entries<FieldSpec>(fields)) {
    if (Object.hasOwn(record, field)) check(record[field], `${path}.${field}`, reportInvalid);
    else reportInvalid(`${path}.${field} is missing`);
  }
  // Unknown fields are usually misspelt known ones that would otherwise be silently ignored.
  for (const field of Object.keys(record)) {
    if (!Object.hasOwn(fields, field)) reportInvalid(`${path}.${field} is not a known field`);
  }
  return valid;
}

export function shape<T>(fields: FieldSpecs<T>): FieldCheck {
  return describedCheck(
    'object',
    (value, path, report) => {
      checkShape(value, path, fields, report);
    },
    fields,
  );
}

export function numberAtLeast(min: number): FieldCheck {
  return describedCheck(`number ≥ ${min}`, (value, path, report) => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min) {
      report(`${path} must be a number >= ${min}, got ${show(value)}`);
    }
  });
}

export function integerBetween(min: number, max: number): FieldCheck {
  return describedCheck(`whole number from ${min} to ${max}`, (value, path, report) => {
    if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
      report(`${path} must be a whole number from ${min} to ${max}, got ${show(value)}`);
    }
  });
}

export function oneOf(values: Record<string, string>): FieldCheck {
  const allowed = Object.values(values);
  return describedCheck(`one of ${allowed.join(', ')}`, (value, path, report) => {
    if (typeof value !== 'string' || !allowed.includes(value)) {
      report(`${path} must be one of ${allowed.join(', ')}, got ${show(value)}`);
    }
  });
}

export const nonEmptyText: FieldCheck = describedCheck('non-empty text', (value, path, report) => {
  if (typeof value !== 'string' || value.trim() === '') report(`${path} must be non-empty text, got ${show(value)}`);
});

export function nullable(check: FieldCheck): FieldCheck {
  const checkUnlessNull: CheckFunction = (value, path, report) => {
    if (value !== null) check(value, path, report);
  };
  return Object.assign(checkUnlessNull, { accepts: check.accepts, nullable: true, fields: check.fields });
}

export function distinctListOf(item: FieldCheck): FieldCheck {
  return describedCheck(`list of distinct values, each ${item.accepts}`, (value, path, report) => {
    if (!Array.isArray(value)) {
      report(`${path} must be a list, got ${show(value)}`);
      return;
    }
    value.forEach((element, index) => item(element, `${path}[${index}]`, report));
    if (new Set(value).size !== value.length) report(`${path} lists a value twice`);
  });
}

function show(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}
