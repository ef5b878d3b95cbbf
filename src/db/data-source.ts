import { DataSource } from 'typeorm';
import { ENTITIES } from '../entities';
import { MIGRATIONS } from '../../migrations';
import { currentRequestScope } from '../observability/request-scope';
import { preparingClient } from './prepared-statements';
import { SqlStatementCounter } from './sql-statement-counter';

type ReplicationMode = ReturnType<DataSource['defaultReplicationModeForReads']>;

export interface DataSourceOptions {
  url: string;
  poolSize: number;
  connectTimeoutMs: number;
  statementTimeoutMs: number;
  /** Read replicas: plain reads go there unless the request reads from the primary (see AppDataSource). */
  replicaUrls?: string[];
  /** Reads kept prepared per connection (src/db/prepared-statements.ts); 0 or absent: none. */
  preparedStatements?: number;
}

/**
 * TypeORM sends SELECTs built by query builders and repositories to a replica, and everything
 * else (writes, transactions, raw `query()`) to the primary. This subclass lets a request move
 * its reads to the primary too (mutations, signed-in staff, the knowledge snapshot: see
 * src/observability/request-scope.ts). Without replicas every statement goes to the primary anyway.
 */
export class AppDataSource extends DataSource {
  override defaultReplicationModeForReads(): ReplicationMode {
    return currentRequestScope()?.primaryReads ? 'master' : super.defaultReplicationModeForReads();
  }

  get hasReplicas(): boolean {
    return 'replication' in this.options && this.options.replication !== undefined;
  }
}

/** The one DataSource definition, used by the server, the tests and the TypeORM CLI. */
export function createDataSource(options: DataSourceOptions): AppDataSource {
  const replicas = options.replicaUrls ?? [];
  return new AppDataSource({
    type: 'postgres',
    ...(replicas.length > 0 ? { replication: { master: { url: options.url }, slaves: replicas.map((url) => ({ url })) } } : { url: options.url }),
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    // gen_random_uuid() is built into PostgreSQL 13+; uuid-ossp would need an extension.
    uuidExtension: 'pgcrypto',
    logger: new SqlStatementCounter(),
    poolSize: options.poolSize,
    // pg's default is to wait for a connection forever: while the database is away, requests
    // would hang instead of failing.
    connectTimeoutMS: options.connectTimeoutMs,
    applicationName: 'dermaplan',
    extra: {
      statement_timeout: options.statementTimeoutMs,
      idle_in_transaction_session_timeout: options.statementTimeoutMs * 2,
      // Client-side limit for when the server cannot even answer (a network partition, a frozen
      // host): statement_timeout alone is enforced by the server.
      query_timeout: options.statementTimeoutMs + 2000,
      // Notice half-open connections after a failover instead of writing into them.
      keepAlive: true,
      ...(options.preparedStatements ? { Client: preparingClient(options.preparedStatements) } : {}),
    },
  });
}
