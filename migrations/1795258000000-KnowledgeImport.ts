import { MigrationInterface, QueryRunner } from 'typeorm';

/** What the knowledge import last did with each shipped entry (see KnowledgeImportEntry). */
export class KnowledgeImport1795258000000 implements MigrationInterface {
  name = 'KnowledgeImport1795258000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "knowledge_import_entry" (
         "entity_type" character varying(40) NOT NULL,
         "key" character varying(200) NOT NULL,
         "entity_id" uuid,
         "version" integer NOT NULL,
         "shipped_hash" character varying(64) NOT NULL,
         "written_hash" character varying(64),
         "divergence" character varying(20),
         "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         CONSTRAINT "PK_knowledge_import_entry" PRIMARY KEY ("entity_type", "key"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "knowledge_import_entry"`);
  }
}
