import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Product lists are sorted by name or price, ties broken by id: with these indexes a page reads
 * its rows in order and stops, instead of sorting the whole catalog on every request.
 */
export class ProductListIndexes1795252000000 implements MigrationInterface {
  name = 'ProductListIndexes1795252000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_product_name_id" ON "product" ("name", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_product_price_id" ON "product" ("price_cents", "id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_product_price_id"`);
    await queryRunner.query(`DROP INDEX "IDX_product_name_id"`);
  }
}
