// Waiting in tests: poll for the condition the test is waiting for, with a deadline, instead of
// sleeping a fixed time that is either too long (slow suite) or too short (flaky suite).

export interface WaitOptions {
  /** Fail after this long; 10 s unless given. */
  timeoutMs?: number;
  /** Between two checks; 20 ms unless given. */
  intervalMs?: number;
  /** What is awaited, for the failure message. */
  what?: string;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_INTERVAL_MS = 20;

/** Resolves once `condition` holds (checked at once, then every intervalMs); fails after timeoutMs. */
export async function waitFor(condition: () => boolean | Promise<boolean>, options: WaitOptions = {}): Promise<void> {
  await eventually(condition, (met) => met, { ...options, describe: () => 'false' });
}

/**
 * Reads until `done(value)` holds and returns that value; fails after timeoutMs, showing the last
 * value read (through `describe`, JSON by default).
 */
export async function eventually<T>(
  read: () => T | Promise<T>,
  done: (value: T) => boolean,
  options: WaitOptions & { describe?: (value: T) => string } = {},
): Promise<T> {
  const { timeoutMs = DEFAULT_TIMEOUT_MS, intervalMs = DEFAULT_INTERVAL_MS, what = 'condition', describe = JSON.stringify } = options;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what} not met after ${timeoutMs} ms: ${describe(value)}`);
    await sleep(intervalMs);
  }
}

/**
 * A fixed wait. Only for what no condition can show: that nothing more happens within a time
 * (no retry after the last attempt, no duplicate delivery); wait for conditions with waitFor.
 */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
