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
  const extensions = first.extensions as { code?: string; fields?: { field: string; message: string }[]; currentVersion?: number };
  const fields: Record<string, string> = {};
  for (const { field, message } of extensions.fields ?? []) {
    const path = field.replace(/^input\./, '');
    fields[path] = fields[path] ? `${fields[path]}; ${message}` : message;
  }
  return { code: extensions.code ?? null, message: first.message, fields, currentVersion: extensions.currentVersion ?? null };
}

/** The messages for a field and everything under it (its list items, its nested fields). */
export function fieldError(problem: ApiProblem | null, name: string): string | undefined {
  if (!problem) return undefined;
  const messages = Object.entries(problem.fields)
    .filter(([path]) => path === name || path.startsWith(`${name}.`) || path.startsWith(`${name}[`))
    .map(([path, message]) => (path === name ? message : `${path.slice(name.length).replace(/^\./, '')}: ${message}`));
  return messages.length ? messages.join('; ') : undefined;
}
