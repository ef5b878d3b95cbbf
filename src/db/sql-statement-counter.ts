import { AsyncLocalStorage } from 'node:async_hooks';
import { Logger } from 'typeorm';

/** Per-request tally of SQL statements, carried through async work by AsyncLocalStorage. */
export interface SqlStatementTally {
  count: number;
}

export const sqlStatementScope = new AsyncLocalStorage<SqlStatementTally>();

/**
 * TypeORM logger that counts every statement issued inside a request scope. Errors are not
 * logged here: they surface through the error mapping, which logs them once, without SQL.
 */
export class SqlStatementCounter implements Logger {
  logQuery(): void {
    const tally = sqlStatementScope.getStore();
    if (tally) tally.count += 1;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    console.log(message);
  }
  log(): void {}
}
