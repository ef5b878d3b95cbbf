import { MigrationInterface, QueryRunner } from 'typeorm';

const ILLUSTRATED = ['product', 'brand', 'article', 'treatment'] as const;

/**
 * Images (URL, alt text, width, height) on products, brands, articles and treatments, in display
 * order: a JSON array on the entry itself, since they are always read with it and saved with it
 * (revisions and restore carry them as part of the entry's content). Existing `image_url`s are not
 * turned into images: they have no alt text or size, which only an editor can give.
 */
export class EntryImages1795259100318 implements MigrationInterface {
  name = 'EntryImages1795259100318';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ILLUSTRATED) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "images" jsonb NOT NULL DEFAULT '[]'`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...ILLUSTRATED].reverse()) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "images"`);
    }
  }
}
