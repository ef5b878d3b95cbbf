import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A display name for staff users, so the console and the review queue name who edited and who
 * signed off an entry. Optional: where none is given the email's local part is shown.
 */
export class StaffDisplayName1795258600417 implements MigrationInterface {
  name = 'StaffDisplayName1795258600417';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE staff_user ADD COLUMN display_name varchar(80)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE staff_user DROP COLUMN display_name`);
  }
}
