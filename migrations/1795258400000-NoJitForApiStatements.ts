import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * JIT compilation off for this database (docs/performance/decisions/009-search-at-scale.md): PostgreSQL compiles a
 * statement whose estimated cost passes jit_above_cost, and compiles it again on every run. The API's statements are
 * short, and the costly-looking ones (search facets over a broad match) spent about 190 ms of each run compiling, more
 * than the compiled code saved. A role that may not alter the database gets a notice instead (set it by hand).
 */
export class NoJitForApiStatements1795258400000 implements MigrationInterface {
  name = 'NoJitForApiStatements1795258400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(alterDatabase('SET jit = off'));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(alterDatabase('RESET jit'));
  }
}

function alterDatabase(setting: string): string {
  return `DO $$ BEGIN
    EXECUTE format('ALTER DATABASE %I ${setting}', current_database());
  EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'not allowed to run ALTER DATABASE % ${setting}: run it as the database owner', current_database();
  END $$`;
}
