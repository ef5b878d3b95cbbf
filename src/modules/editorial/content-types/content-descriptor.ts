// What a content type declares (columns, links to other entries by slug or key, what still
// references an entry, type-specific checks), and the helpers the types share to declare it.
// The editorial workflow does everything else generically.
import { EntityManager, EntityTarget } from 'typeorm';
import { FieldProblem } from '../../../core/errors';
import { ContentEntity } from '../../../entities/content-base';
import { Image } from '../../../entities/image';
import { ContentType } from '../content-type';

/** Resolves slugs (or keys) of other entries to ids inside the mutation's transaction. */
export class ReferenceResolver {
  readonly problems: FieldProblem[] = [];
  constructor(private readonly manager: EntityManager) {}

  async ids(table: string, keyColumn: string, keys: readonly string[], field: string, what: string): Promise<string[]> {
    if (keys.length === 0) return [];
    const rows: { id: string; key: string }[] = await this.manager.query(
      `SELECT id, ${keyColumn} AS key FROM ${table} WHERE ${keyColumn} = ANY($1) AND deleted_at IS NULL`,
      [keys],
    );
    const byKey = new Map(rows.map((row) => [row.key, row.id]));
    return keys.flatMap((key, index) => {
      const id = byKey.get(key);
      if (!id) this.problems.push({ field: `${field}[${index}]`, message: `unknown ${what} "${key}"` });
      return id ? [id] : [];
    });
  }

  async id(table: string, keyColumn: string, key: string, field: string, what: string): Promise<string | undefined> {
    const rows: { id: string }[] = await this.manager.query(`SELECT id FROM ${table} WHERE ${keyColumn} = $1 AND deleted_at IS NULL`, [key]);
    if (rows.length === 0) this.problems.push({ field, message: `unknown ${what} "${key}"` });
    return rows[0]?.id;
  }
}

/** Entries of another type that still point at an entry; deleting it first would break them. */
export interface Reference {
  /** How the referrers are named in the refusal ("products"). */
  what: string;
  /** The referrers' table and the column of their slug or code. */
  from: { table: string; keyColumn: string };
  /** Where the pointer is: a link table (the referrer's id in `ownerColumn`, this entry's in `targetColumn`), or a column of the referrer. */
  via: { linkTable: string; ownerColumn: string; targetColumn: string } | { column: string };
}

/** The referrers' keys; $1 is the referenced entry's id. Referrers in the trash count only with `includeTrashed` (before a purge). */
export function referrersSql({ from, via }: Reference, includeTrashed: boolean): string {
  const live = includeTrashed ? '' : ' AND o.deleted_at IS NULL';
  return 'linkTable' in via
    ? `SELECT DISTINCT o.${from.keyColumn} AS key FROM ${via.linkTable} l JOIN ${from.table} o ON o.id = l.${via.ownerColumn} WHERE l.${via.targetColumn} = $1${live}`
    : `SELECT o.${from.keyColumn} AS key FROM ${from.table} o WHERE o.${via.column} = $1${live}`;
}

export interface ContentDescriptor<I extends object = object, E extends ContentEntity = ContentEntity> {
  type: ContentType;
  entity: EntityTarget<E>;
  table: string;
  /** The GraphQL type name, in mutation names (`createProduct`). */
  typeName: string;
  /** Column holding the human-readable unique key. */
  keyColumn: 'slug' | 'key' | 'code';
  label: string;
  /**
   * Its published content changes what regimen plans say (the engine's knowledge snapshot reads it,
   * or plans cite it). Then publishing or unpublishing an entry, and trashing, restoring or purging
   * a published one, needs a reviewer's sign-off (see sign-off.ts); drafts never published do not.
   */
  signOff: boolean;
  inputClass: new () => I;
  /** The input's key: its field named like `keyColumn`. */
  keyOf(input: I): string;
  /** Entity column values (plain, without links) from an input; links are resolved by `resolveLinks`. */
  columns(input: I, refs: ReferenceResolver): Promise<Partial<E>>;
  /** Checks that need no database: ranges, cross-field rules. */
  check(input: I): FieldProblem[];
  /**
   * Resolves the input's links (unknown ones become problems on `refs`) and returns what replaces
   * the entry's links with them; a pending draft is resolved (validated) without being written.
   */
  resolveLinks(input: I, refs: ReferenceResolver): Promise<LinkWriter>;
  /** The entry's current editable state, in input shape. */
  read(manager: EntityManager, entity: E): Promise<I>;
  references: Reference[];
}

export type LinkWriter = (manager: EntityManager, id: string) => Promise<void>;

type Defaulted = 'columns' | 'check' | 'resolveLinks' | 'references';

/** Every field of the input is an entity column of the same type. */
type InputIsColumns<I, E> = [keyof I] extends [keyof E] ? (I extends Partial<E> ? true : false) : false;

/** A descriptor without what describeContentType fills in; `columns` may be left out only where the input is columns alone. */
type ContentTypeDeclaration<I extends object, E extends ContentEntity> = Omit<ContentDescriptor<I, E>, Defaulted | 'keyOf'> &
  Partial<Pick<ContentDescriptor<I, E>, Defaulted>> &
  (InputIsColumns<I, E> extends true ? unknown : Pick<ContentDescriptor<I, E>, 'columns'>);

/**
 * A content type's descriptor from its declaration. Left out, the type's columns are its input's
 * fields, it has no checks of its own and no links, and nothing references its entries.
 */
export function describeContentType<I extends object, E extends ContentEntity>(declaration: ContentTypeDeclaration<I, E>): ContentDescriptor<I, E> {
  return {
    // Left out only where InputIsColumns holds (see ContentTypeDeclaration).
    columns: async (input) => ({ ...input }),
    check: () => [],
    resolveLinks: async () => async () => undefined,
    references: [],
    ...declaration,
    keyOf: (input) => (input as Record<string, string>)[declaration.keyColumn],
  };
}

/** Images as a column: absent is none, so that restoring a revision saved without them clears them. */
export function imageColumns(input: { images?: readonly Image[] | null }): { images: Image[] } {
  return { images: (input.images ?? []).map(({ url, alt, width, height }) => ({ url, alt, width, height })) };
}

/** Images in input shape: left out when there are none, so that such an entry reads (and hashes) as before images existed. */
export function imageFields(entity: { images: Image[] }): { images?: Image[] } {
  return entity.images.length > 0 ? { images: entity.images } : {};
}

/** Meta fields as columns: absent is null, so that restoring a revision saved without them clears them. */
export function pageColumns(input: { metaTitle?: string | null; metaDescription?: string | null }): {
  metaTitle: string | null;
  metaDescription: string | null;
} {
  return { metaTitle: input.metaTitle ?? null, metaDescription: input.metaDescription ?? null };
}

/**
 * Meta fields in input shape: left out when unset, so that an entry without them reads (and hashes,
 * for the knowledge import) as it did before they existed.
 */
export function pageFields(entity: { metaTitle: string | null; metaDescription: string | null }): { metaTitle?: string; metaDescription?: string } {
  return {
    ...(entity.metaTitle !== null && { metaTitle: entity.metaTitle }),
    ...(entity.metaDescription !== null && { metaDescription: entity.metaDescription }),
  };
}

export async function replaceLinks(
  manager: EntityManager,
  table: string,
  ownerColumn: string,
  ownerId: string,
  rows: Record<string, unknown>[],
): Promise<void> {
  await manager.query(`DELETE FROM ${table} WHERE ${ownerColumn} = $1`, [ownerId]);
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  const values: unknown[] = [];
  const tuples = rows.map((row) => `(${columns.map((column) => `$${values.push(row[column])}`).join(', ')})`);
  await manager.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`, values);
}

export async function linkedKeys(manager: EntityManager, sql: string, id: string): Promise<string[]> {
  const rows: { key: string }[] = await manager.query(sql, [id]);
  return rows.map((row) => row.key);
}

/** Referrers of the table `from` (keyed by `keyColumn`) that link to the entry through `linkTable`. */
export function linkedFrom(what: string, from: Reference['from'], linkTable: string, ownerColumn: string, targetColumn: string): Reference {
  return { what, from, via: { linkTable, ownerColumn, targetColumn } };
}
