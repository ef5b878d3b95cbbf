// Local dates and slot instants of a plan. Local times are turned into instants through the plan
// zone's offsets so that 08:00 and 21:00 stay 08:00 and 21:00 local across daylight-saving changes.
import { DateTime, IANAZone, Info, Zone } from 'luxon';
import { Slot } from '../domain/enums';
import { MemoisedZone, setBounded } from './memoised-zone';

const SLOT_HOURS: Record<Slot, number> = { [Slot.AM]: 8, [Slot.PM]: 21 };
const MS_PER_MINUTE = 60 * 1000;
export const MS_PER_HOUR = 60 * MS_PER_MINUTE;
const MS_PER_DAY = 24 * MS_PER_HOUR;
/** Zones stay memoised across requests; the bound only matters if clients send many spellings. */
const MAX_ZONES = 256;

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

const zonesByName = new Map<string, Zone>();

/** The zone an IANA name stands for, or null. Checking a name builds an Intl.DateTimeFormat: each is checked once. */
export function findTimeZone(name: string): Zone | null {
  let zone = zonesByName.get(name);
  if (zone === undefined) {
    if (!IANAZone.isValidZone(name)) return null;
    // As in the rest of luxon, "UTC" and "GMT" are a fixed zone whose instants are written with Z.
    const luxonZone = Info.normalizeZone(name);
    zone = luxonZone.isUniversal ? luxonZone : new MemoisedZone(luxonZone);
    setBounded(zonesByName, name, zone, MAX_ZONES);
  }
  return zone;
}

export function planZone(name: string): Zone {
  const zone = findTimeZone(name);
  if (zone === null) throw new Error(`Unknown time zone ${JSON.stringify(name)}`);
  return zone;
}

export function parseInstant(iso: string, zone: Zone, what: string): number {
  const instant = DateTime.fromISO(iso, { zone });
  if (!instant.isValid) throw new Error(`${what} is not an ISO-8601 instant: ${JSON.stringify(iso)}`);
  return instant.toMillis();
}

/** Days since 1970-01-01 of the instant's local date. */
export function localDayNumber(ms: number, zone: Zone): number {
  return Math.floor((ms + zone.offset(ms) * MS_PER_MINUTE) / MS_PER_DAY);
}

export function isoDate(dayNumber: number): string {
  return new Date(dayNumber * MS_PER_DAY).toISOString().split('T')[0];
}

/**
 * The instant at which the zone's clocks show a local time, given as milliseconds since 1970-01-01T00:00
 * local. Where clocks go back and the time occurs twice, the first; where they jump over it, the time
 * as far past the jump as it was into it (luxon's choice), so a day whose midnight does not exist
 * starts at its first instant.
 */
function instantAt(localMs: number, zone: Zone): number {
  // Offsets differ by less than a day, so these two lie before and after any transition near the time.
  const offsetBefore = zone.offset(localMs - MS_PER_DAY);
  const offsetAfter = zone.offset(localMs + MS_PER_DAY);
  const largerOffset = Math.max(offsetBefore, offsetAfter);
  const earlier = localMs - largerOffset * MS_PER_MINUTE;
  if (zone.offset(earlier) === largerOffset) return earlier;
  return localMs - Math.min(offsetBefore, offsetAfter) * MS_PER_MINUTE;
}

/** The first instant of a local calendar date (YYYY-MM-DD) in the zone. */
export function startOfLocalDate(date: string, zone: Zone): number {
  return instantAt(DateTime.fromISO(date, { zone: 'utc' }).toMillis(), zone);
}

export function buildPlanDays(startDate: string, days: number, zone: Zone): PlanDay[] {
  const first = DateTime.fromISO(startDate, { zone: 'utc' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(startDate) || !first.isValid) {
    throw new Error(`startDate is not a YYYY-MM-DD date: ${JSON.stringify(startDate)}`);
  }
  if (!Number.isInteger(days) || days < 1) throw new Error(`days must be a whole number >= 1, got ${days}`);
  const firstDayNumber = first.toMillis() / MS_PER_DAY;
  // Each day ends where the next starts: every start is worked out once.
  const starts = Array.from({ length: days + 1 }, (_, index) => instantAt((firstDayNumber + index) * MS_PER_DAY, zone));
  return Array.from({ length: days }, (_, index) => {
    const dayNumber = firstDayNumber + index;
    const slotAt = (slot: Slot) => instantAt(dayNumber * MS_PER_DAY + SLOT_HOURS[slot] * MS_PER_HOUR, zone);
    return {
      index,
      date: isoDate(dayNumber),
      dayNumber,
      startMs: starts[index],
      endMs: starts[index + 1],
      slotMs: { [Slot.AM]: slotAt(Slot.AM), [Slot.PM]: slotAt(Slot.PM) },
    };
  });
}

export function formatInstant(ms: number, zone: Zone): string {
  return DateTime.fromMillis(ms, { zone }).toISO() as string;
}

export function formatDate(ms: number, zone: Zone): string {
  return isoDate(localDayNumber(ms, zone));
}
