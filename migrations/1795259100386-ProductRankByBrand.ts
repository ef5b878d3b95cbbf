import { MigrationInterface, QueryRunner } from 'typeorm';
import { forEachProductBatch } from './1795258900731-RegimenProductCandidates';

/**
 * A plan filtered by brand read the rank of a topical's products until it found enough of the
 * brand: for a brand of 8 products among 100,000, the whole index, about 1 s a plan (issue 18,
 * decision record 010). `product_rank` carries the brand too, indexed by topical and brand, so such a
 * plan reads only that brand's products of the topical and sorts them.
 */
export class ProductRankByBrand1795259100386 implements MigrationInterface {
  name = 'ProductRankByBrand1795259100386';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "product_rank" ADD "brand_id" uuid`);
    await forEachProductBatch(queryRunner, (ids) =>
      queryRunner.query(`UPDATE product_rank rank SET brand_id = p.brand_id FROM product p WHERE p.id = rank.product_id AND p.id = ANY($1::uuid[])`, [
        ids,
      ]),
    );
    await queryRunner.query(`ALTER TABLE "product_rank" ALTER "brand_id" SET NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_product_rank_topical_brand" ON "product_rank" ("topical_id", "brand_id")`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION rank_products(product_ids uuid[]) RETURNS void LANGUAGE sql AS $$
        DELETE FROM product_rank WHERE product_id = ANY(product_ids);
        INSERT INTO product_rank (topical_id, product_id, in_stock, active_count, price_cents, slug, brand_id)
        SELECT pi.topical_id, p.id, p.in_stock,
          (SELECT count(*) FROM product_ingredient c JOIN topical t ON t.id = c.topical_id
           WHERE c.product_id = p.id AND t.status = 'PUBLISHED' AND t.deleted_at IS NULL),
          p.price_cents, p.slug, p.brand_id
        FROM product p JOIN product_ingredient pi ON pi.product_id = p.id
        WHERE p.id = ANY(product_ids);
      $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION product_ranks_itself() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE product_rank SET in_stock = NEW.in_stock, price_cents = NEW.price_cents, slug = NEW.slug, brand_id = NEW.brand_id
        WHERE product_id = NEW.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`DROP TRIGGER "product_ranks_itself" ON "product"`);
    await queryRunner.query(
      `CREATE TRIGGER "product_ranks_itself" AFTER UPDATE OF in_stock, price_cents, slug, brand_id ON "product" FOR EACH ROW
       WHEN (OLD.in_stock IS DISTINCT FROM NEW.in_stock OR OLD.price_cents IS DISTINCT FROM NEW.price_cents OR OLD.slug IS DISTINCT FROM NEW.slug
             OR OLD.brand_id IS DISTINCT FROM NEW.brand_id)
       EXECUTE FUNCTION product_ranks_itself()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "product_ranks_itself" ON "product"`);
    await queryRunner.query(
      `CREATE TRIGGER "product_ranks_itself" AFTER UPDATE OF in_stock, price_cents, slug ON "product" FOR EACH ROW
       WHEN (OLD.in_stock IS DISTINCT FROM NEW.in_stock OR OLD.price_cents IS DISTINCT FROM NEW.price_cents OR OLD.slug IS DISTINCT FROM NEW.slug)
       EXECUTE FUNCTION product_ranks_itself()`,
    );
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION product_ranks_itself() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE product_rank SET in_stock = NEW.in_stock, price_cents = NEW.price_cents, slug = NEW.slug WHERE product_id = NEW.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION rank_products(product_ids uuid[]) RETURNS void LANGUAGE sql AS $$
        DELETE FROM product_rank WHERE product_id = ANY(product_ids);
        INSERT INTO product_rank (topical_id, product_id, in_stock, active_count, price_cents, slug)
        SELECT pi.topical_id, p.id, p.in_stock,
          (SELECT count(*) FROM product_ingredient c JOIN topical t ON t.id = c.topical_id
           WHERE c.product_id = p.id AND t.status = 'PUBLISHED' AND t.deleted_at IS NULL),
          p.price_cents, p.slug
        FROM product p JOIN product_ingredient pi ON pi.product_id = p.id
        WHERE p.id = ANY(product_ids);
      $$`);
    await queryRunner.query(`DROP INDEX "public"."IDX_product_rank_topical_brand"`);
    await queryRunner.query(`ALTER TABLE "product_rank" DROP COLUMN "brand_id"`);
  }
}
