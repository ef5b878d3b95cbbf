// Reads run as named (prepared) statements, and a connection keeps at most DB_PREPARED_STATEMENTS of
// them (src/db/prepared-statements.ts). pg_prepared_statements shows one session's statements, so
// each check runs on a single connection.
import { Pool } from 'pg';
import { preparedStatementName, preparingClient } from '../../src/db/prepared-statements';
import { ADMIN_URL_VARIABLE } from '../support/test-database';
import { startTestApp, TestApp } from '../support/test-app';

const PRODUCTS = '{ products(first: 3) { edges { node { slug brand { name } } } } }';

async function preparedNames(query: (sql: string) => Promise<{ name: string }[]>): Promise<string[]> {
  return (await query('SELECT name FROM pg_prepared_statements ORDER BY prepare_time')).map((row) => row.name);
}

describe('the server', () => {
  let app: TestApp;
  afterEach(() => app?.close());

  it('prepares the reads a request makes, once per connection', async () => {
    app = await startTestApp({ DB_POOL_SIZE: '1' });
    const first = await app.data(PRODUCTS);
    expect(await app.data(PRODUCTS)).toEqual(first);
    const names = await preparedNames((sql) => app.dataSource.query(sql));
    const page = names.filter((name) => name !== preparedStatementName('SELECT name FROM pg_prepared_statements ORDER BY prepare_time'));
    // The product page is one statement, prepared once though it ran twice.
    expect(page).toHaveLength(new Set(page).size);
    expect(page.length).toBeGreaterThanOrEqual(1);
    const [statement] = await app.dataSource.query('SELECT statement FROM pg_prepared_statements WHERE name = $1', [page[page.length - 1]]);
    expect(statement.statement).toMatch(/FROM "product"/);
  });

  it('prepares nothing with DB_PREPARED_STATEMENTS=0', async () => {
    app = await startTestApp({ DB_POOL_SIZE: '1', DB_PREPARED_STATEMENTS: '0' });
    await app.data(PRODUCTS);
    expect(await preparedNames((sql) => app.dataSource.query(sql))).toEqual([]);
  });
});

describe('a connection', () => {
  let pool: Pool;
  beforeEach(async () => {
    // A private database is not needed: the statements touch no table of ours.
    pool = new Pool({ connectionString: process.env[ADMIN_URL_VARIABLE], max: 1, Client: preparingClient(3) });
  });
  afterEach(() => pool.end());
  const names = async () => (await pool.query('SELECT name FROM pg_prepared_statements ORDER BY prepare_time')).rows.map((row) => row.name as string);
  const listing = 'SELECT name FROM pg_prepared_statements ORDER BY prepare_time';

  it('keeps the most recently used reads and deallocates the rest', async () => {
    for (let i = 1; i <= 5; i += 1) expect((await pool.query(`SELECT ${i} AS n`)).rows).toEqual([{ n: i }]);
    // The listing itself is a read: it takes the place of the oldest.
    expect(await names()).toEqual([preparedStatementName('SELECT 4 AS n'), preparedStatementName('SELECT 5 AS n'), preparedStatementName(listing)]);
    // A deallocated statement is prepared again when it comes back; a kept one is reused.
    expect((await pool.query('SELECT 1 AS n')).rows).toEqual([{ n: 1 }]);
    expect((await pool.query('SELECT 5 AS n')).rows).toEqual([{ n: 5 }]);
    expect(await names()).toEqual([preparedStatementName('SELECT 5 AS n'), preparedStatementName(listing), preparedStatementName('SELECT 1 AS n')]);
  });

  it('does not deallocate a statement that never parsed, so a transaction around the eviction survives', async () => {
    // One checked-out client throughout: pool.query discards a client whose query failed.
    const client = await pool.connect();
    try {
      await expect(client.query('SELECT no_such_column FROM pg_class')).rejects.toThrow(/no_such_column/);
      await client.query('BEGIN');
      // Three more reads evict the failed one inside the transaction.
      for (let i = 1; i <= 3; i += 1) await client.query(`SELECT ${i} AS n`);
      expect((await client.query('SELECT 42 AS answer')).rows).toEqual([{ answer: 42 }]);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
  });

  it('runs writes and utility statements unprepared, parameters and all', async () => {
    await pool.query('CREATE TEMPORARY TABLE scratch (n int)');
    await pool.query('INSERT INTO scratch VALUES ($1), ($2)', [1, 2]);
    expect(
      (await pool.query('WITH doubled AS (SELECT n * 2 AS n FROM scratch) SELECT sum(n)::int AS total FROM doubled WHERE n > $1', [2])).rows,
    ).toEqual([{ total: 4 }]);
    const prepared = await names();
    expect(prepared).not.toContain(preparedStatementName('INSERT INTO scratch VALUES ($1), ($2)'));
    expect(prepared).toContain(
      preparedStatementName('WITH doubled AS (SELECT n * 2 AS n FROM scratch) SELECT sum(n)::int AS total FROM doubled WHERE n > $1'),
    );
  });
});
