// Reads go to PostgreSQL as named (prepared) statements, so each connection plans a statement once
// instead of on every call: planning was about a fifth of the PostgreSQL CPU of the catalog page,
// whose correlated JSON subqueries give the planner many paths to weigh.
// PostGraphile does the same. Set DB_PREPARED_STATEMENTS=0 behind a pooler that does not keep
// prepared statements per client (PgBouncer in transaction mode without max_prepared_statements).
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import pg from 'pg';

/** Only reads: writes run rarely, and utility statements (migrations, BEGIN) gain nothing. */
const READ = /^\s*(SELECT|WITH)\b/i;

/** The name a statement's text is prepared under: the same on every connection, unique per text. */
export function preparedStatementName(text: string): string {
  return `dp_${createHash('sha1').update(text).digest('base64url')}`;
}

/**
 * A pg Client (given to the pool) that prepares the reads it runs and keeps at most `limit` of them
 * per connection, deallocating the least recently used: SQL texts follow the selections clients
 * send, so their number is not bounded by the code.
 */
export function preparingClient(limit: number): typeof pg.Client {
  return class PreparingClient extends pg.Client {
    readonly #prepared = new LRUCache<string, true>({
      max: limit,
      // Forgotten by pg at once (a later use parses again, after the DEALLOCATE in the queue); the
      // evicted name cannot be waiting in the queue: everything queued is more recent. A statement
      // that never parsed (an SQL error) is not on the server: deallocating it would fail, and
      // abort the transaction it happened in.
      dispose: (_value, name) => {
        const parsed = (this as unknown as { connection: { parsedStatements: Record<string, string> } }).connection.parsedStatements;
        if (parsed[name] === undefined) return;
        delete parsed[name];
        super.query(`DEALLOCATE "${name}"`).catch(() => undefined);
      },
    });

    override query(...args: unknown[]): never {
      const [text, ...rest] = args;
      if (typeof text === 'string' && READ.test(text)) {
        const name = preparedStatementName(text);
        this.#prepared.set(name, true);
        return (super.query as (...a: unknown[]) => never)({ name, text }, ...rest);
      }
      return (super.query as (...a: unknown[]) => never)(...args);
    }
  };
}
