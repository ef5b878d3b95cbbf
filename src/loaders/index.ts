// Per-request DataLoaders: every relation a field resolver follows is fetched with one statement
// per relation per request, however many parents the page holds. Created per request so that
// one caller's visibility (drafts or not) never leaks into another's cache.
// A relation the query is known to ask for can instead ride along in its parents' own statement
// (a Prefetch, see src/db/row-reader.ts): a round trip to PostgreSQL costs more CPU than the
// subquery's rows.
import DataLoader from 'dataloader';
import { DataSource, EntityTarget, In, ObjectLiteral } from 'typeorm';
import { Viewer, visibleTo } from '../core/viewer';
import {
  ArticleCitation,
  ArticleScarType,
  ArticleTopical,
  ArticleTreatment,
  Brand,
  Citation,
  Product,
  ProductIngredient,
  RuleCitation,
  RuleTopical,
  ScarType,
  Topical,
  TopicalScarType,
  Treatment,
  TreatmentScarType,
} from '../entities';
import { Prefetch, rowReader } from '../db/row-reader';
import { LINK_TABLES } from '../entities/links.entity';
import { User } from '../entities/user.entity';

/** Loads visible entries by id; a missing or hidden entry resolves to null. */
function byIdLoader<E extends ObjectLiteral & { id: string }>(
  dataSource: DataSource,
  viewer: Viewer,
  entity: EntityTarget<E>,
): DataLoader<string, E | null> {
  const entry = rowReader(dataSource, entity);
  const sql = `SELECT ${entry.select('entry')} FROM ${entry.table} entry WHERE entry.id = ANY($1) AND ${visibleTo(viewer, 'entry')}`;
  return new DataLoader(async (ids) => {
    const rows: Record<string, unknown>[] = await dataSource.query(sql, [ids]);
    const byId = new Map(rows.map((row) => entry.read(row)).map((read) => [read.id, read]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * Prefetches the visible `entity` (only the id and `fields`) that the parent's foreign key `parentKey`
 * names. A left join, not a correlated subquery: PostgreSQL runs such a subquery once per parent
 * row, and on a small table (brands) as a sequential scan each time; the join reads the table once.
 */
function byIdPrefetch<P extends ObjectLiteral, E extends ObjectLiteral & { id: string }>(
  dataSource: DataSource,
  viewer: Viewer,
  parent: EntityTarget<P>,
  parentKey: keyof P & string,
  entity: EntityTarget<E>,
) {
  const entry = rowReader(dataSource, entity);
  const foreignKey = rowReader(dataSource, parent).column(parentKey);
  return (fields: ReadonlySet<string>): Prefetch => ({
    select: (_parentAlias, as) => `CASE WHEN "${as}".id IS NULL THEN NULL ELSE ${entry.object(as, fields)} END AS "${as}"`,
    join: (parentAlias, as) => `LEFT JOIN ${entry.table} "${as}" ON "${as}".id = "${parentAlias}".${foreignKey} AND ${visibleTo(viewer, `"${as}"`)}`,
    read: (value) => (value == null ? null : entry.readObject(value as Record<string, unknown>)),
  });
}

/**
 * Loads, per parent id, the link rows of `link` whose `relation` target is visible, with the target
 * set on `relation` (one statement). `parentKey` is the link's property holding the parent id;
 * `orderBy` is SQL over the aliases `link` and `target`.
 */
function linkLoader<L extends ObjectLiteral>(
  dataSource: DataSource,
  viewer: Viewer,
  link: EntityTarget<L>,
  parentKey: keyof L & string,
  relation: keyof L & string,
  orderBy: string,
): DataLoader<string, L[]> & { prefetch(targetFields: ReadonlySet<string>): Prefetch; prefetchTargets(targetFields: ReadonlySet<string>): Prefetch } {
  const relationMetadata = dataSource.getMetadata(link).findRelationWithPropertyPath(relation)!;
  const links = rowReader(dataSource, link, 'l_');
  const target = rowReader(dataSource, relationMetadata.inverseEntityMetadata.target, 't_');
  const from = `FROM ${links.table} link
    JOIN ${target.table} target ON target.id = link."${relationMetadata.joinColumns[0].databaseName}" AND ${visibleTo(viewer, 'target')}`;
  const sql = `SELECT ${links.select('link')}, ${target.select('target')} ${from} WHERE link.${links.column(parentKey)} = ANY($1) ORDER BY ${orderBy}`;
  // A prefetched link row leaves out the ids its place already tells (its parent's, its target's).
  const keys = new Set<string>([parentKey, ...relationMetadata.joinColumns.map((c) => c.propertyName)]);
  const ownColumns = new Set(
    dataSource
      .getMetadata(link)
      .columns.map((c) => c.propertyName)
      .filter((property) => !keys.has(property)),
  );
  const withTarget = (entry: L, targetEntry: unknown): L => {
    (entry as Record<string, unknown>)[relation] = targetEntry;
    return entry;
  };
  const loader = new DataLoader<string, L[]>(async (parentIds) => {
    const rows: Record<string, unknown>[] = await dataSource.query(sql, [parentIds]);
    const grouped = new Map<string, L[]>(parentIds.map((id) => [id, []]));
    for (const row of rows) {
      const entry = withTarget(links.read(row), target.read(row));
      grouped.get(entry[parentKey])?.push(entry);
    }
    return parentIds.map((id) => grouped.get(id) ?? []);
  });
  /** The same rows of one parent as a JSON array of [link, target] pairs: links without their keys, targets with the id and `targetFields` only. */
  const prefetch = (targetFields: ReadonlySet<string>): Prefetch => ({
    select: (parentAlias, as) =>
      `(SELECT COALESCE(json_agg(json_build_array(${links.object('link', ownColumns)}, ${target.object('target', targetFields)}) ORDER BY ${orderBy}), '[]')
        ${from} WHERE link.${links.column(parentKey)} = "${parentAlias}".id) AS "${as}"`,
    read: (value) =>
      (value as [Record<string, unknown>, Record<string, unknown>][]).map(([l, t]) => withTarget(links.readObject(l), target.readObject(t))),
  });
  /** The targets alone, for a relation whose link rows carry nothing the query reads. */
  const prefetchTargets = (targetFields: ReadonlySet<string>): Prefetch => ({
    select: (parentAlias, as) =>
      `(SELECT COALESCE(json_agg(${target.object('target', targetFields)} ORDER BY ${orderBy}), '[]')
        ${from} WHERE link.${links.column(parentKey)} = "${parentAlias}".id) AS "${as}"`,
    read: (value) => (value as Record<string, unknown>[]).map(target.readObject),
  });
  return Object.assign(loader, { prefetch, prefetchTargets });
}

/** Same as linkLoader, returning the targets themselves. */
function linkedTargets<L extends ObjectLiteral, T>(loader: ReturnType<typeof linkLoader<L>>, relation: keyof L & string) {
  const targets = new DataLoader<string, T[]>(async (parentIds) => {
    const lists = await loader.loadMany(parentIds);
    return lists.map((list) => (list instanceof Error ? list : list.map((row) => row[relation] as T)));
  });
  return Object.assign(targets, { prefetch: loader.prefetchTargets });
}

/**
 * Whether each product contains a prescription-only topical. Every topical not deleted counts,
 * published or not: a topical still in draft must not hide that a product needs a prescription.
 */
function prescriptionOnlyLoader(dataSource: DataSource): DataLoader<string, boolean> & { prefetch(): Prefetch } {
  const topical = rowReader(dataSource, Topical);
  const containsPrescriptionTopical = (productId: string) =>
    `EXISTS (SELECT 1 FROM ${LINK_TABLES.productIngredient} pi JOIN ${topical.table} t ON t.id = pi.topical_id
             WHERE pi.product_id = ${productId} AND t.${topical.column('prescriptionOnly')} AND t.deleted_at IS NULL)`;
  const sql = `SELECT product.id, ${containsPrescriptionTopical('product.id')} AS prescription_only FROM unnest($1::uuid[]) AS product(id)`;
  const loader = new DataLoader<string, boolean>(async (productIds) => {
    const rows: { id: string; prescription_only: boolean }[] = await dataSource.query(sql, [productIds]);
    const byId = new Map(rows.map((row) => [row.id, row.prescription_only]));
    return productIds.map((id) => byId.get(id) ?? false);
  });
  /** The same, as a column of the product's own statement. */
  const prefetch = (): Prefetch => ({
    select: (parentAlias, as) => `${containsPrescriptionTopical(`"${parentAlias}".id`)} AS "${as}"`,
    read: (value) => value === true,
  });
  return Object.assign(loader, { prefetch });
}

/**
 * An object whose properties are made on first read and kept: a request builds only the loaders (and
 * their SQL) it uses; `{ __typename }` builds none.
 */
function onFirstUse<T extends Record<string, () => unknown>>(factories: T): { readonly [K in keyof T]: ReturnType<T[K]> } {
  const made = {} as { [K in keyof T]: ReturnType<T[K]> };
  for (const key of Object.keys(factories) as (keyof T)[]) {
    Object.defineProperty(made, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value = factories[key]() as ReturnType<T[typeof key]>;
        Object.defineProperty(made, key, { value, enumerable: true });
        return value;
      },
    });
  }
  return made;
}

/** Staff accounts by id, disabled ones included (their past edits keep their names); a missing id resolves to null. */
function staffUserLoader(dataSource: DataSource): DataLoader<string, User | null> {
  return new DataLoader(async (ids) => {
    const users = await dataSource.getRepository(User).find({ where: { id: In([...ids]) } });
    const byId = new Map(users.map((user) => [user.id, user]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Per entry id, the staff user who published its live version (its latest PUBLISH or import BASELINE revision); null: never published. */
function publisherLoader(dataSource: DataSource): DataLoader<string, string | null> {
  return new DataLoader(async (entryIds) => {
    const rows: { entryId: string; actorId: string | null }[] = await dataSource.query(
      `SELECT DISTINCT ON (entity_id) entity_id AS "entryId", actor_id AS "actorId" FROM revision
       WHERE entity_id = ANY($1) AND action IN ('PUBLISH', 'BASELINE') ORDER BY entity_id, created_at DESC, version DESC`,
      [entryIds],
    );
    const byEntry = new Map(rows.map((row) => [row.entryId, row.actorId]));
    return entryIds.map((id) => byEntry.get(id) ?? null);
  });
}

export function createLoaders(dataSource: DataSource, viewer: Viewer) {
  const links = <L extends ObjectLiteral>(link: EntityTarget<L>, parentKey: keyof L & string, relation: keyof L & string, orderBy: string) =>
    linkLoader(dataSource, viewer, link, parentKey, relation, orderBy);
  const targets = <L extends ObjectLiteral, T>(link: EntityTarget<L>, parentKey: keyof L & string, relation: keyof L & string, orderBy: string) =>
    linkedTargets<L, T>(links(link, parentKey, relation, orderBy), relation);
  return onFirstUse({
    viewer: () => viewer,
    brandById: () => byIdLoader(dataSource, viewer, Brand),
    /** A product's brand, for the product's own statement. */
    prefetchProductBrand: () => byIdPrefetch(dataSource, viewer, Product, 'brandId', Brand),
    topicalById: () => byIdLoader(dataSource, viewer, Topical),
    prescriptionOnlyByProductId: () => prescriptionOnlyLoader(dataSource),
    /** Ingredient rows of a product with their (visible) topical joined in. */
    ingredientsByProductId: () => links(ProductIngredient, 'productId', 'topical', 'target.name'),
    /** A rule's topicals in each role, in the order editors gave them. */
    ruleTopicalsByRuleId: () => links(RuleTopical, 'ruleId', 'topical', 'link.position'),
    scarTypesByTreatmentId: () => targets<TreatmentScarType, ScarType>(TreatmentScarType, 'treatmentId', 'scarType', 'target.name'),
    scarTypesByTopicalId: () => targets<TopicalScarType, ScarType>(TopicalScarType, 'topicalId', 'scarType', 'target.name'),
    treatmentsByArticleId: () => targets<ArticleTreatment, Treatment>(ArticleTreatment, 'articleId', 'treatment', 'target.name'),
    scarTypesByArticleId: () => targets<ArticleScarType, ScarType>(ArticleScarType, 'articleId', 'scarType', 'target.name'),
    topicalsByArticleId: () => targets<ArticleTopical, Topical>(ArticleTopical, 'articleId', 'topical', 'target.name'),
    citationsByArticleId: () => targets<ArticleCitation, Citation>(ArticleCitation, 'articleId', 'citation', 'link.position'),
    citationsByRuleId: () => targets<RuleCitation, Citation>(RuleCitation, 'ruleId', 'citation', 'link.position'),
    /** Who edited, published or reviewed an entry (staff only see these). */
    staffUserById: () => staffUserLoader(dataSource),
    /** The staff user id behind an entry's live version, for `publishedBy`. */
    publisherIdByEntryId: () => publisherLoader(dataSource),
  });
}

export type Loaders = ReturnType<typeof createLoaders>;
