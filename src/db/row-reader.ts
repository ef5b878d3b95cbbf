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
  /** One SELECT item: the row under `alias` as a JSON object keyed by property, named `prefix + "json"`. */
  select(alias: string): string;
  /** An entity instance with every column property set from the row's JSON object. */
  read(row: Record<string, unknown>): E;
}

const EDITORIAL_ONLY = new Set(['version', 'updatedAt', 'deletedAt', 'pendingDraft', 'lastEditedById']);

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

const readers = new WeakMap<DataSource, Map<unknown, Map<string, RowReader<any>>>>();

/** The reader of `entity` with keys `prefix + property` (built once per data source). */
export function rowReader<E extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<E>, prefix = ''): RowReader<E> {
  if (!readers.has(dataSource)) readers.set(dataSource, new Map());
  const byEntity = readers.get(dataSource)!;
  if (!byEntity.has(entity)) byEntity.set(entity, new Map());
  const byPrefix = byEntity.get(entity)!;
  if (!byPrefix.has(prefix)) byPrefix.set(prefix, buildReader(dataSource, entity, prefix));
  return byPrefix.get(prefix)!;
}

function buildReader<E extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<E>, prefix: string): RowReader<E> {
  const metadata = dataSource.getMetadata(entity);
  const Target = metadata.target as new () => E;
  // `select: false` columns (the search documents) are left out like TypeORM's own reads leave them out.
  const columns = metadata.columns
    .filter((c) => c.isSelect && !EDITORIAL_ONLY.has(c.propertyName))
    .map((c) => ({ property: c.propertyName, database: c.databaseName, timestamp: c.type === 'timestamptz' }));
  const key = `${prefix}json`;
  return {
    table: quote(metadata.tableName),
    column(property) {
      const found = columns.find((c) => c.property === property);
      if (!found) throw new Error(`${metadata.name} has no column ${property}`);
      return quote(found.database);
    },
    select: (alias) => `json_build_object(${columns.map((c) => `'${c.property}', ${quote(alias)}.${quote(c.database)}`).join(', ')}) AS ${quote(key)}`,
    read(row) {
      const json = row[key] as Record<string, unknown>;
      const entry = new Target() as Record<string, unknown>;
      for (const c of columns) {
        const value = json[c.property];
        entry[c.property] = c.timestamp && value != null ? new Date(value as string) : value;
      }
      return entry as E;
    },
  };
}
