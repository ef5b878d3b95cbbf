import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795249162286 implements MigrationInterface {
  name = 'InitialSchema1795249162286';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "article" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "status" character varying(20) NOT NULL DEFAULT 'DRAFT', "published_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, "slug" character varying(120) NOT NULL, "title" character varying(300) NOT NULL, "summary" text NOT NULL, "body" text NOT NULL, "author" character varying(200) NOT NULL, CONSTRAINT "UQ_0ab85f4be07b22d79906671d72f" UNIQUE ("slug"), CONSTRAINT "CHK_article_status" CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')), CONSTRAINT "CHK_article_slug" CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'), CONSTRAINT "PK_40808690eb7b915046558c0f81b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "brand" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "status" character varying(20) NOT NULL DEFAULT 'DRAFT', "published_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, "slug" character varying(120) NOT NULL, "name" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT '', CONSTRAINT "UQ_f4436285f5d5785c7fb0b28b309" UNIQUE ("slug"), CONSTRAINT "CHK_brand_status" CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')), CONSTRAINT "CHK_brand_slug" CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'), CONSTRAINT "PK_a5d20765ddd942eb5de4eee2d7f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "citation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "status" character varying(20) NOT NULL DEFAULT 'DRAFT', "published_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, "key" character varying(120) NOT NULL, "title" text NOT NULL, "url" character varying(500), "evidence_level" character varying(30) NOT NULL, "source" character varying(300) NOT NULL DEFAULT '', CONSTRAINT "UQ_7c25d73337a8ca6fb366639de6f" UNIQUE ("key"), CONSTRAINT "CHK_citation_status" CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')), CONSTRAINT "PK_f02dfdce6c05dfbf2fead28d0b6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "compatibility_rule" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "status" character varying(20) NOT NULL DEFAULT 'DRAFT', "published_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, "code" character varying(160) NOT NULL, "kind" character varying(40) NOT NULL, "severity" character varying(20) NOT NULL, "title" character varying(300) NOT NULL, "rationale" text NOT NULL, "management" text NOT NULL, "parameters" jsonb NOT NULL, CONSTRAINT "UQ_d5de825a71cc83c7f5bfff4930f" UNIQUE ("code"), CONSTRAINT "CHK_compatibility_rule_status" CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')), CONSTRAINT "PK_583c0d966509d9e5ff99e17ad25" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "scar_type" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "status" character varying(20) NOT NULL DEFAULT 'DRAFT', "published_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, "slug" character varying(120) NOT NULL, "name" character varying(200) NOT NULL, "category" character varying(20) NOT NULL, "description" text NOT NULL, "needling_response" text NOT NULL, "other_treatments" text array NOT NULL DEFAULT '{}', CONSTRAINT "UQ_ed4a3e64888a3d24a73e469a810" UNIQUE ("slug"), CONSTRAINT "CHK_scar_type_status" CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')), CONSTRAINT "CHK_scar_type_slug" CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'), CONSTRAINT "PK_f2ae95c0c8b4fc51fd64864989d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "topical" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "status" character varying(20) NOT NULL DEFAULT 'DRAFT', "published_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, "slug" character varying(120) NOT NULL, "name" character varying(200) NOT NULL, "category" character varying(30) NOT NULL, "inci_aliases" text array NOT NULL DEFAULT '{}', "prescription_only" boolean NOT NULL DEFAULT false, "allowed_slots" text array NOT NULL, "benefits" text NOT NULL, CONSTRAINT "UQ_9587616f6cce48e430e11bbaad7" UNIQUE ("slug"), CONSTRAINT "CHK_topical_allowed_slots" CHECK (cardinality(allowed_slots) >= 1 AND allowed_slots <@ ARRAY['AM', 'PM']::text[]), CONSTRAINT "CHK_topical_status" CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')), CONSTRAINT "CHK_topical_slug" CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'), CONSTRAINT "PK_81c0caf90d5d1db858dff5c5f08" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "treatment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "status" character varying(20) NOT NULL DEFAULT 'DRAFT', "published_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, "slug" character varying(120) NOT NULL, "name" character varying(200) NOT NULL, "summary" text NOT NULL, "device" character varying(30) NOT NULL, "setting" character varying(20) NOT NULL, "needle_depth_min_mm" double precision NOT NULL, "needle_depth_max_mm" double precision NOT NULL, "minutes_per_session_min" integer NOT NULL, "minutes_per_session_max" integer NOT NULL, "typical_sessions_min" integer NOT NULL, "typical_sessions_max" integer NOT NULL, "days_between_sessions_min" integer NOT NULL, "days_between_sessions_max" integer NOT NULL, "risks" text array NOT NULL DEFAULT '{}', "contraindications" text array NOT NULL DEFAULT '{}', CONSTRAINT "UQ_80d23c596b36c6891eedbfd2426" UNIQUE ("slug"), CONSTRAINT "CHK_treatment_depth" CHECK (needle_depth_min_mm > 0 AND needle_depth_max_mm >= needle_depth_min_mm), CONSTRAINT "CHK_treatment_status" CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')), CONSTRAINT "CHK_treatment_slug" CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'), CONSTRAINT "PK_5ed256f72665dee35f8e47b416e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "treatment_scar_type" ("treatment_id" uuid NOT NULL, "scar_type_id" uuid NOT NULL, CONSTRAINT "PK_e2ce2727f7a8bd01190aebe04ca" PRIMARY KEY ("treatment_id", "scar_type_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_7a6ebbc0f98e4ad94ff402213c" ON "treatment_scar_type"  ("scar_type_id") `);
    await queryRunner.query(
      `CREATE TABLE "topical_scar_type" ("topical_id" uuid NOT NULL, "scar_type_id" uuid NOT NULL, CONSTRAINT "PK_309ad7acb1ad0e32bc90f9d2d8d" PRIMARY KEY ("topical_id", "scar_type_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_5c9afef70c6e5bd80d66bcee06" ON "topical_scar_type"  ("scar_type_id") `);
    await queryRunner.query(
      `CREATE TABLE "article_treatment" ("article_id" uuid NOT NULL, "treatment_id" uuid NOT NULL, CONSTRAINT "PK_372a0a9265a015315ac1582879a" PRIMARY KEY ("article_id", "treatment_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_1f553359ec124daf97ea1988ee" ON "article_treatment"  ("treatment_id") `);
    await queryRunner.query(
      `CREATE TABLE "article_scar_type" ("article_id" uuid NOT NULL, "scar_type_id" uuid NOT NULL, CONSTRAINT "PK_5b680386df495d5b8743035bb3e" PRIMARY KEY ("article_id", "scar_type_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_fc210d1bff53722d36176524e7" ON "article_scar_type"  ("scar_type_id") `);
    await queryRunner.query(
      `CREATE TABLE "article_topical" ("article_id" uuid NOT NULL, "topical_id" uuid NOT NULL, CONSTRAINT "PK_3c6e54765dc0d47fadddf7d0bf2" PRIMARY KEY ("article_id", "topical_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f98b3e0005c10c84033402269d" ON "article_topical"  ("topical_id") `);
    await queryRunner.query(
      `CREATE TABLE "article_citation" ("article_id" uuid NOT NULL, "citation_id" uuid NOT NULL, "position" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_04608d32a52b16d5f0d6c0b124c" PRIMARY KEY ("article_id", "citation_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_bda84ecacd7d77607f186f0bc2" ON "article_citation"  ("citation_id") `);
    await queryRunner.query(
      `CREATE TABLE "rule_topical" ("rule_id" uuid NOT NULL, "topical_id" uuid NOT NULL, "role" character varying(10) NOT NULL, CONSTRAINT "PK_d71ea8bf0b796d999d5c55c40c0" PRIMARY KEY ("rule_id", "topical_id", "role"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c74a3e0d5de1e7b4920e9adce2" ON "rule_topical"  ("topical_id") `);
    await queryRunner.query(
      `CREATE TABLE "rule_citation" ("rule_id" uuid NOT NULL, "citation_id" uuid NOT NULL, "position" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_cfb8633661028e6f040479c31ba" PRIMARY KEY ("rule_id", "citation_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_a575098e7d4f5f62315e722cef" ON "rule_citation"  ("citation_id") `);
    await queryRunner.query(
      `CREATE TABLE "product" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "status" character varying(20) NOT NULL DEFAULT 'DRAFT', "published_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, "slug" character varying(120) NOT NULL, "name" character varying(200) NOT NULL, "brand_id" uuid NOT NULL, "description" text NOT NULL DEFAULT '', "price_cents" integer NOT NULL, "currency" character(3) NOT NULL, "in_stock" boolean NOT NULL DEFAULT true, "skin_types" text array NOT NULL DEFAULT '{}', "image_url" character varying(500), CONSTRAINT "UQ_8cfaf4a1e80806d58e3dbe69224" UNIQUE ("slug"), CONSTRAINT "CHK_product_currency" CHECK (currency ~ '^[A-Z]{3}$'), CONSTRAINT "CHK_product_price" CHECK (price_cents >= 0), CONSTRAINT "CHK_product_status" CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')), CONSTRAINT "CHK_product_slug" CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'), CONSTRAINT "PK_bebc9158e480b949565b4dc7a82" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_2eb5ce4324613b4b457c364f4a" ON "product"  ("brand_id") `);
    await queryRunner.query(
      `CREATE TABLE "product_ingredient" ("product_id" uuid NOT NULL, "topical_id" uuid NOT NULL, "concentration_percent" double precision, CONSTRAINT "CHK_product_ingredient_concentration" CHECK (concentration_percent IS NULL OR (concentration_percent > 0 AND concentration_percent <= 100)), CONSTRAINT "PK_b6cda25eb2a2883283267512c7d" PRIMARY KEY ("product_id", "topical_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_97cd7bb889873b5fc312be1a92" ON "product_ingredient"  ("topical_id") `);
    await queryRunner.query(
      `CREATE TABLE "reference_data_applied" ("key" character varying(200) NOT NULL, "applied_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0886b75bfde8cf3d2a349510dfd" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "treatment_scar_type" ADD CONSTRAINT "FK_2dfc1fb895576f6ae1e203ec6bd" FOREIGN KEY ("treatment_id") REFERENCES "treatment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "treatment_scar_type" ADD CONSTRAINT "FK_7a6ebbc0f98e4ad94ff402213ce" FOREIGN KEY ("scar_type_id") REFERENCES "scar_type"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "topical_scar_type" ADD CONSTRAINT "FK_b9a8c8d7cf83b6ae923127d91a7" FOREIGN KEY ("topical_id") REFERENCES "topical"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "topical_scar_type" ADD CONSTRAINT "FK_5c9afef70c6e5bd80d66bcee06b" FOREIGN KEY ("scar_type_id") REFERENCES "scar_type"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "article_treatment" ADD CONSTRAINT "FK_8fd1f1535cd0886cac1b6fc3fb8" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "article_treatment" ADD CONSTRAINT "FK_1f553359ec124daf97ea1988eea" FOREIGN KEY ("treatment_id") REFERENCES "treatment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "article_scar_type" ADD CONSTRAINT "FK_f41869bb4fcf0c7447ee720113f" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "article_scar_type" ADD CONSTRAINT "FK_fc210d1bff53722d36176524e79" FOREIGN KEY ("scar_type_id") REFERENCES "scar_type"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "article_topical" ADD CONSTRAINT "FK_ad3bbd64e584da15d178cb99643" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "article_topical" ADD CONSTRAINT "FK_f98b3e0005c10c84033402269d0" FOREIGN KEY ("topical_id") REFERENCES "topical"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "article_citation" ADD CONSTRAINT "FK_7c75e68d23da04666063e5e704b" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "article_citation" ADD CONSTRAINT "FK_bda84ecacd7d77607f186f0bc2b" FOREIGN KEY ("citation_id") REFERENCES "citation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "rule_topical" ADD CONSTRAINT "FK_957009e4e706d5fc6732afa1907" FOREIGN KEY ("rule_id") REFERENCES "compatibility_rule"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "rule_topical" ADD CONSTRAINT "FK_c74a3e0d5de1e7b4920e9adce26" FOREIGN KEY ("topical_id") REFERENCES "topical"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "rule_citation" ADD CONSTRAINT "FK_29b478a97ab695a36e9afa0a9ce" FOREIGN KEY ("rule_id") REFERENCES "compatibility_rule"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "rule_citation" ADD CONSTRAINT "FK_a575098e7d4f5f62315e722cef9" FOREIGN KEY ("citation_id") REFERENCES "citation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "product" ADD CONSTRAINT "FK_2eb5ce4324613b4b457c364f4a2" FOREIGN KEY ("brand_id") REFERENCES "brand"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "product_ingredient" ADD CONSTRAINT "FK_a7a4b2de441d2ab00df5b0d4cdd" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "product_ingredient" ADD CONSTRAINT "FK_97cd7bb889873b5fc312be1a920" FOREIGN KEY ("topical_id") REFERENCES "topical"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "product_ingredient" DROP CONSTRAINT "FK_97cd7bb889873b5fc312be1a920"`);
    await queryRunner.query(`ALTER TABLE "product_ingredient" DROP CONSTRAINT "FK_a7a4b2de441d2ab00df5b0d4cdd"`);
    await queryRunner.query(`ALTER TABLE "product" DROP CONSTRAINT "FK_2eb5ce4324613b4b457c364f4a2"`);
    await queryRunner.query(`ALTER TABLE "rule_citation" DROP CONSTRAINT "FK_a575098e7d4f5f62315e722cef9"`);
    await queryRunner.query(`ALTER TABLE "rule_citation" DROP CONSTRAINT "FK_29b478a97ab695a36e9afa0a9ce"`);
    await queryRunner.query(`ALTER TABLE "rule_topical" DROP CONSTRAINT "FK_c74a3e0d5de1e7b4920e9adce26"`);
    await queryRunner.query(`ALTER TABLE "rule_topical" DROP CONSTRAINT "FK_957009e4e706d5fc6732afa1907"`);
    await queryRunner.query(`ALTER TABLE "article_citation" DROP CONSTRAINT "FK_bda84ecacd7d77607f186f0bc2b"`);
    await queryRunner.query(`ALTER TABLE "article_citation" DROP CONSTRAINT "FK_7c75e68d23da04666063e5e704b"`);
    await queryRunner.query(`ALTER TABLE "article_topical" DROP CONSTRAINT "FK_f98b3e0005c10c84033402269d0"`);
    await queryRunner.query(`ALTER TABLE "article_topical" DROP CONSTRAINT "FK_ad3bbd64e584da15d178cb99643"`);
    await queryRunner.query(`ALTER TABLE "article_scar_type" DROP CONSTRAINT "FK_fc210d1bff53722d36176524e79"`);
    await queryRunner.query(`ALTER TABLE "article_scar_type" DROP CONSTRAINT "FK_f41869bb4fcf0c7447ee720113f"`);
    await queryRunner.query(`ALTER TABLE "article_treatment" DROP CONSTRAINT "FK_1f553359ec124daf97ea1988eea"`);
    await queryRunner.query(`ALTER TABLE "article_treatment" DROP CONSTRAINT "FK_8fd1f1535cd0886cac1b6fc3fb8"`);
    await queryRunner.query(`ALTER TABLE "topical_scar_type" DROP CONSTRAINT "FK_5c9afef70c6e5bd80d66bcee06b"`);
    await queryRunner.query(`ALTER TABLE "topical_scar_type" DROP CONSTRAINT "FK_b9a8c8d7cf83b6ae923127d91a7"`);
    await queryRunner.query(`ALTER TABLE "treatment_scar_type" DROP CONSTRAINT "FK_7a6ebbc0f98e4ad94ff402213ce"`);
    await queryRunner.query(`ALTER TABLE "treatment_scar_type" DROP CONSTRAINT "FK_2dfc1fb895576f6ae1e203ec6bd"`);
    await queryRunner.query(`DROP TABLE "reference_data_applied"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_97cd7bb889873b5fc312be1a92"`);
    await queryRunner.query(`DROP TABLE "product_ingredient"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2eb5ce4324613b4b457c364f4a"`);
    await queryRunner.query(`DROP TABLE "product"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a575098e7d4f5f62315e722cef"`);
    await queryRunner.query(`DROP TABLE "rule_citation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c74a3e0d5de1e7b4920e9adce2"`);
    await queryRunner.query(`DROP TABLE "rule_topical"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bda84ecacd7d77607f186f0bc2"`);
    await queryRunner.query(`DROP TABLE "article_citation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f98b3e0005c10c84033402269d"`);
    await queryRunner.query(`DROP TABLE "article_topical"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fc210d1bff53722d36176524e7"`);
    await queryRunner.query(`DROP TABLE "article_scar_type"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1f553359ec124daf97ea1988ee"`);
    await queryRunner.query(`DROP TABLE "article_treatment"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5c9afef70c6e5bd80d66bcee06"`);
    await queryRunner.query(`DROP TABLE "topical_scar_type"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7a6ebbc0f98e4ad94ff402213c"`);
    await queryRunner.query(`DROP TABLE "treatment_scar_type"`);
    await queryRunner.query(`DROP TABLE "treatment"`);
    await queryRunner.query(`DROP TABLE "topical"`);
    await queryRunner.query(`DROP TABLE "scar_type"`);
    await queryRunner.query(`DROP TABLE "compatibility_rule"`);
    await queryRunner.query(`DROP TABLE "citation"`);
    await queryRunner.query(`DROP TABLE "brand"`);
    await queryRunner.query(`DROP TABLE "article"`);
  }
}
