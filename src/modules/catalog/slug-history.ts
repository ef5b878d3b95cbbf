// Old slugs still find their entry (slug history: see the SeoAndSlugHistory migration), and the
// answer says so, so that a storefront can redirect to the current slug.
import { SqlWhere } from '../../graphql/keyset';

/** Tables whose entries keep their old slugs. */
export type PageTable = 'product' | 'article' | 'treatment';

/** SQL: the entry under `alias` has this slug now, or had it before a rename. */
export function hasSlugNowOrBefore(where: SqlWhere, table: PageTable, alias: string, slug: string): string {
  const value = where.param(slug);
  return `(${alias}.slug = ${value} OR ${alias}.id = (SELECT h.entity_id FROM slug_history h WHERE h.entity_type = '${table}' AND h.slug = ${value}))`;
}

/** The entry found for `slug`, telling when it was found by an old one. */
export function withRedirect<E extends { slug: string; redirectFrom?: string | null }>(entry: E | null, slug: string): E | null {
  if (entry && entry.slug !== slug) entry.redirectFrom = slug;
  return entry;
}
