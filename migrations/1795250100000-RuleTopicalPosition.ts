import { MigrationInterface, QueryRunner } from 'typeorm';

/** The order of a rule's topicals within a role: requirements prefer their first subject. */
export class RuleTopicalPosition1795250100000 implements MigrationInterface {
  name = 'RuleTopicalPosition1795250100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rule_topical" ADD "position" integer NOT NULL DEFAULT '0'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rule_topical" DROP COLUMN "position"`);
  }
}
