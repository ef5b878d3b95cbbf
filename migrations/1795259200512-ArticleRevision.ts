import { MigrationInterface, QueryRunner } from 'typeorm';

/** What a plan's related articles are read from. */
const ARTICLE_TABLES = ['article', 'article_treatment', 'article_scar_type', 'article_topical'];

/**
 * A revision that only writes to articles and their tags bump: the regimen keeps the related-article
 * rows per tag set until it moves. Keyed on the content revision, every stock update reset them, so
 * under an inventory sync most plans read their related articles again (issue 18).
 */
export class ArticleRevision1795259200512 implements MigrationInterface {
  name = 'ArticleRevision1795259200512';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "article_revision" ("id" smallint PRIMARY KEY DEFAULT 1 CHECK ("id" = 1), "revision" bigint NOT NULL)`);
    await queryRunner.query(`INSERT INTO "article_revision" ("id", "revision") VALUES (1, 1)`);
    await queryRunner.query(`
      CREATE FUNCTION bump_article_revision() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE article_revision SET revision = revision + 1 WHERE id = 1;
        RETURN NULL;
      END $$`);
    for (const table of ARTICLE_TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_bumps_article_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
         FOR EACH STATEMENT EXECUTE FUNCTION bump_article_revision()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ARTICLE_TABLES) await queryRunner.query(`DROP TRIGGER "${table}_bumps_article_revision" ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION bump_article_revision()`);
    await queryRunner.query(`DROP TABLE "article_revision"`);
  }
}
