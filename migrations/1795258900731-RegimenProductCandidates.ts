import { MigrationInterface, QueryRunner } from 'typeorm';
import { createTransitionTriggers } from './transition-triggers';

/**
 * Plans read their product candidates per request (issue 18, decision record 010) instead of from a
 * knowledge snapshot holding the whole catalog:
 * - `product_rank`: one row per product and topical it contains, with the engine's rank keys (in
 *   stock, how many published topicals the product contains, price, slug), kept by triggers on
 *   products, ingredients and topicals' status, and indexed by topical in that rank, so a plan's
 *   candidate query reads the best few products of a topical and stops. No entity maps it: only
 *   the database writes it, and only that query reads it;
 * - product, ingredient and brand writes no longer bump the knowledge revision: the rules'
 *   knowledge no longer includes the catalog.
 */
export class RegimenProductCandidates1795258900731 implements MigrationInterface {
  name = 'RegimenProductCandidates1795258900731';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "product_rank" (
        "topical_id" uuid NOT NULL,
        "product_id" uuid NOT NULL REFERENCES "product" ("id") ON DELETE CASCADE,
        "in_stock" boolean NOT NULL,
        "active_count" smallint NOT NULL,
        "price_cents" int NOT NULL,
        "slug" varchar NOT NULL,
        PRIMARY KEY ("product_id", "topical_id"))`);
    // Slugs in "C" order: the engine compares them by code unit.
    await queryRunner.query(
      `CREATE INDEX "IDX_product_rank_topical" ON "product_rank" ("topical_id", "in_stock" DESC, "active_count", "price_cents", "slug" COLLATE "C", "product_id")`,
    );
    // The rank rows of these products, rebuilt from their ingredients (a topical counts while published).
    await queryRunner.query(`
      CREATE FUNCTION rank_products(product_ids uuid[]) RETURNS void LANGUAGE sql AS $$
        DELETE FROM product_rank WHERE product_id = ANY(product_ids);
        INSERT INTO product_rank (topical_id, product_id, in_stock, active_count, price_cents, slug)
        SELECT pi.topical_id, p.id, p.in_stock,
          (SELECT count(*) FROM product_ingredient c JOIN topical t ON t.id = c.topical_id
           WHERE c.product_id = p.id AND t.status = 'PUBLISHED' AND t.deleted_at IS NULL),
          p.price_cents, p.slug
        FROM product p JOIN product_ingredient pi ON pi.product_id = p.id
        WHERE p.id = ANY(product_ids);
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION product_ingredient_ranks_products() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM rank_products(ARRAY(SELECT DISTINCT product_id FROM new_rows));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM rank_products(ARRAY(SELECT DISTINCT product_id FROM old_rows));
        ELSE
          PERFORM rank_products(ARRAY(SELECT product_id FROM new_rows UNION SELECT product_id FROM old_rows));
        END IF;
        RETURN NULL;
      END $$`);
    await createTransitionTriggers(queryRunner, 'product_ingredient', 'ranks_products', 'product_ingredient_ranks_products');
    // A stock, price or slug change (an inventory sync) updates its few rank rows in place.
    await queryRunner.query(`
      CREATE FUNCTION product_ranks_itself() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE product_rank SET in_stock = NEW.in_stock, price_cents = NEW.price_cents, slug = NEW.slug WHERE product_id = NEW.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "product_ranks_itself" AFTER UPDATE OF in_stock, price_cents, slug ON "product" FOR EACH ROW
       WHEN (OLD.in_stock IS DISTINCT FROM NEW.in_stock OR OLD.price_cents IS DISTINCT FROM NEW.price_cents OR OLD.slug IS DISTINCT FROM NEW.slug)
       EXECUTE FUNCTION product_ranks_itself()`,
    );
    // Publishing, unpublishing or trashing a topical changes the count of every product containing it (rare: reviewed edits).
    await queryRunner.query(`
      CREATE FUNCTION topical_ranks_products() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM rank_products(ARRAY(SELECT product_id FROM product_ingredient WHERE topical_id = NEW.id));
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "topical_ranks_products" AFTER UPDATE OF status, deleted_at ON "topical" FOR EACH ROW
       WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at)
       EXECUTE FUNCTION topical_ranks_products()`,
    );
    await forEachProductBatch(queryRunner, (ids) => queryRunner.query(`SELECT rank_products($1::uuid[])`, [ids]));
    for (const table of ['product', 'product_ingredient', 'brand']) {
      await queryRunner.query(`DROP TRIGGER "${table}_bumps_knowledge_revision" ON "${table}"`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['product', 'product_ingredient', 'brand']) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_bumps_knowledge_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
         FOR EACH STATEMENT EXECUTE FUNCTION bump_knowledge_revision()`,
      );
    }
    await queryRunner.query(`DROP TRIGGER "topical_ranks_products" ON "topical"`);
    await queryRunner.query(`DROP FUNCTION topical_ranks_products()`);
    await queryRunner.query(`DROP TRIGGER "product_ranks_itself" ON "product"`);
    await queryRunner.query(`DROP FUNCTION product_ranks_itself()`);
    for (const operation of ['insert', 'delete', 'update']) {
      await queryRunner.query(`DROP TRIGGER "product_ingredient_${operation}_ranks_products" ON "product_ingredient"`);
    }
    await queryRunner.query(`DROP FUNCTION product_ingredient_ranks_products()`);
    await queryRunner.query(`DROP FUNCTION rank_products(uuid[])`);
    await queryRunner.query(`DROP TABLE "product_rank"`);
  }
}

/** Products in batches of 5,000, so that no statement of a migration run at start-up meets the API's statement timeout on a large catalog. */
export async function forEachProductBatch(queryRunner: QueryRunner, write: (ids: string[]) => Promise<unknown>): Promise<void> {
  const ids = ((await queryRunner.query(`SELECT id FROM product ORDER BY id`)) as { id: string }[]).map((row) => row.id);
  for (let start = 0; start < ids.length; start += 5000) await write(ids.slice(start, start + 5000));
}
