import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Catalog pages and totals by brand and by price range on large catalogs (issue 18, decision record 013):
 *
 * - products of a brand by name: the (brand, name, id) index reads the page's rows, where the name
 *   index read every product until 50 of the brand came (1 in 40 on the bench's catalog). It starts
 *   with brand_id, so it replaces the brand_id index (the brand's foreign-key checks use it).
 * - a price range is counted row by row (product_count has no prices): the published products'
 *   currency and price with their brand and stock (a partial covering index) count it from the
 *   index alone. INCLUDE is beyond TypeORM's index options: the entity declares it with `synchronize: false`.
 */
export class CatalogFilterIndexes1795259600448 implements MigrationInterface {
  name = 'CatalogFilterIndexes1795259600448';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_product_brand_name_id" ON "product" ("brand_id", "name", "id")`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2eb5ce4324613b4b457c364f4a"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_product_published_price" ON "product" ("currency", "price_cents") INCLUDE ("brand_id", "in_stock")
       WHERE status = 'PUBLISHED' AND deleted_at IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_product_published_price"`);
    await queryRunner.query(`CREATE INDEX "IDX_2eb5ce4324613b4b457c364f4a" ON "product" ("brand_id")`);
    await queryRunner.query(`DROP INDEX "public"."IDX_product_brand_name_id"`);
  }
}
