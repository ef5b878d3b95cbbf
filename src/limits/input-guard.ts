// Text with a NUL character cannot be stored or compared by PostgreSQL (it fails the statement):
// such input is refused up front as BAD_USER_INPUT, naming where it was, instead of failing deep
// inside a resolver as an internal error.
import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, DocumentNode, visit } from 'graphql';
import { UserInputError } from '../core/errors';
import { requestFailure } from '../graphql/errors';

const NUL = '\u0000';
const MESSAGE = 'must not contain NUL (U+0000) characters';

/** The path of the first string containing NUL within a JSON value, or null. */
export function nulPath(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes(NUL) ? path : null;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const found = nulPath(value[index], `${path}[${index}]`);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = nulPath(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

/** Apollo reuses parsed documents, so each distinct document is walked once. */
const checkedDocuments = new WeakMap<DocumentNode, boolean>();

function documentHasNul(document: DocumentNode): boolean {
  const known = checkedDocuments.get(document);
  if (known !== undefined) return known;
  let found = false;
  visit(document, {
    StringValue(node) {
      if (node.value.includes(NUL)) {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  checkedDocuments.set(document, found);
  return found;
}

export function rejectNulCharacters(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const inVariables = nulPath(request.variables ?? {}, '');
          if (inVariables) throw requestFailure(UserInputError.forField(inVariables, MESSAGE), 400);
          if (documentHasNul(document)) throw requestFailure(UserInputError.forField('query', MESSAGE), 400);
        },
      };
    },
  };
}
