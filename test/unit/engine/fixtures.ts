// Request builders and readers for the engine specs; the knowledge itself is shared with the benchmark.
import { DateTime } from 'luxon';
import { Device, Slot } from '../../../src/domain/enums';
import { RegimenDayResult, RegimenPlan, RegimenRequest, SessionFact } from '../../../src/engine';
import { TOPICALS, productId, topicalId } from '../../../bench/engine-fixtures';

export * from '../../../bench/engine-fixtures';

export const NO_FILTER: RegimenRequest['productFilter'] = {
  maxPriceCents: null,
  currency: null,
  inStockOnly: false,
  brandSlugs: [],
  excludeProductIds: [],
};

export function session(device: Device, needleDepthMm: number, performedAt: string): SessionFact {
  return { treatmentId: 'treatment-1', device, needleDepthMm, performedAt };
}

/** A person with no session, no skin concerns and no routine, planning 28 days in Berlin. */
export function request(overrides: Partial<RegimenRequest> & { using?: string[]; owning?: string[] } = {}): RegimenRequest {
  const { using = [], owning = [], ...rest } = overrides;
  return {
    lastSession: null,
    nextSession: null,
    scarTypeIds: [],
    fitzpatrickType: null,
    conditions: [],
    currentTopicalIds: using.map(topicalId),
    currentProductIds: owning.map(productId),
    startDate: null,
    days: 28,
    timeZone: 'Europe/Berlin',
    productFilter: NO_FILTER,
    now: '2024-03-01T12:00:00+01:00',
    ...rest,
  };
}

export function slugOf(id: string): string {
  const topical = TOPICALS.find((candidate) => candidate.id === id);
  if (!topical) throw new Error(`not a fixture topical: ${id}`);
  return topical.slug;
}

export function slugsIn(day: RegimenDayResult, slot: Slot): string[] {
  return (slot === Slot.AM ? day.am : day.pm).map((step) => slugOf(step.topicalId));
}

export function dayOf(plan: RegimenPlan, date: string): RegimenDayResult {
  const day = plan.days.find((candidate) => candidate.date === date);
  if (!day) throw new Error(`no plan day ${date}`);
  return day;
}

/** Indexes of the plan days on which the topical has a step in the slot. */
export function daysWith(plan: RegimenPlan, slug: string, slot: Slot): number[] {
  return plan.days.flatMap((day, index) => (slugsIn(day, slot).includes(slug) ? [index] : []));
}

/** The slot's instant, computed independently of the engine. */
export function slotInstant(date: string, slot: Slot, timeZone: string): DateTime {
  return DateTime.fromISO(date, { zone: timeZone }).set({ hour: slot === Slot.AM ? 8 : 21 });
}
