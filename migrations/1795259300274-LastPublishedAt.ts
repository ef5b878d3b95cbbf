import { MigrationInterface, QueryRunner } from 'typeorm';

const CONTENT_TABLES = ['treatment', 'scar_type', 'topical', 'brand', 'product', 'article', 'citation', 'compatibility_rule'] as const;

/**
 * When the live version of an entry was last published: what storefronts show as "updated" (an
 * article's date line, a sitemap's lastmod). The row's updated_at moves with every draft saved
 * on it too, and published_at keeps the first publication. Filled from the latest PUBLISH revision,
 * else the first publication.
 */
export class LastPublishedAt1795259300274 implements MigrationInterface {
  name = 'LastPublishedAt1795259300274';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of CONTENT_TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "last_published_at" timestamptz`);
      await queryRunner.query(
        `UPDATE "${table}" t SET "last_published_at" = COALESCE(
           (SELECT max(r.created_at) FROM revision r WHERE r.entity_id = t.id AND r.action = 'PUBLISH'), t.published_at)
         WHERE t.published_at IS NOT NULL`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...CONTENT_TABLES].reverse()) await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "last_published_at"`);
  }
}
