import { MigrationInterface, QueryRunner } from 'typeorm';

/** What a plan's product candidates are read from (product_rank follows these through its own triggers). */
const CATALOG_TABLES = ['product', 'product_ingredient', 'brand'];

/**
 * A revision that writes to products, their ingredients and brands bump: the regimen keeps the
 * product candidates it read per topical and filter until it moves, and reads it in the statement
 * that already checks the knowledge revision, so a plan whose candidates are kept costs no extra
 * statement (decision record 010).
 */
export class CatalogRevision1795259400633 implements MigrationInterface {
  name = 'CatalogRevision1795259400633';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "catalog_revision" ("id" smallint PRIMARY KEY DEFAULT 1 CHECK ("id" = 1), "revision" bigint NOT NULL)`);
    await queryRunner.query(`INSERT INTO "catalog_revision" ("id", "revision") VALUES (1, 1)`);
    await queryRunner.query(`
      CREATE FUNCTION bump_catalog_revision() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE catalog_revision SET revision = revision + 1 WHERE id = 1;
        RETURN NULL;
      END $$`);
    for (const table of CATALOG_TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_bumps_catalog_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
         FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_revision()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of CATALOG_TABLES) await queryRunner.query(`DROP TRIGGER "${table}_bumps_catalog_revision" ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION bump_catalog_revision()`);
    await queryRunner.query(`DROP TABLE "catalog_revision"`);
  }
}
