import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search and catalog on large catalogs (docs/performance/decisions/009-search-at-scale.md):
 *
 * - search_product_names(input, like_prefix): the products whose name shares a trigram with the input, with the name
 *   terms of their score (equal to the input, starting with it, word similarity). Every other product's name terms are 0,
 *   so search computes them for these only. The trigram index finds them when the word-similarity threshold is just
 *   above 0 (one shared trigram); the function sets it for its own statement only (a SET clause), which a plain query cannot.
 * - product_ingredient by (topical, product) instead of by topical alone: the products containing a topical, or a
 *   topical of a category, come from the index alone (search matching through topicals, the catalog's topical filters).
 * - the published products' ids with their brand, price and stock (a partial covering index): storefront search and
 *   catalog counts check visibility and read these columns from the index alone instead of from the wide product rows.
 *   INCLUDE is beyond TypeORM's index options: the entity declares it with `synchronize: false`.
 */
export class SearchAtScale1795258300000 implements MigrationInterface {
  name = 'SearchAtScale1795258300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION search_product_names(input text, like_prefix text)
       RETURNS TABLE (id uuid, is_exact boolean, is_prefix boolean, similarity real)
       LANGUAGE sql STABLE PARALLEL SAFE ROWS 100
       SET pg_trgm.word_similarity_threshold = 0.0001
       AS $$ SELECT p.id, lower(p.name) = input, lower(p.name) LIKE like_prefix, word_similarity(input, p.name) FROM product p WHERE input <% p.name $$`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_97cd7bb889873b5fc312be1a92"`);
    await queryRunner.query(`CREATE INDEX "IDX_product_ingredient_topical_product" ON "product_ingredient" ("topical_id", "product_id")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_product_published" ON "product" ("id") INCLUDE ("brand_id", "price_cents", "in_stock") WHERE status = 'PUBLISHED' AND deleted_at IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_product_published"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_product_ingredient_topical_product"`);
    await queryRunner.query(`CREATE INDEX "IDX_97cd7bb889873b5fc312be1a92" ON "product_ingredient" ("topical_id")`);
    await queryRunner.query(`DROP FUNCTION search_product_names(text, text)`);
  }
}
