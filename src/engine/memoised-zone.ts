// luxon's IANAZone works out every offset with Intl.DateTimeFormat#formatToParts, which made zone
// arithmetic the costliest part of a plan. Offsets only change at transitions, so they are memoised.
import { Zone, ZoneOffsetFormat, ZoneOffsetOptions } from 'luxon';

const BUCKET_MS = 15 * 60 * 1000;
/** A 90-day plan touches a few hundred buckets; many plans of the same weeks share them. */
const MAX_MEMOISED_BUCKETS = 4096;

/** Oldest entries go first once the map is full: a Map iterates in insertion order. */
export function setBounded<K, V>(map: Map<K, V>, key: K, value: V, limit: number): void {
  if (map.size >= limit) map.delete(map.keys().next().value as K);
  map.set(key, value);
}

/**
 * The same zone, with offsets memoised per 15-minute UTC bucket. A bucket is memoised only when the
 * offsets at its first and last millisecond agree, so one holding a transition is always asked afresh.
 */
export class MemoisedZone extends Zone {
  readonly #zone: Zone;
  readonly #offsetsByBucket = new Map<number, number>();

  constructor(zone: Zone) {
    super();
    this.#zone = zone;
  }

  // Same type and name as the wrapped zone: luxon formats and compares zones by them.
  get type(): string {
    return this.#zone.type;
  }

  get name(): string {
    return this.#zone.name;
  }

  get isUniversal(): boolean {
    return this.#zone.isUniversal;
  }

  get isValid(): boolean {
    return this.#zone.isValid;
  }

  offsetName(ts: number, options: ZoneOffsetOptions): string | null {
    return this.#zone.offsetName(ts, options);
  }

  formatOffset(ts: number, format: ZoneOffsetFormat): string {
    return this.#zone.formatOffset(ts, format);
  }

  equals(other: Zone): boolean {
    return this.#zone.equals(other);
  }

  offset(ts: number): number {
    const bucket = Math.floor(ts / BUCKET_MS);
    const memoised = this.#offsetsByBucket.get(bucket);
    if (memoised !== undefined) return memoised;
    const first = this.#zone.offset(bucket * BUCKET_MS);
    if (first !== this.#zone.offset((bucket + 1) * BUCKET_MS - 1)) return this.#zone.offset(ts);
    setBounded(this.#offsetsByBucket, bucket, first, MAX_MEMOISED_BUCKETS);
    return first;
  }
}
