import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Price lists compare prices in one currency only, so their index leads with the currency: a page
 * sorted by price reads the rows of that currency in order and stops.
 */
export class ProductPriceByCurrency1795258700583 implements MigrationInterface {
  name = 'ProductPriceByCurrency1795258700583';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_product_currency_price_id" ON "product" ("currency", "price_cents", "id")`);
    await queryRunner.query(`DROP INDEX "IDX_product_price_id"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_product_price_id" ON "product" ("price_cents", "id")`);
    await queryRunner.query(`DROP INDEX "IDX_product_currency_price_id"`);
  }
}
