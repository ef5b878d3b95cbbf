// Full-text search documents: a generated (STORED) tsvector column per searchable table, so
// PostgreSQL keeps it current on every insert and update, with a GIN index each (see
// src/modules/search). Weights: A name or title, B aliases and categories, C descriptions, D long text.
// The expressions must be immutable: text arrays go through text_array_to_string() (created by the
// AddSearch migration), because array_to_string() is only stable.
import { applyDecorators } from '../graphql/apply-decorators';
import { Column, Index } from 'typeorm';

/** The text-search configuration of the documents and of the queries run against them. */
export const SEARCH_CONFIG = 'english';

const weighted = (weight: 'A' | 'B' | 'C' | 'D', text: string) => `setweight(to_tsvector('${SEARCH_CONFIG}', ${text}), '${weight}')`;

/** The `search_vector` expression from weighted SQL text expressions. */
export function searchDocument(parts: Partial<Record<'A' | 'B' | 'C' | 'D', string>>): string {
  return (Object.entries(parts) as ['A' | 'B' | 'C' | 'D', string][]).map(([weight, text]) => weighted(weight, text)).join(' || ');
}

/**
 * The generated `search_vector` column and its GIN index. Never selected or written by TypeORM
 * (and skipped by the storefront row readers): only the search queries read it.
 */
export function SearchVector(table: string, expression: string): PropertyDecorator {
  return applyDecorators(
    Index(`IDX_${table}_search_vector`, { type: 'gin' }),
    Column({
      name: 'search_vector',
      type: 'tsvector',
      generatedType: 'STORED',
      asExpression: expression,
      select: false,
      insert: false,
      update: false,
    }),
  );
}
