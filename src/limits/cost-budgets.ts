// Cost budgets per window: points are the estimated cost of each operation (at least 1), counted
// per partner app or per anonymous client address. In Redis when REDIS_URL is set, so every
// instance draws on the same budget; in this process's memory otherwise. Never in PostgreSQL.
import { isIPv6 } from 'node:net';
import Redis from 'ioredis';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { LimitsConfig } from '../config';

/** The limiter never refuses by itself: each caller's own budget is compared with what it consumed. */
const UNBOUNDED = 1_000_000_000_000;

export interface BudgetOutcome {
  allowed: boolean;
  /** Points spent in the current window, this request included when allowed. */
  consumed: number;
  remaining: number;
  /** Seconds until the window ends and the budget is whole again. */
  resetSeconds: number;
}

export interface BudgetLogger {
  warn(details: Record<string, unknown>, message: string): void;
  info(details: Record<string, unknown>, message: string): void;
}

/**
 * The rate-limiting key of a client address: IPv6 addresses by their /64 network (one subscriber
 * usually has a whole /64, so single addresses would be free to rotate), IPv4 as they are.
 */
export function addressBucket(address: string): string {
  const plain = address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
  if (!isIPv6(plain)) return plain;
  const [head, tail = ''] = plain.split('::');
  const left = head ? head.split(':') : [];
  const right = plain.includes('::') && tail ? tail.split(':') : [];
  const groups = plain.includes('::') ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((group) => parseInt(group || '0', 16).toString(16))
    .join(':')}::/64`;
}

export class CostBudgets {
  private constructor(
    private readonly limiter: RateLimiterAbstract,
    private readonly redis: Redis | null,
  ) {}

  static create(config: LimitsConfig, logger: BudgetLogger): CostBudgets {
    const options = { points: UNBOUNDED, duration: config.windowSeconds, keyPrefix: `${config.redisKeyPrefix}cost` };
    if (!config.redisUrl) return new CostBudgets(new RateLimiterMemory(options), null);

    // No offline queue: while Redis is unreachable, calls fail at once and the in-memory
    // insurance limiter counts instead (per instance) until it is back.
    const redis = new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 });
    let healthy = true;
    redis.on('error', (error: Error) => {
      if (healthy) logger.warn({ err: error.message }, 'Redis unreachable: cost budgets are counted per instance until it is back');
      healthy = false;
    });
    redis.on('ready', () => {
      if (!healthy) logger.info({}, 'Redis reachable again: cost budgets are shared across instances');
      healthy = true;
    });
    const limiter = new RateLimiterRedis({
      ...options,
      storeClient: redis,
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory(options),
    });
    return new CostBudgets(limiter, redis);
  }

  /** Spends `cost` points of `key`'s budget, or nothing when they do not fit. */
  async spend(key: string, cost: number, budget: number): Promise<BudgetOutcome> {
    const points = Math.max(1, Math.ceil(cost));
    const result = await this.limiter.consume(key, points).catch((rejection: unknown) => {
      if (rejection instanceof RateLimiterRes) return rejection;
      throw rejection;
    });
    const resetSeconds = Math.max(1, Math.ceil(result.msBeforeNext / 1000));
    if (result.consumedPoints <= budget) {
      return { allowed: true, consumed: result.consumedPoints, remaining: budget - result.consumedPoints, resetSeconds };
    }
    // Refused requests cost nothing: a caller may still send cheaper ones that fit.
    await this.limiter.reward(key, points).catch(() => undefined);
    const consumed = result.consumedPoints - points;
    return { allowed: false, consumed, remaining: Math.max(0, budget - consumed), resetSeconds };
  }

  async close(): Promise<void> {
    if (!this.redis) return;
    if (this.redis.status === 'ready') await this.redis.quit().catch(() => this.redis!.disconnect());
    else this.redis.disconnect();
  }
}
