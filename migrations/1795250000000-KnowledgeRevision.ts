import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose rows feed the regimen engine's in-memory knowledge base. */
const KNOWLEDGE_TABLES = [
  'topical',
  'topical_scar_type',
  'scar_type',
  'product',
  'product_ingredient',
  'brand',
  'compatibility_rule',
  'rule_topical',
  'treatment',
];

/**
 * A revision number that every write to the knowledge tables bumps (statement-level triggers, so
 * any writer counts: this instance, another instance, or a person with psql). Instances compare it
 * with the revision their cached knowledge base was built from.
 */
export class KnowledgeRevision1795250000000 implements MigrationInterface {
  name = 'KnowledgeRevision1795250000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "knowledge_revision" ("id" smallint PRIMARY KEY DEFAULT 1 CHECK ("id" = 1), "revision" bigint NOT NULL)`);
    await queryRunner.query(`INSERT INTO "knowledge_revision" ("id", "revision") VALUES (1, 1)`);
    await queryRunner.query(`
      CREATE FUNCTION bump_knowledge_revision() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE knowledge_revision SET revision = revision + 1 WHERE id = 1;
        RETURN NULL;
      END $$`);
    for (const table of KNOWLEDGE_TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_bumps_knowledge_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
         FOR EACH STATEMENT EXECUTE FUNCTION bump_knowledge_revision()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of KNOWLEDGE_TABLES) {
      await queryRunner.query(`DROP TRIGGER "${table}_bumps_knowledge_revision" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION bump_knowledge_revision()`);
    await queryRunner.query(`DROP TABLE "knowledge_revision"`);
  }
}
