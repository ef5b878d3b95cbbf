import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { PublicationStatus } from '../../domain/enums';
import {
  Article,
  ArticleCitation,
  ArticleScarType,
  ArticleTopical,
  ArticleTreatment,
  Brand,
  Citation,
  Product,
  ProductIngredient,
  ReferenceDataApplied,
  ScarType,
  Topical,
  Treatment,
} from '../../entities';
import { DEMO_CATALOG } from '.';
import { DemoCatalog } from './types';

// Serialises loaders of several instances starting against one database at the same time.
const DEMO_CATALOG_LOCK = 727_001;

/** Ids of existing entries by natural key (slug or key), soft-deleted ones included. */
class IdIndex {
  private readonly ids = new Map<string, string>();
  set(key: string, id: string): void {
    this.ids.set(key, id);
  }
  /** Ids of the keys that exist; an entry editors removed for good is skipped, not re-created. */
  existing(keys: string[]): string[] {
    return keys.flatMap((key) => (this.ids.has(key) ? [this.ids.get(key)!] : []));
  }
  get(key: string): string | undefined {
    return this.ids.get(key);
  }
}

async function indexBy<E extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  key: keyof E & string,
): Promise<IdIndex> {
  const index = new IdIndex();
  const rows = await manager.getRepository(entity).find({ withDeleted: true, select: { id: true, [key]: true } as never });
  for (const row of rows) index.set(row[key], row.id);
  return index;
}

/**
 * Inserts every demo catalog entry that was never loaded before, in one transaction, after the
 * clinical knowledge it names has been imported. Entries are keyed ("product:..."), so a restart
 * inserts nothing, editors' changes are never overwritten, and entries editors deleted are not
 * brought back; links to knowledge that is missing are left out.
 */
export async function loadDemoCatalog(dataSource: DataSource, data: DemoCatalog = DEMO_CATALOG): Promise<{ inserted: number }> {
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [DEMO_CATALOG_LOCK]);
    const applied = new Set((await manager.find(ReferenceDataApplied)).map((row) => row.key));
    const newKeys: string[] = [];
    const isNew = (key: string) => {
      if (applied.has(key)) return false;
      newKeys.push(key);
      return true;
    };
    const now = new Date();
    const published = { status: PublicationStatus.PUBLISHED, publishedAt: now, lastPublishedAt: now };

    const insert = async <E extends ObjectLiteral>(entity: EntityTarget<E>, rows: Partial<E>[]): Promise<string[]> => {
      if (rows.length === 0) return [];
      const result = await manager.getRepository(entity).insert(rows);
      return result.identifiers.map((identifier) => identifier.id as string);
    };
    const link = async <E extends ObjectLiteral>(entity: EntityTarget<E>, rows: Partial<E>[]) => {
      if (rows.length > 0) await manager.getRepository(entity).insert(rows);
    };

    const citationIds = await indexBy(manager, Citation, 'key');
    const scarTypeIds = await indexBy(manager, ScarType, 'slug');
    const topicalIndex = await indexBy(manager, Topical, 'slug');

    const brands = data.brands.filter((b) => isNew(`brand:${b.slug}`));
    await insert(
      Brand,
      brands.map((b) => ({ ...b, ...published })),
    );
    const brandIds = await indexBy(manager, Brand, 'slug');

    const products = data.products.filter((p) => brandIds.get(p.brandSlug) !== undefined && isNew(`product:${p.slug}`));
    const productIds = await insert(
      Product,
      products.map(({ brandSlug, ingredients: _links, ...p }) => ({ ...p, brandId: brandIds.get(brandSlug)!, ...published })),
    );
    await link(
      ProductIngredient,
      products.flatMap((p, i) =>
        p.ingredients.flatMap((ingredient) => {
          const topicalId = topicalIndex.get(ingredient.topicalSlug);
          return topicalId ? [{ productId: productIds[i], topicalId, concentrationPercent: ingredient.concentrationPercent }] : [];
        }),
      ),
    );

    const treatmentIndex = await indexBy(manager, Treatment, 'slug');
    const articles = data.articles.filter((a) => isNew(`article:${a.slug}`));
    const articleIds = await insert(
      Article,
      articles.map(({ treatmentSlugs: _t, scarTypeSlugs: _s, topicalSlugs: _p, citationKeys: _c, publishedAt, ...a }) => ({
        ...a,
        publishedAt: publishedAt ? new Date(publishedAt) : null,
        lastPublishedAt: publishedAt ? new Date(publishedAt) : null,
      })),
    );
    await link(
      ArticleTreatment,
      articles.flatMap((a, i) => treatmentIndex.existing(a.treatmentSlugs).map((treatmentId) => ({ articleId: articleIds[i], treatmentId }))),
    );
    await link(
      ArticleScarType,
      articles.flatMap((a, i) => scarTypeIds.existing(a.scarTypeSlugs).map((scarTypeId) => ({ articleId: articleIds[i], scarTypeId }))),
    );
    await link(
      ArticleTopical,
      articles.flatMap((a, i) => topicalIndex.existing(a.topicalSlugs).map((topicalId) => ({ articleId: articleIds[i], topicalId }))),
    );
    await link(
      ArticleCitation,
      articles.flatMap((a, i) =>
        citationIds.existing(a.citationKeys).map((citationId, position) => ({ articleId: articleIds[i], citationId, position })),
      ),
    );

    if (newKeys.length > 0) {
      await manager.getRepository(ReferenceDataApplied).insert(newKeys.map((key) => ({ key })));
    }
    return { inserted: newKeys.length };
  });
}
