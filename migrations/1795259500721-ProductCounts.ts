import { MigrationInterface, QueryRunner } from 'typeorm';
import { createTransitionTriggers } from './transition-triggers';
import { forEachProductBatch } from './1795258900731-RegimenProductCandidates';

/**
 * Exact catalog totals without counting rows (issue 18, docs/performance/decisions/013-maintained-product-counts.md):
 *
 * - `product_count`: how many not-deleted products there are per facet, brand, currency, stock and
 *   publication. A facet is what a catalog filter asks a product to contain: `all`, `topical:<id>`,
 *   `category:<category>:<viewers>`, `scar:<scar type id>:<viewers>`, where `<viewers>` says whose
 *   topicals count: `storefront` (published ones) or `preview` (staff: drafts too), as `visibleTo`.
 *   Brands, a named topical and a named scar type are checked against the viewer when the total is read.
 * - `product_counted`: what each product adds to `product_count` now, so a write takes back exactly
 *   what the product added before and adds what it adds after.
 * - `count_products(ids)`: moves those products' contributions to their current state; triggers call
 *   it on product, ingredient, topical and topical-scar-type writes, in the writing transaction (a
 *   total read after the write sees it). Neither table has an entity: only the database writes them.
 */
export class ProductCounts1795259500721 implements MigrationInterface {
  name = 'ProductCounts1795259500721';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "product_count" (
        "facet" text NOT NULL,
        "brand_id" uuid NOT NULL,
        "currency" char(3) NOT NULL,
        "in_stock" boolean NOT NULL,
        "published" boolean NOT NULL,
        "products" int NOT NULL,
        PRIMARY KEY ("facet", "brand_id", "currency", "in_stock", "published"))`);
    // No foreign key: a deleted product's row must outlive it until its contribution is taken back.
    await queryRunner.query(`
      CREATE TABLE "product_counted" (
        "product_id" uuid PRIMARY KEY,
        "brand_id" uuid NOT NULL,
        "currency" char(3) NOT NULL,
        "in_stock" boolean NOT NULL,
        "published" boolean NOT NULL,
        "facets" text[] NOT NULL)`);
    await queryRunner.query(`
      CREATE FUNCTION product_count_state(product_ids uuid[])
      RETURNS TABLE (product_id uuid, brand_id uuid, currency char(3), in_stock boolean, published boolean, facets text[])
      LANGUAGE sql STABLE AS $$
        SELECT p.id, p.brand_id, p.currency, p.in_stock, p.status = 'PUBLISHED',
          ARRAY(
            SELECT 'all'
            UNION SELECT 'topical:' || t.id
              FROM product_ingredient pi JOIN topical t ON t.id = pi.topical_id
              WHERE pi.product_id = p.id AND t.deleted_at IS NULL
            UNION SELECT 'category:' || t.category || ':' || viewers.name
              FROM product_ingredient pi JOIN topical t ON t.id = pi.topical_id
              CROSS JOIN (VALUES ('storefront'), ('preview')) AS viewers (name)
              WHERE pi.product_id = p.id AND t.deleted_at IS NULL AND (viewers.name = 'preview' OR t.status = 'PUBLISHED')
            UNION SELECT 'scar:' || tst.scar_type_id || ':' || viewers.name
              FROM product_ingredient pi JOIN topical t ON t.id = pi.topical_id JOIN topical_scar_type tst ON tst.topical_id = t.id
              CROSS JOIN (VALUES ('storefront'), ('preview')) AS viewers (name)
              WHERE pi.product_id = p.id AND t.deleted_at IS NULL AND (viewers.name = 'preview' OR t.status = 'PUBLISHED')
            ORDER BY 1)
        FROM product p
        WHERE p.id = ANY(product_ids) AND p.deleted_at IS NULL
      $$`);
    // Writers count a product one after the other (its row locked; an ingredient write only key-shares it), each
    // reading the state the one before stored: a statement after the lock sees what that writer committed.
    // Counter rows are changed in key order, so two writers lock the rows they share in the same order.
    // PL/pgSQL keeps its statements' plans for the session (a SQL function plans them at every call).
    await queryRunner.query(`
      CREATE FUNCTION count_products(product_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM FROM product WHERE id = ANY(product_ids) ORDER BY id FOR NO KEY UPDATE;
        INSERT INTO product_count AS total (facet, brand_id, currency, in_stock, published, products)
        SELECT facet, brand_id, currency, in_stock, published, sum(change)
        FROM (
          SELECT unnest(facets) AS facet, brand_id, currency, in_stock, published, -1 AS change
          FROM product_counted WHERE product_id = ANY(product_ids)
          UNION ALL
          SELECT unnest(facets), brand_id, currency, in_stock, published, 1 FROM product_count_state(product_ids)
        ) changes
        GROUP BY facet, brand_id, currency, in_stock, published
        HAVING sum(change) <> 0
        ORDER BY facet, brand_id, currency, in_stock, published
        ON CONFLICT (facet, brand_id, currency, in_stock, published) DO UPDATE SET products = total.products + EXCLUDED.products;
        DELETE FROM product_counted WHERE product_id = ANY(product_ids);
        INSERT INTO product_counted SELECT * FROM product_count_state(product_ids);
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION products_written_count() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM count_products(ARRAY(SELECT DISTINCT product_id FROM new_rows));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM count_products(ARRAY(SELECT DISTINCT product_id FROM old_rows));
        ELSE
          PERFORM count_products(ARRAY(SELECT product_id FROM new_rows UNION SELECT product_id FROM old_rows));
        END IF;
        RETURN NULL;
      END $$`);
    await createTransitionTriggers(queryRunner, 'product_ingredient', 'counts_products', 'products_written_count');
    // The product's own rows: inserted and deleted products by statement (bulk imports), updates of
    // the counted columns by row (a trigger with a column list cannot have transition tables). An update
    // holds the product's row, so the facets stored for it are current: a stock flip reuses them.
    await queryRunner.query(`
      CREATE FUNCTION products_count_themselves() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM count_products(ARRAY(SELECT id FROM new_rows));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM count_products(ARRAY(SELECT id FROM old_rows));
        ELSIF OLD.deleted_at IS NULL AND NEW.deleted_at IS NULL THEN
          -- Neither trashed nor restored: its facets stay, its counts move to its new columns.
          INSERT INTO product_count AS total (facet, brand_id, currency, in_stock, published, products)
          SELECT facet, brand_id, currency, in_stock, published, sum(change)
          FROM (
            SELECT unnest(facets) AS facet, brand_id, currency, in_stock, published, -1 AS change
            FROM product_counted WHERE product_id = NEW.id
            UNION ALL
            SELECT unnest(facets), NEW.brand_id, NEW.currency, NEW.in_stock, NEW.status = 'PUBLISHED', 1
            FROM product_counted WHERE product_id = NEW.id
          ) changes
          GROUP BY facet, brand_id, currency, in_stock, published
          HAVING sum(change) <> 0
          ORDER BY facet, brand_id, currency, in_stock, published
          ON CONFLICT (facet, brand_id, currency, in_stock, published) DO UPDATE SET products = total.products + EXCLUDED.products;
          UPDATE product_counted SET brand_id = NEW.brand_id, currency = NEW.currency, in_stock = NEW.in_stock, published = NEW.status = 'PUBLISHED'
          WHERE product_id = NEW.id;
        ELSE
          PERFORM count_products(ARRAY[NEW.id]);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "product_insert_counts_products" AFTER INSERT ON "product" REFERENCING NEW TABLE AS new_rows
       FOR EACH STATEMENT EXECUTE FUNCTION products_count_themselves()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "product_delete_counts_products" AFTER DELETE ON "product" REFERENCING OLD TABLE AS old_rows
       FOR EACH STATEMENT EXECUTE FUNCTION products_count_themselves()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "product_update_counts_products" AFTER UPDATE OF status, deleted_at, brand_id, currency, in_stock ON "product" FOR EACH ROW
       WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at OR OLD.brand_id IS DISTINCT FROM NEW.brand_id
             OR OLD.currency IS DISTINCT FROM NEW.currency OR OLD.in_stock IS DISTINCT FROM NEW.in_stock)
       EXECUTE FUNCTION products_count_themselves()`,
    );
    // Publishing, trashing or recategorising a topical changes the facets of every product containing it (rare: reviewed edits).
    await queryRunner.query(`
      CREATE FUNCTION topical_counts_products() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM count_products(ARRAY(SELECT product_id FROM product_ingredient WHERE topical_id = NEW.id));
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "topical_counts_products" AFTER UPDATE OF status, deleted_at, category ON "topical" FOR EACH ROW
       WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at OR OLD.category IS DISTINCT FROM NEW.category)
       EXECUTE FUNCTION topical_counts_products()`,
    );
    await queryRunner.query(`
      CREATE FUNCTION topical_scar_types_count_products() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM count_products(ARRAY(SELECT DISTINCT pi.product_id FROM product_ingredient pi WHERE pi.topical_id IN (SELECT topical_id FROM new_rows)));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM count_products(ARRAY(SELECT DISTINCT pi.product_id FROM product_ingredient pi WHERE pi.topical_id IN (SELECT topical_id FROM old_rows)));
        ELSE
          PERFORM count_products(ARRAY(
            SELECT DISTINCT pi.product_id FROM product_ingredient pi
            WHERE pi.topical_id IN (SELECT topical_id FROM new_rows UNION SELECT topical_id FROM old_rows)));
        END IF;
        RETURN NULL;
      END $$`);
    await createTransitionTriggers(queryRunner, 'topical_scar_type', 'counts_products', 'topical_scar_types_count_products');
    await forEachProductBatch(queryRunner, (ids) => queryRunner.query(`SELECT count_products($1::uuid[])`, [ids]));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const operation of ['insert', 'delete', 'update']) {
      await queryRunner.query(`DROP TRIGGER "topical_scar_type_${operation}_counts_products" ON "topical_scar_type"`);
      await queryRunner.query(`DROP TRIGGER "product_ingredient_${operation}_counts_products" ON "product_ingredient"`);
      await queryRunner.query(`DROP TRIGGER "product_${operation}_counts_products" ON "product"`);
    }
    await queryRunner.query(`DROP TRIGGER "topical_counts_products" ON "topical"`);
    await queryRunner.query(`DROP FUNCTION topical_scar_types_count_products()`);
    await queryRunner.query(`DROP FUNCTION topical_counts_products()`);
    await queryRunner.query(`DROP FUNCTION products_count_themselves()`);
    await queryRunner.query(`DROP FUNCTION products_written_count()`);
    await queryRunner.query(`DROP FUNCTION count_products(uuid[])`);
    await queryRunner.query(`DROP FUNCTION product_count_state(uuid[])`);
    await queryRunner.query(`DROP TABLE "product_counted"`);
    await queryRunner.query(`DROP TABLE "product_count"`);
  }
}
