import { MigrationInterface, QueryRunner } from 'typeorm';

/** Every table whose rows storefront responses are made of. */
const CONTENT_TABLES = [
  'treatment',
  'scar_type',
  'topical',
  'brand',
  'product',
  'product_ingredient',
  'article',
  'citation',
  'compatibility_rule',
  'treatment_scar_type',
  'topical_scar_type',
  'article_treatment',
  'article_scar_type',
  'article_topical',
  'article_citation',
  'rule_topical',
  'rule_citation',
];

/**
 * A revision number that every write to the content tables bumps, in the writing transaction
 * (statement-level triggers, so any writer counts: the editorial API, the scheduler, the reference
 * data loader, a person with psql). The anonymous response cache keys its entries by it, so a
 * commit makes every cached response older than it unreachable (see src/cache).
 */
export class ContentRevision1795255000000 implements MigrationInterface {
  name = 'ContentRevision1795255000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "content_revision" ("id" smallint PRIMARY KEY DEFAULT 1 CHECK ("id" = 1), "revision" bigint NOT NULL)`);
    await queryRunner.query(`INSERT INTO "content_revision" ("id", "revision") VALUES (1, 1)`);
    await queryRunner.query(`
      CREATE FUNCTION bump_content_revision() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE content_revision SET revision = revision + 1 WHERE id = 1;
        RETURN NULL;
      END $$`);
    for (const table of CONTENT_TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_bumps_content_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
         FOR EACH STATEMENT EXECUTE FUNCTION bump_content_revision()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of CONTENT_TABLES) {
      await queryRunner.query(`DROP TRIGGER "${table}_bumps_content_revision" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION bump_content_revision()`);
    await queryRunner.query(`DROP TABLE "content_revision"`);
  }
}
