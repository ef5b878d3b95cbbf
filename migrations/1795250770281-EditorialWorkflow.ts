import { MigrationInterface, QueryRunner } from 'typeorm';

export class EditorialWorkflow1795250770281 implements MigrationInterface {
  name = 'EditorialWorkflow1795250770281';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "actor_id" uuid, "actor_email" character varying(320), "action" character varying(80) NOT NULL, "entity_type" character varying(40), "entity_id" uuid, "outcome" character varying(40) NOT NULL, "request_id" character varying(100), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_43fef0ec7f613c19c612fffe62" ON "audit_log"  ("entity_type", "entity_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_2ad7930a7c2af80585c8c1b770" ON "audit_log"  ("created_at") `);
    await queryRunner.query(
      `CREATE TABLE "publication_schedule" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entity_type" character varying(40) NOT NULL, "entity_id" uuid NOT NULL, "action" character varying(20) NOT NULL, "expected_version" integer NOT NULL, "run_at" TIMESTAMP WITH TIME ZONE NOT NULL, "requested_by" uuid NOT NULL, "done_at" TIMESTAMP WITH TIME ZONE, "canceled_at" TIMESTAMP WITH TIME ZONE, "error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1587ed6d2cbfd525e141f0a5604" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_23a498b3e7681a01b7cb73387c" ON "publication_schedule"  ("run_at") WHERE done_at IS NULL AND canceled_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entity_type" character varying(40) NOT NULL, "entity_id" uuid NOT NULL, "version" integer NOT NULL, "action" character varying(30) NOT NULL, "actor_id" uuid, "changed_fields" text array NOT NULL DEFAULT '{}', "snapshot" jsonb NOT NULL, "status" character varying(20) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f4767cdf0c0e78041514e5a94be" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_2bee7ee7b77d1fadfaadee30fa" ON "revision"  ("entity_type", "entity_id", "version") `);
    await queryRunner.query(`ALTER TABLE "article" ADD "pending_draft" jsonb`);
    await queryRunner.query(`ALTER TABLE "article" ADD "last_edited_by" uuid`);
    await queryRunner.query(`ALTER TABLE "brand" ADD "pending_draft" jsonb`);
    await queryRunner.query(`ALTER TABLE "brand" ADD "last_edited_by" uuid`);
    await queryRunner.query(`ALTER TABLE "citation" ADD "pending_draft" jsonb`);
    await queryRunner.query(`ALTER TABLE "citation" ADD "last_edited_by" uuid`);
    await queryRunner.query(`ALTER TABLE "compatibility_rule" ADD "pending_draft" jsonb`);
    await queryRunner.query(`ALTER TABLE "compatibility_rule" ADD "last_edited_by" uuid`);
    await queryRunner.query(`ALTER TABLE "scar_type" ADD "pending_draft" jsonb`);
    await queryRunner.query(`ALTER TABLE "scar_type" ADD "last_edited_by" uuid`);
    await queryRunner.query(`ALTER TABLE "topical" ADD "pending_draft" jsonb`);
    await queryRunner.query(`ALTER TABLE "topical" ADD "last_edited_by" uuid`);
    await queryRunner.query(`ALTER TABLE "treatment" ADD "pending_draft" jsonb`);
    await queryRunner.query(`ALTER TABLE "treatment" ADD "last_edited_by" uuid`);
    await queryRunner.query(`ALTER TABLE "product" ADD "pending_draft" jsonb`);
    await queryRunner.query(`ALTER TABLE "product" ADD "last_edited_by" uuid`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "product" DROP COLUMN "last_edited_by"`);
    await queryRunner.query(`ALTER TABLE "product" DROP COLUMN "pending_draft"`);
    await queryRunner.query(`ALTER TABLE "treatment" DROP COLUMN "last_edited_by"`);
    await queryRunner.query(`ALTER TABLE "treatment" DROP COLUMN "pending_draft"`);
    await queryRunner.query(`ALTER TABLE "topical" DROP COLUMN "last_edited_by"`);
    await queryRunner.query(`ALTER TABLE "topical" DROP COLUMN "pending_draft"`);
    await queryRunner.query(`ALTER TABLE "scar_type" DROP COLUMN "last_edited_by"`);
    await queryRunner.query(`ALTER TABLE "scar_type" DROP COLUMN "pending_draft"`);
    await queryRunner.query(`ALTER TABLE "compatibility_rule" DROP COLUMN "last_edited_by"`);
    await queryRunner.query(`ALTER TABLE "compatibility_rule" DROP COLUMN "pending_draft"`);
    await queryRunner.query(`ALTER TABLE "citation" DROP COLUMN "last_edited_by"`);
    await queryRunner.query(`ALTER TABLE "citation" DROP COLUMN "pending_draft"`);
    await queryRunner.query(`ALTER TABLE "brand" DROP COLUMN "last_edited_by"`);
    await queryRunner.query(`ALTER TABLE "brand" DROP COLUMN "pending_draft"`);
    await queryRunner.query(`ALTER TABLE "article" DROP COLUMN "last_edited_by"`);
    await queryRunner.query(`ALTER TABLE "article" DROP COLUMN "pending_draft"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2bee7ee7b77d1fadfaadee30fa"`);
    await queryRunner.query(`DROP TABLE "revision"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_23a498b3e7681a01b7cb73387c"`);
    await queryRunner.query(`DROP TABLE "publication_schedule"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2ad7930a7c2af80585c8c1b770"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_43fef0ec7f613c19c612fffe62"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
  }
}
