// Local dates and slot instants of a plan. All arithmetic goes through luxon in the plan's zone so that
// 08:00 and 21:00 stay 08:00 and 21:00 local across daylight-saving changes.
import { DateTime, IANAZone } from 'luxon';
import { Slot } from '../domain/enums';

const SLOT_HOURS: Record<Slot, number> = { [Slot.AM]: 8, [Slot.PM]: 21 };
const MS_PER_DAY = 24 * 60 * 60 * 1000;
export const MS_PER_HOUR = 60 * 60 * 1000;

export interface PlanDay {
  readonly index: number;
  /** YYYY-MM-DD in the plan's zone. */
  readonly date: string;
  /** Days since 1970-01-01 of the local date: differences are whole calendar days, whatever the DST. */
  readonly dayNumber: number;
  readonly startMs: number;
  readonly endMs: number;
  readonly slotMs: Readonly<Record<Slot, number>>;
}

export function checkTimeZone(zone: string): void {
  if (!IANAZone.isValidZone(zone)) throw new Error(`Unknown time zone ${JSON.stringify(zone)}`);
}

export function parseInstant(iso: string, zone: string, what: string): DateTime {
  const instant = DateTime.fromISO(iso, { zone });
  if (!instant.isValid) throw new Error(`${what} is not an ISO-8601 instant: ${JSON.stringify(iso)}`);
  return instant;
}

export function localDate(instant: DateTime): string {
  return instant.toISODate() as string;
}

export function dayNumber(instant: DateTime): number {
  return Date.UTC(instant.year, instant.month - 1, instant.day) / MS_PER_DAY;
}

export function buildPlanDays(startDate: string, days: number, zone: string): PlanDay[] {
  const first = DateTime.fromISO(startDate, { zone });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(startDate) || !first.isValid) {
    throw new Error(`startDate is not a YYYY-MM-DD date: ${JSON.stringify(startDate)}`);
  }
  if (!Number.isInteger(days) || days < 1) throw new Error(`days must be a whole number >= 1, got ${days}`);
  // startOf: where midnight does not exist on a DST day, the day starts at the first instant that does.
  // Each start is computed once because luxon's zone offsets are costly.
  const starts = Array.from({ length: days + 1 }, (_, index) => first.plus({ days: index }).startOf('day'));
  return starts.slice(0, days).map((start, index) => ({
    index,
    date: localDate(start),
    dayNumber: dayNumber(start),
    startMs: start.toMillis(),
    endMs: starts[index + 1].toMillis(),
    slotMs: {
      [Slot.AM]: start.set({ hour: SLOT_HOURS[Slot.AM] }).toMillis(),
      [Slot.PM]: start.set({ hour: SLOT_HOURS[Slot.PM] }).toMillis(),
    },
  }));
}

export function formatInstant(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toISO() as string;
}

export function formatDate(ms: number, zone: string): string {
  return localDate(DateTime.fromMillis(ms, { zone }));
}
