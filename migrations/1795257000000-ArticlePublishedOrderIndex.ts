import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The storefront's article list is sorted newest first (publication time, else creation, to the
 * millisecond a cursor holds; ties broken by id). Without this index every page sorted all
 * published articles. The expression is in UTC because date_trunc of a timestamptz depends on the
 * session's time zone, which an index cannot.
 */
export class ArticlePublishedOrderIndex1795257000000 implements MigrationInterface {
  name = 'ArticlePublishedOrderIndex1795257000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_article_published_order" ON "article"
         ((date_trunc('milliseconds', COALESCE("published_at", "created_at") AT TIME ZONE 'UTC')) DESC, "id" DESC)
         WHERE "status" = 'PUBLISHED' AND "deleted_at" IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_article_published_order"`);
  }
}
