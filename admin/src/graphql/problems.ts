// The API's errors as the console shows them: the message, the code, and each bad field's message
// keyed by its path in the input ("title", "ingredients[0].topical", "parameters").
import type { CombinedError } from 'urql';

export interface ApiProblem {
  code: string | null;
  message: string;
  /** Path (without the leading "input.") → message. */
  fields: Record<string, string>;
  /** With CONFLICT: the entry's version now. */
  currentVersion: number | null;
}

export function problemOf(error: CombinedError | undefined | null): ApiProblem | null {
  if (!error) return null;
  const first = error.graphQLErrors[0];
  if (!first) return { code: null, message: 'The server could not be reached; try again.', fields: {}, currentVersion: null };
  const extensions = first.extensions as { code?: string; fields?: InputProblem[]; currentVersion?: number };
  return {
    code: extensions.code ?? null,
    message: first.message,
    fields: byPath(extensions.fields ?? []),
    currentVersion: extensions.currentVersion ?? null,
  };
}

interface InputProblem {
  field: string;
  message: string;
}

/** Problems a check found without saving (validateCompatibilityRule), shown as a refused save's would be. */
export function problemOfChecks(problems: readonly InputProblem[]): ApiProblem | null {
  if (problems.length === 0) return null;
  return { code: 'BAD_USER_INPUT', message: 'Saving would be refused: see the marked fields.', fields: byPath(problems), currentVersion: null };
}

function byPath(problems: readonly InputProblem[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const { field, message } of problems) {
    const path = field.replace(/^input\./, '');
    fields[path] = fields[path] ? `${fields[path]}; ${message}` : message;
  }
  return fields;
}

/** The messages for a field and everything under it (its list items, its nested fields). */
export function fieldError(problem: ApiProblem | null, name: string): string | undefined {
  if (!problem) return undefined;
  const messages = Object.entries(problem.fields)
    .filter(([path]) => path === name || path.startsWith(`${name}.`) || path.startsWith(`${name}[`))
    .map(([path, message]) => (path === name ? message : `${path.slice(name.length).replace(/^\./, '')}: ${message}`));
  return messages.length ? messages.join('; ') : undefined;
}
