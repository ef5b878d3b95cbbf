import { DateTime, IANAZone } from 'luxon';
import { Slot } from '../../../src/domain/enums';
import { MemoisedZone } from '../../../src/engine/memoised-zone';
import { buildPlanDays, findTimeZone, formatDate, formatInstant, planZone } from '../../../src/engine/plan-clock';

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;

/** Instants at which the zone's offset changes between two years, each to the millisecond. */
function transitionsOf(zone: IANAZone, fromYear: number, toYear: number): number[] {
  const transitions: number[] = [];
  for (let hour = Date.UTC(fromYear, 0, 1); hour < Date.UTC(toYear, 0, 1); hour += HOUR) {
    if (zone.offset(hour) === zone.offset(hour + HOUR)) continue;
    let [before, after] = [hour, hour + HOUR];
    while (after - before > 1) {
      const middle = Math.floor((before + after) / 2);
      if (zone.offset(middle) === zone.offset(before)) before = middle;
      else after = middle;
    }
    transitions.push(after);
  }
  return transitions;
}

/** Every 7 minutes and a few odd milliseconds for two hours either side, so buckets are entered anywhere. */
function instantsAround(transition: number): number[] {
  const instants = [transition - 1, transition, transition + 1];
  for (let at = transition - 2 * HOUR; at <= transition + 2 * HOUR; at += 7 * MINUTE + 13) instants.push(at);
  return instants;
}

/** Instants some 13 hours apart, so each falls at another time of day. */
function sweep(fromYear: number, toYear: number): number[] {
  const instants: number[] = [];
  for (let at = Date.UTC(fromYear, 0, 1); at < Date.UTC(toYear, 0, 1); at += 13 * HOUR + 7 * MINUTE) instants.push(at);
  return instants;
}

describe('MemoisedZone', () => {
  it.each([
    ['Europe/Berlin', 2023, 2025, 4],
    ['America/New_York', 2023, 2025, 4],
    // Moves its clocks by 30 minutes.
    ['Australia/Lord_Howe', 2023, 2025, 4],
    // From local mean time (+05:41:16) to +05:30 at 18:18:44 UTC: inside a bucket.
    ['Asia/Kathmandu', 1919, 1921, 1],
    // To +05:45 at local midnight.
    ['Asia/Kathmandu', 1985, 1987, 1],
  ])('matches IANAZone %s around its transitions from %i to %i, asked in either order', (name, fromYear, toYear, count) => {
    const iana = IANAZone.create(name);
    const transitions = transitionsOf(iana, fromYear, toYear);
    expect(transitions).toHaveLength(count);

    const instants = [...transitions.flatMap(instantsAround), ...sweep(fromYear, toYear)];
    for (const order of [instants, [...instants].reverse()]) {
      const memoised = new MemoisedZone(iana);
      // Twice: the first pass fills the memo, the second reads it.
      for (let pass = 0; pass < 2; pass++) {
        expect(order.map((at) => memoised.offset(at))).toEqual(order.map((at) => iana.offset(at)));
      }
    }
  });

  it('formats like the zone it wraps', () => {
    const memoised = new MemoisedZone(IANAZone.create('Europe/Berlin'));
    const at = Date.UTC(2024, 2, 31, 1);

    expect(DateTime.fromMillis(at, { zone: memoised }).toISO()).toBe('2024-03-31T03:00:00.000+02:00');
    expect(DateTime.fromMillis(at, { zone: memoised }).toFormat('ZZZZ')).toBe('GMT+2');
    expect(memoised.equals(IANAZone.create('Europe/Berlin'))).toBe(true);
  });
});

describe('findTimeZone', () => {
  it('checks each name once and keeps its zone', () => {
    expect(findTimeZone('Europe/Berlin')).toBe(findTimeZone('Europe/Berlin'));
    expect(findTimeZone('Mars/Olympus_Mons')).toBeNull();
  });

  it('writes instants in UTC with Z, as luxon does, and in Etc/UTC with +00:00', () => {
    const at = Date.UTC(2024, 4, 6, 10);

    expect(formatInstant(at, planZone('UTC'))).toBe('2024-05-06T10:00:00.000Z');
    expect(formatInstant(at, planZone('Etc/UTC'))).toBe('2024-05-06T10:00:00.000+00:00');
    expect(formatDate(at, planZone('Pacific/Kiritimati'))).toBe('2024-05-07');
  });
});

describe('buildPlanDays', () => {
  const local = (ms: number, zone: string) => DateTime.fromMillis(ms, { zone }).toISO();

  it('starts a day whose midnight occurs twice at the first one', () => {
    // Havana turned clocks back from 01:00 to 00:00 on 3 November 2024.
    const days = buildPlanDays('2024-11-02', 3, planZone('America/Havana'));

    expect(days.map((day) => local(day.startMs, 'America/Havana'))).toEqual([
      '2024-11-02T00:00:00.000-04:00',
      '2024-11-03T00:00:00.000-04:00',
      '2024-11-04T00:00:00.000-05:00',
    ]);
    expect(days[1].endMs - days[1].startMs).toBe(25 * HOUR);
  });

  it('keeps the slots on the hour after a day that starts at 00:15', () => {
    // Kathmandu moved from +05:30 to +05:45 at midnight on 1 January 1986.
    const days = buildPlanDays('1986-01-01', 1, planZone('Asia/Kathmandu'));

    expect(local(days[0].startMs, 'Asia/Kathmandu')).toBe('1986-01-01T00:15:00.000+05:45');
    expect([Slot.AM, Slot.PM].map((slot) => local(days[0].slotMs[slot], 'Asia/Kathmandu'))).toEqual([
      '1986-01-01T08:00:00.000+05:45',
      '1986-01-01T21:00:00.000+05:45',
    ]);
  });
});
