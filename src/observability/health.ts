// Liveness, readiness and metrics endpoints.
//   GET /healthz  the process is alive and serving HTTP; never touches the database
//   GET /readyz   ready for traffic: not shutting down, the primary database answers within
//                 READINESS_TIMEOUT_MS, and every migration this code knows is applied
//   GET /metrics  Prometheus text format (METRICS_ENABLED)
import express, { Router } from 'express';
import { DataSource } from 'typeorm';
import { isDatabaseUnavailable } from '../db/database-errors';
import { Metrics } from './metrics';

export interface Readiness {
  ready: boolean;
  checks: { shutdown: 'running' | 'stopping'; database: string; migrations: string };
}

class Timeout extends Error {}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout()), ms);
  });
  // The statement may still finish (or fail) later; nobody waits for it.
  work.catch(() => undefined);
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export class Health {
  private stopping = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly timeoutMs: number,
  ) {}

  /** From now on /readyz answers 503, so load balancers stop sending new requests. */
  markShuttingDown(): void {
    this.stopping = true;
  }

  get isShuttingDown(): boolean {
    return this.stopping;
  }

  async readiness(): Promise<Readiness> {
    const checks: Readiness['checks'] = { shutdown: this.stopping ? 'stopping' : 'running', database: 'unknown', migrations: 'unknown' };
    if (this.stopping) return { ready: false, checks };
    const known = this.dataSource.migrations.map((migration) => migration.name ?? migration.constructor.name);
    try {
      // One statement answers both questions (raw queries always go to the primary).
      const rows: { name: string }[] = await withTimeout(this.dataSource.query('SELECT name FROM migrations'), this.timeoutMs);
      checks.database = 'ok';
      const applied = new Set(rows.map((row) => row.name));
      const pending = known.filter((name) => !applied.has(name));
      checks.migrations = pending.length === 0 ? 'ok' : `pending: ${pending.join(', ')}`;
    } catch (error) {
      if (error instanceof Timeout) checks.database = `no answer within ${this.timeoutMs} ms`;
      else if (isDatabaseUnavailable(error) || !this.dataSource.isInitialized) checks.database = 'unreachable';
      else if ((error as { code?: unknown }).code === '42P01') {
        checks.database = 'ok';
        checks.migrations = 'not applied';
      } else checks.database = 'error';
    }
    return { ready: checks.database === 'ok' && checks.migrations === 'ok', checks };
  }
}

export function observabilityRoutes(deps: { health: Health; metrics: Metrics; metricsEnabled: boolean }): Router {
  const router = express.Router();
  const noStore = (res: express.Response) => res.setHeader('cache-control', 'no-store');

  router.get('/healthz', (_req, res) => {
    noStore(res);
    res.json({ status: 'ok' });
  });

  router.get('/readyz', async (_req, res) => {
    const { ready, checks } = await deps.health.readiness();
    noStore(res);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', checks });
  });

  if (deps.metricsEnabled) {
    router.get('/metrics', async (_req, res) => {
      noStore(res);
      res.setHeader('content-type', deps.metrics.registry.contentType);
      res.send(await deps.metrics.registry.metrics());
    });
  }
  return router;
}
