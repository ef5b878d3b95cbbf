import { MigrationInterface, QueryRunner } from 'typeorm';

const PAGES = ['product', 'article', 'treatment'] as const;

/**
 * Meta title and description for the pages storefronts render (products, articles, treatments), and
 * their slug history: when a published entry's slug changes, the old one is kept so that old links
 * still find it (a trigger, so that every writer, editorial or import, keeps it). An old slug stays
 * its entry's: another entry of the type cannot take it (the trigger refuses, as a taken slug),
 * the entry itself may take it back, and purging the entry frees it.
 */
export class SeoAndSlugHistory1795259000457 implements MigrationInterface {
  name = 'SeoAndSlugHistory1795259000457';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of PAGES) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "meta_title" character varying(120), ADD "meta_description" character varying(320)`);
    }
    await queryRunner.query(`CREATE TABLE "slug_history" (
      "entity_type" character varying(20) NOT NULL,
      "slug" character varying(120) NOT NULL,
      "entity_id" uuid NOT NULL,
      "retired_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_slug_history" PRIMARY KEY ("entity_type", "slug"),
      CONSTRAINT "CHK_slug_history_type" CHECK (entity_type IN ('product', 'article', 'treatment')))`);
    await queryRunner.query(`CREATE INDEX "IDX_slug_history_entity" ON "slug_history" ("entity_type", "entity_id")`);
    await queryRunner.query(`CREATE FUNCTION keep_slug_history() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM slug_history h WHERE h.entity_type = TG_TABLE_NAME AND h.slug = NEW.slug AND h.entity_id <> NEW.id) THEN
          RAISE EXCEPTION 'slug % was another %''s before it was renamed', NEW.slug, TG_TABLE_NAME
            USING ERRCODE = 'unique_violation', CONSTRAINT = 'PK_slug_history';
        END IF;
        IF TG_OP = 'UPDATE' AND OLD.slug <> NEW.slug THEN
          -- Taking back an old slug of its own: it is current again.
          DELETE FROM slug_history WHERE entity_type = TG_TABLE_NAME AND slug = NEW.slug;
          -- Only a slug that was ever public can have links to keep.
          IF OLD.published_at IS NOT NULL THEN
            INSERT INTO slug_history (entity_type, slug, entity_id) VALUES (TG_TABLE_NAME, OLD.slug, OLD.id)
            ON CONFLICT (entity_type, slug) DO UPDATE SET entity_id = EXCLUDED.entity_id, retired_at = now();
          END IF;
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION forget_slug_history() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM slug_history WHERE entity_type = TG_TABLE_NAME AND entity_id = OLD.id;
        RETURN OLD;
      END $$`);
    for (const table of PAGES) {
      await queryRunner.query(
        `CREATE TRIGGER "TR_${table}_slug_history" BEFORE INSERT OR UPDATE OF slug ON "${table}" FOR EACH ROW EXECUTE FUNCTION keep_slug_history()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "TR_${table}_slug_history_purge" AFTER DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION forget_slug_history()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of PAGES) {
      await queryRunner.query(`DROP TRIGGER "TR_${table}_slug_history_purge" ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER "TR_${table}_slug_history" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION forget_slug_history()`);
    await queryRunner.query(`DROP FUNCTION keep_slug_history()`);
    await queryRunner.query(`DROP TABLE "slug_history"`);
    for (const table of [...PAGES].reverse()) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "meta_description", DROP COLUMN "meta_title"`);
    }
  }
}
