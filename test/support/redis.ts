// Tests that need the machine's Redis: run when it answers or under CI (where .ci/run starts it,
// so a missing Redis fails), otherwise skipped with a visible message.
import { spawnSync } from 'node:child_process';
import Redis from 'ioredis';

export const REDIS_URL = 'redis://127.0.0.1:6379';

/** Whether a Redis answers PING, checked synchronously so the suite can be skipped at collection. */
function redisReachable(url: string): boolean {
  const { hostname, port } = new URL(url);
  const probe = `const s=require('net').connect(${Number(port) || 6379},${JSON.stringify(hostname)});
    s.setTimeout(1500,()=>process.exit(1));s.on('error',()=>process.exit(1));
    s.on('connect',()=>s.write('PING\\r\\n'));s.on('data',d=>process.exit(String(d).startsWith('+PONG')?0:1));`;
  return spawnSync(process.execPath, ['-e', probe], { timeout: 3000 }).status === 0;
}

/** `describe` when Redis is reachable or CI is set; otherwise `describe.skip` after saying why. */
export function describeWithRedis(what: string): jest.Describe {
  if (redisReachable(REDIS_URL) || process.env.CI) return describe;
  console.warn(`SKIPPED: no Redis at ${REDIS_URL}: ${what} (CI starts it; set CI to make this a failure).`);
  return describe.skip;
}

/** Deletes every key under this prefix (what a test wrote to the machine's Redis). */
export async function deleteRedisKeys(prefix: string): Promise<void> {
  const redis = new Redis(REDIS_URL);
  try {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    await redis.quit();
  }
}
