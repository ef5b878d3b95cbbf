// What the API said when it refused: its message, and the problem of each field it named
// (BAD_USER_INPUT carries them in extensions.fields, e.g. { field: 'input.email', message }).
import type { CombinedError } from 'urql';

export interface ApiProblem {
  message: string;
  /** By the last part of the field's path (`input.email` → `email`). */
  fields: Record<string, string>;
}

export function apiProblem(error: CombinedError | undefined): ApiProblem | null {
  if (!error) return null;
  const first = error.graphQLErrors[0];
  if (!first) return { message: 'The server could not be reached; try again.', fields: {} };
  const listed = (first.extensions?.fields ?? []) as { field: string; message: string }[];
  const fields = Object.fromEntries(listed.map(({ field, message }) => [field.split('.').pop() ?? field, message]));
  return { message: first.message, fields };
}
