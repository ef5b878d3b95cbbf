import { QueryRunner } from 'typeorm';

/**
 * AFTER INSERT, DELETE and UPDATE statement triggers on `table`, named `<table>_<operation>_<suffix>`,
 * calling `fn` with the transition tables `new_rows` and `old_rows` that the operation has: a bulk
 * write runs `fn` once, over every row it wrote.
 */
export async function createTransitionTriggers(queryRunner: QueryRunner, table: string, suffix: string, fn: string): Promise<void> {
  for (const [operation, tables] of [
    ['INSERT', 'NEW TABLE AS new_rows'],
    ['DELETE', 'OLD TABLE AS old_rows'],
    ['UPDATE', 'NEW TABLE AS new_rows OLD TABLE AS old_rows'],
  ]) {
    await queryRunner.query(
      `CREATE TRIGGER "${table}_${operation.toLowerCase()}_${suffix}" AFTER ${operation} ON "${table}"
       REFERENCING ${tables} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
    );
  }
}
