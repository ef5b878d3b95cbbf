// Storefront read paths (lists, loaders) run plain SQL and build entities from the rows with this
// reader: TypeORM's query building and hydration cost more CPU than the query itself. The editorial
// bookkeeping columns are left out: no storefront field shows them, and parsing them per row (two
// timestamps and a JSON draft) was a large share of a page's CPU. Never save an entity read here.
// Each row comes as one json_build_object, parsed by JSON.parse: about a third less CPU than pg's
// per-column parsers for timestamps and arrays. Timestamps become Dates again (same milliseconds).
import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

export interface RowReader<E> {
  /** The table, quoted. */
  table: string;
  /** Quoted database name of a property's column. */
  column(property: keyof E & string): string;
  /** SQL for the row under `alias` as a JSON object keyed by property: every column, or the id and `only`. */
  object(alias: string, only?: ReadonlySet<string>): string;
  /** One SELECT item: `object(alias, only)` named `prefix + "json"`. */
  select(alias: string, only?: ReadonlySet<string>): string;
  /** An entity instance with the column properties the row's JSON object holds (all, unless `only` was given). */
  read(row: Record<string, unknown>): E;
  /** The same from the JSON object itself (e.g. an element of a json_agg). */
  readObject(json: Record<string, unknown>): E;
}

/**
 * A relation fetched inside its parents' statement as JSON with only the columns the query asks
 * for: a correlated subquery, or for a to-one relation a join (see byIdPrefetch). Being partial, its
 * entities never enter the (shared, per-request) loader caches: they stay on the parent, where only
 * this query's field resolvers look.
 */
export interface Prefetch {
  /** One SELECT item named `as`: this relation of the parent row under `parentAlias`, as JSON. */
  select(parentAlias: string, as: string): string;
  /** A join the SELECT item reads from, under the alias `as`, added after the parent's table. */
  join?(parentAlias: string, as: string): string;
  /** The relation's value from that item. */
  read(value: unknown): unknown;
}

export interface PrefetchedField extends Prefetch {
  /** The parent's field the value answers. */
  field: string;
}

const PREFETCHED = Symbol('prefetched');

/**
 * What a read brings: the id and `columns` of the entity (every column when absent: then the
 * entity is whole) and the relations to prefetch. Partial entities go to the query that asked.
 */
export interface RowSelection {
  columns?: ReadonlySet<string>;
  prefetch: readonly PrefetchedField[];
}

export const WHOLE_ROWS: RowSelection = { prefetch: [] };

/** `selection` with `properties` added to its columns (e.g. what a cursor reads). */
export function withColumns(selection: RowSelection, properties: readonly string[]): RowSelection {
  return selection.columns ? { ...selection, columns: new Set([...selection.columns, ...properties]) } : selection;
}

/** The SELECT list of `reader`'s rows under `alias` as `selection` asks: columns and prefetched relations. */
export function selectedColumnsSql(reader: RowReader<ObjectLiteral>, alias: string, selection: RowSelection): string {
  return [reader.select(alias, selection.columns), ...selection.prefetch.map((p, index) => p.select(alias, `prefetch_${index}`))].join(', ');
}

/** The joins selectedColumnsSql's items read from, to follow the FROM item `alias` (often none). */
export function selectedJoinsSql(alias: string, selection: RowSelection): string {
  return selection.prefetch.map((p, index) => p.join?.(alias, `prefetch_${index}`) ?? '').join(' ');
}

/** Reads a row selected with selectedColumnsSql, keeping the prefetched relations on the entity. */
export function readSelected<E extends ObjectLiteral>(reader: RowReader<E>, row: Record<string, unknown>, selection: RowSelection): E {
  const entity = reader.read(row);
  const { prefetch } = selection;
  if (prefetch.length > 0) {
    Object.defineProperty(entity, PREFETCHED, { value: new Map(prefetch.map((p, index) => [p.field, p.read(row[`prefetch_${index}`])])) });
  }
  return entity;
}

/** The prefetched value of `parent`'s `field`, or else what `load` gives. */
export function prefetchedOr<T>(parent: object, field: string, load: () => Promise<T>): T | Promise<T> {
  const values = (parent as { [PREFETCHED]?: Map<string, unknown> })[PREFETCHED];
  return values?.has(field) ? (values.get(field) as T) : load();
}

const EDITORIAL_ONLY = new Set(['version', 'updatedAt', 'deletedAt', 'pendingDraft', 'lastEditedById']);

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

const readers = new WeakMap<DataSource, Map<unknown, Map<string, RowReader<ObjectLiteral>>>>();

/** The reader of `entity` with keys `prefix + property` (built once per data source). */
export function rowReader<E extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<E>, prefix = ''): RowReader<E> {
  if (!readers.has(dataSource)) readers.set(dataSource, new Map());
  const byEntity = readers.get(dataSource)!;
  if (!byEntity.has(entity)) byEntity.set(entity, new Map());
  const byPrefix = byEntity.get(entity)!;
  if (!byPrefix.has(prefix)) byPrefix.set(prefix, buildReader(dataSource, entity, prefix));
  // Stored per entity: the reader under `entity` is the one built for E.
  return byPrefix.get(prefix) as RowReader<E>;
}

function buildReader<E extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<E>, prefix: string): RowReader<E> {
  const metadata = dataSource.getMetadata(entity);
  const Target = metadata.target as new () => E;
  // `select: false` columns (the search documents) are left out like TypeORM's own reads leave them out.
  const columns = metadata.columns
    .filter((c) => c.isSelect && !EDITORIAL_ONLY.has(c.propertyName))
    .map((c) => ({ property: c.propertyName, database: c.databaseName, timestamp: c.type === 'timestamptz' }));
  const timestamps = new Set(columns.filter((c) => c.timestamp).map((c) => c.property));
  const key = `${prefix}json`;
  return {
    table: quote(metadata.tableName),
    column(property) {
      const found = columns.find((c) => c.property === property);
      if (!found) throw new Error(`${metadata.name} has no column ${property}`);
      return quote(found.database);
    },
    object,
    select: (alias, only) => `${object(alias, only)} AS ${quote(key)}`,
    read: (row) => readObject(row[key] as Record<string, unknown>),
    readObject,
  };

  function object(alias: string, only?: ReadonlySet<string>): string {
    const chosen = only ? columns.filter((c) => c.property === 'id' || only.has(c.property)) : columns;
    return `json_build_object(${chosen.map((c) => `'${c.property}', ${quote(alias)}.${quote(c.database)}`).join(', ')})`;
  }

  // The JSON's keys are the properties object() asked for: only they are visited.
  function readObject(json: Record<string, unknown>): E {
    const entry = new Target() as Record<string, unknown>;
    for (const property in json) {
      const value = json[property];
      entry[property] = value != null && timestamps.has(property) ? new Date(value as string) : value;
    }
    return entry as E;
  }
}
