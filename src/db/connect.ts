import { DataSource } from 'typeorm';

export interface RetryLogger {
  warn(details: Record<string, unknown>, message: string): void;
}

export const FIRST_RETRY_DELAY_MS = 250;
export const MAX_RETRY_DELAY_MS = 5000;

/**
 * Start-up: initializes a DataSource, and while the database cannot be reached (not started yet,
 * restarting, failing over) tries again with a fresh one after 250 ms, 500 ms, 1 s ... at most 5 s
 * apart (minus up to 20 % jitter), until `timeoutMs` has passed; then the last error is thrown.
 * TypeORM's initialize() itself never retries.
 */
export async function initializeWithRetry(
  create: () => DataSource,
  options: { timeoutMs: number; logger: RetryLogger; signal?: AbortSignal },
): Promise<DataSource> {
  const deadline = Date.now() + options.timeoutMs;
  for (let attempt = 1; ; attempt += 1) {
    const dataSource = create();
    try {
      return await dataSource.initialize();
    } catch (error) {
      if (dataSource.isInitialized) await dataSource.destroy().catch(() => undefined);
      const nominal = Math.min(MAX_RETRY_DELAY_MS, FIRST_RETRY_DELAY_MS * 2 ** (attempt - 1));
      const delayMs = Math.round(nominal * (0.8 + 0.2 * Math.random()));
      if (Date.now() + delayMs > deadline || options.signal?.aborted) throw error;
      const { code, message } = error as { code?: unknown; message?: unknown };
      options.logger.warn({ attempt, retryInMs: delayMs, cause: { code, message } }, 'database not reachable yet; retrying');
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}
