import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `search_product`: per product, what search needs to find, rank, count and facet it through its topicals without
 * joining product_ingredient and product for every match (docs/performance/decisions/012-search-top-k.md): its
 * visibility (status, deleted_at, brand), its facet columns (price, currency, stock) and its topicals as an array,
 * GIN-indexed, so "contains one of these topicals" is one index condition. Kept by triggers in the transaction of the write, so an edit is searchable at once; the
 * visibility of topicals and brands stays per caller, checked at query time.
 */
const TRIGGERS: [name: string, table: string, definition: string][] = [
  [
    'search_product_on_insert',
    'product',
    'AFTER INSERT ON "product" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_product_new_products()',
  ],
  [
    'search_product_on_update',
    'product',
    `AFTER UPDATE OF status, deleted_at, brand_id, currency, price_cents, in_stock ON "product" FOR EACH ROW
     WHEN ((OLD.status, OLD.deleted_at, OLD.brand_id, OLD.currency, OLD.price_cents, OLD.in_stock)
           IS DISTINCT FROM (NEW.status, NEW.deleted_at, NEW.brand_id, NEW.currency, NEW.price_cents, NEW.in_stock))
     EXECUTE FUNCTION search_product_updated_product()`,
  ],
  [
    'search_product_on_ingredient_insert',
    'product_ingredient',
    'AFTER INSERT ON "product_ingredient" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_product_new_ingredients()',
  ],
  [
    'search_product_on_ingredient_update',
    'product_ingredient',
    'AFTER UPDATE ON "product_ingredient" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_product_changed_ingredients()',
  ],
  [
    'search_product_on_ingredient_delete',
    'product_ingredient',
    'AFTER DELETE ON "product_ingredient" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_product_old_ingredients()',
  ],
];

const FUNCTIONS: [name: string, body: string][] = [
  ['search_product_new_products', 'PERFORM search_product_refresh(ARRAY(SELECT id FROM new_rows));'],
  [
    'search_product_updated_product',
    `UPDATE search_product SET status = NEW.status, deleted_at = NEW.deleted_at, brand_id = NEW.brand_id, currency = NEW.currency,
       price_cents = NEW.price_cents, in_stock = NEW.in_stock
     WHERE product_id = NEW.id;`,
  ],
  ['search_product_new_ingredients', 'PERFORM search_product_refresh(ARRAY(SELECT DISTINCT product_id FROM new_rows));'],
  [
    'search_product_changed_ingredients',
    'PERFORM search_product_refresh(ARRAY(SELECT product_id FROM new_rows UNION SELECT product_id FROM old_rows));',
  ],
  ['search_product_old_ingredients', 'PERFORM search_product_refresh(ARRAY(SELECT DISTINCT product_id FROM old_rows));'],
];

export class SearchProductTopicals1795259511842 implements MigrationInterface {
  name = 'SearchProductTopicals1795259511842';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "search_product" (
        "product_id" uuid PRIMARY KEY REFERENCES "product" ("id") ON DELETE CASCADE,
        "status" varchar(20) NOT NULL,
        "deleted_at" timestamptz,
        "brand_id" uuid NOT NULL,
        "currency" char(3) NOT NULL,
        "price_cents" integer NOT NULL,
        "in_stock" boolean NOT NULL,
        "topical_ids" uuid[] NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_search_product_topicals" ON "search_product" USING gin ("topical_ids")`);
    // A product's row written anew from product and product_ingredient (a deleted product has none: its row cascades).
    await queryRunner.query(`
      CREATE FUNCTION search_product_refresh(product_ids uuid[]) RETURNS void LANGUAGE sql AS $$
        INSERT INTO search_product (product_id, status, deleted_at, brand_id, currency, price_cents, in_stock, topical_ids)
        SELECT p.id, p.status, p.deleted_at, p.brand_id, p.currency, p.price_cents, p.in_stock,
          ARRAY(SELECT pi.topical_id FROM product_ingredient pi WHERE pi.product_id = p.id ORDER BY pi.topical_id)
        FROM product p WHERE p.id = ANY(product_ids)
        ON CONFLICT (product_id) DO UPDATE
          SET status = EXCLUDED.status, deleted_at = EXCLUDED.deleted_at, brand_id = EXCLUDED.brand_id, currency = EXCLUDED.currency,
            price_cents = EXCLUDED.price_cents, in_stock = EXCLUDED.in_stock, topical_ids = EXCLUDED.topical_ids;
      $$`);
    for (const [name, body] of FUNCTIONS) {
      await queryRunner.query(`CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${body} RETURN NULL; END $$`);
    }
    for (const [name, , definition] of TRIGGERS) await queryRunner.query(`CREATE TRIGGER "${name}" ${definition}`);
    await queryRunner.query(`
      INSERT INTO search_product (product_id, status, deleted_at, brand_id, currency, price_cents, in_stock, topical_ids)
      SELECT p.id, p.status, p.deleted_at, p.brand_id, p.currency, p.price_cents, p.in_stock, COALESCE(t.topical_ids, '{}')
      FROM product p
        LEFT JOIN (SELECT product_id, array_agg(topical_id ORDER BY topical_id) AS topical_ids FROM product_ingredient GROUP BY product_id) t
          ON t.product_id = p.id`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [name, table] of [...TRIGGERS].reverse()) await queryRunner.query(`DROP TRIGGER "${name}" ON "${table}"`);
    for (const [name] of [...FUNCTIONS].reverse()) await queryRunner.query(`DROP FUNCTION ${name}()`);
    await queryRunner.query(`DROP FUNCTION search_product_refresh(uuid[])`);
    await queryRunner.query(`DROP TABLE "search_product"`);
  }
}
