// Shared orderings: output must be deterministic and independent of the server's locale.
import { Severity } from '../domain/enums';

const SEVERITY_STRENGTH: readonly Severity[] = [Severity.INFO, Severity.LOW, Severity.MODERATE, Severity.HIGH];

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Most severe first. */
export function bySeverityDescending(a: Severity, b: Severity): number {
  return SEVERITY_STRENGTH.indexOf(b) - SEVERITY_STRENGTH.indexOf(a);
}

/** Longer lists are left to Array.prototype.sort: insertion sort is quadratic. */
const SHORT_LIST = 16;

/**
 * Sorts `items` in place, stably, as Array.prototype.sort does. A plan sorts thousands of short lists
 * (a slot's topicals, a day's steps); V8's sort sets up a work area on every call, which was an
 * eighth of a plan's allocations, and inserting into a list of a few items needs none.
 */
export function sortShort<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > SHORT_LIST) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i];
    let j = i - 1;
    for (; j >= 0 && compare(items[j], item) > 0; j--) items[j + 1] = items[j];
    items[j + 1] = item;
  }
  return items;
}
