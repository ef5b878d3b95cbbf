// Key-value stores for Apollo (response cache, persisted queries): Redis shared by every
// instance when REDIS_URL is set, else this process's memory; lookups counted in the metrics.
import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import Redis from 'ioredis';
import { Metrics } from '../observability/metrics';

/**
 * A KeyValueCache over ioredis. Redis errors (unreachable, timeouts) are misses and dropped writes,
 * never request failures: the client has no offline queue, so a call fails at once while Redis is
 * away instead of waiting for it.
 */
export class RedisKeyValueCache implements KeyValueCache<string> {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async get(key: string): Promise<string | undefined> {
    try {
      return (await this.redis.get(this.prefix + key)) ?? undefined;
    } catch {
      return undefined;
    }
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    try {
      if (options?.ttl) await this.redis.set(this.prefix + key, value, 'EX', Math.max(1, Math.ceil(options.ttl)));
      else await this.redis.set(this.prefix + key, value);
    } catch {
      // A write that does not happen is a later miss.
    }
  }

  async delete(key: string): Promise<boolean> {
    try {
      return (await this.redis.del(this.prefix + key)) > 0;
    } catch {
      return false;
    }
  }
}

/** Counts every lookup as a hit or a miss (`dermaplan_cache_requests_total{cache="<name>"}`). */
export class CountingKeyValueCache implements KeyValueCache<string> {
  constructor(
    private readonly inner: KeyValueCache<string>,
    private readonly name: string,
    private readonly metrics: Metrics,
  ) {}

  async get(key: string): Promise<string | undefined> {
    const value = await this.inner.get(key);
    this.metrics.cacheLookup(this.name, value !== undefined);
    return value;
  }

  set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    return this.inner.set(key, value, options);
  }

  delete(key: string): Promise<boolean | void> {
    return this.inner.delete(key);
  }
}
