// Entries of one content type as editors list them: drafts, pending drafts and the trash included,
// searched by key and name, filtered, a keyset page at a time in key order (never the whole catalog).
import { EntityManager } from 'typeorm';
import { UserInputError } from '../../core/errors';
import { ContentEntity } from '../../entities/content-base';
import { keysetPage } from '../../graphql/keyset';
import { Page, PageWindow } from '../../graphql/pagination';
import { CONTENT_DESCRIPTORS } from './content-types';
import { ContentDescriptor } from './content-types/content-descriptor';
import { ContentType } from './content-type';
import { EditorialEntryFilter } from './editorial.args';

/** The column holding each type's readable name, searched beside its key. */
const NAME_COLUMNS: Record<ContentType, 'name' | 'title'> = {
  [ContentType.ARTICLE]: 'title',
  [ContentType.BRAND]: 'name',
  [ContentType.CITATION]: 'title',
  [ContentType.COMPATIBILITY_RULE]: 'title',
  [ContentType.PRODUCT]: 'name',
  [ContentType.SCAR_TYPE]: 'name',
  [ContentType.TOPICAL]: 'name',
  [ContentType.TREATMENT]: 'name',
};

/** Filters that only some types have, and the type each belongs to. */
const TYPE_FILTERS: { field: 'brand' | 'ruleKind'; type: ContentType }[] = [
  { field: 'brand', type: ContentType.PRODUCT },
  { field: 'ruleKind', type: ContentType.COMPATIBILITY_RULE },
];

/** `%`, `_` and `\` stand for themselves in a search. */
function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function listEntries(
  manager: EntityManager,
  d: ContentDescriptor,
  filter: EditorialEntryFilter,
  window: PageWindow,
): Promise<Page<ContentEntity>> {
  for (const { field, type } of TYPE_FILTERS) {
    if (filter[field] != null && d.type !== type) {
      throw UserInputError.forField(`filter.${field}`, `applies to ${CONTENT_DESCRIPTORS[type].label} entries only, not to ${d.label} entries`);
    }
  }
  const query = manager.getRepository(d.entity).createQueryBuilder('entry').withDeleted();
  query.where(filter.trashed ? 'entry.deleted_at IS NOT NULL' : 'entry.deleted_at IS NULL');
  const search = filter.search?.trim();
  if (search) {
    // Also the pending draft's name: an entry is found under the name an editor just gave it.
    query.andWhere(
      `(entry.${d.keyColumn} ILIKE :search OR entry.${NAME_COLUMNS[d.type]} ILIKE :search OR entry.pending_draft ->> '${NAME_COLUMNS[d.type]}' ILIKE :search)`,
      { search: likePattern(search) },
    );
  }
  if (filter.status != null) query.andWhere('entry.status = :status', { status: filter.status });
  if (filter.pendingDraft != null) query.andWhere(`entry.pending_draft IS ${filter.pendingDraft ? 'NOT ' : ''}NULL`);
  if (filter.brand != null) query.andWhere('entry.brand_id IN (SELECT id FROM brand WHERE slug = :brand)', { brand: filter.brand });
  if (filter.ruleKind != null) query.andWhere('entry.kind = :ruleKind', { ruleKind: filter.ruleKind });
  return keysetPage(
    query,
    'entry',
    {
      sortExpression: `entry.${d.keyColumn}`,
      descending: false,
      sortValueOf: (row) => (row as unknown as Record<string, string>)[d.keyColumn],
    },
    window,
  );
}
