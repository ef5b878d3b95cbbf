// The request, checked and resolved against the knowledge base once, so that the planning steps
// work with instants, local days and known topicals instead of raw strings.
import { fitzpatrickApplies, scopeMatches } from './needling-scope';
import { DateTime, Zone } from 'luxon';
import { Device, MedicationKind, RuleKind, ScarCategory, ScarSeverity, SkinCondition, TreatmentArea } from '../domain/enums';
import { NeedlingScope, RegimenRequest, SessionFact, TopicalFact } from './facts';
import { KnowledgeBase } from './knowledge-base';
import { PlanDay, buildPlanDays, formatDate, isoDate, localDayNumber, parseInstant, planZone, startOfLocalDate } from './plan-clock';
import { RuleOfKind } from './rule-compiler';
import { describeDevice } from './wording';

export interface PlannedSession {
  readonly fact: SessionFact;
  /**
   * The depth rule scopes are matched against: the session's own, except that a pen at 0.5 mm or
   * deeper takes the next deeper tier's windows (pens puncture more densely than rollers of the
   * same length, and the granuloma reports mostly involve pens).
   */
  readonly planningDepthMm: number;
  readonly atMs: number;
  readonly date: string;
  readonly dayNumber: number;
}

export interface AppliedContraindication {
  readonly rule: RuleOfKind<RuleKind.CONTRAINDICATION>;
  /** When a dated condition starts and ends (its holds last that long); null: unbounded. */
  readonly fromMs: number | null;
  readonly untilMs: number | null;
  /** Whether it applies at the session the plan is about, so that it decides eligibility. */
  readonly atSession: boolean;
  /** The condition's name, or the rule's warning code for other triggers. */
  readonly code: string;
  readonly condition: SkinCondition | null;
  /** What made a derived condition apply, in words the warning adds (the device's range, say); null: nothing to add. */
  readonly detail: string | null;
}

export interface RegimenContext {
  readonly request: RegimenRequest;
  readonly zone: Zone;
  readonly lastSession: PlannedSession | null;
  readonly nextSession: PlannedSession | null;
  /** Earliest first. */
  readonly sessions: readonly PlannedSession[];
  readonly days: readonly PlanDay[];
  readonly planStartMs: number;
  readonly planEndMs: number;
  /** The instant the plan is made (the request's `now`). */
  readonly nowMs: number;
  /** Current topicals and the ingredients of current products, in catalog order. */
  readonly currentTopicals: readonly TopicalFact[];
  readonly currentTopicalIds: ReadonlySet<string>;
  readonly currentProductIds: ReadonlySet<string>;
  readonly contraindications: readonly AppliedContraindication[];
}

export function createRegimenContext(kb: KnowledgeBase, request: RegimenRequest): RegimenContext {
  const zone = planZone(request.timeZone);
  const nowMs = parseInstant(request.now, zone, 'now');
  const lastSession = planSession(kb, request.lastSession, zone, 'lastSession');
  const nextSession = planSession(kb, request.nextSession, zone, 'nextSession');
  const fitzpatrickType = request.fitzpatrickType;
  if (fitzpatrickType !== null && !(Number.isInteger(fitzpatrickType) && fitzpatrickType >= 1 && fitzpatrickType <= 6)) {
    throw new Error(`fitzpatrickType must be 1 to 6, got ${fitzpatrickType}`);
  }
  const days = buildPlanDays(request.startDate ?? lastSession?.date ?? formatDate(nowMs, zone), request.days, zone);

  const currentTopicalIds = new Set<string>();
  for (const id of request.currentTopicalIds) currentTopicalIds.add(known(kb.topicalsById, id, 'topical').id);
  for (const id of request.currentProductIds) {
    for (const topicalId of known(kb.productsById, id, 'product').topicalIds) currentTopicalIds.add(topicalId);
  }
  const scarCategories = new Set(request.scarTypeIds.map((id) => known(kb.scarTypesById, id, 'scar type').category));

  return {
    request,
    zone,
    lastSession,
    nextSession,
    sessions: [lastSession, nextSession].filter((s) => s !== null).sort((a, b) => a.atMs - b.atMs),
    days,
    planStartMs: days[0].startMs,
    planEndMs: days[days.length - 1].endMs,
    nowMs,
    currentTopicals: kb.topicals.filter((topical) => currentTopicalIds.has(topical.id)),
    currentTopicalIds,
    currentProductIds: new Set(request.currentProductIds),
    contraindications: applicableContraindications(
      kb,
      request,
      conditionsOf(request, nextSession ?? lastSession, days[0].date),
      scarCategories,
      [lastSession, nextSession].filter((s) => s !== null),
      zone,
      // The session the plan is about decides eligibility: the next one, else the last, else the plan's start.
      (nextSession ?? lastSession)?.atMs ?? days[0].startMs,
      { startMs: days[0].startMs, endMs: days[days.length - 1].endMs },
    ),
  };
}

/** A pen needs its next tier from this depth on (mm). */
const PEN_NEXT_TIER_FROM_MM = 0.5;

/** Just past the upper bound of the tier `depth` falls in, for a pen at 0.5 mm or more; else the depth itself. */
function planningDepth(kb: KnowledgeBase, session: SessionFact): number {
  if (session.device !== Device.DERMAPEN || session.needleDepthMm < PEN_NEXT_TIER_FROM_MM) return session.needleDepthMm;
  const tierEnd = kb.penTierBoundsMm.find((bound) => bound >= session.needleDepthMm);
  // Bounds are inclusive upper limits: the next tier starts just above one.
  return tierEnd === undefined ? session.needleDepthMm : tierEnd + 0.001;
}

function planSession(kb: KnowledgeBase, session: SessionFact | null, zone: Zone, what: string): PlannedSession | null {
  if (session === null) return null;
  if (!(Number.isFinite(session.needleDepthMm) && session.needleDepthMm > 0)) {
    throw new Error(`${what}.needleDepthMm must be a positive number, got ${session.needleDepthMm}`);
  }
  const atMs = parseInstant(session.performedAt, zone, `${what}.performedAt`);
  const dayNumber = localDayNumber(atMs, zone);
  return { fact: session, planningDepthMm: planningDepth(kb, session), atMs, date: isoDate(dayNumber), dayNumber };
}

/** The youngest age a needling device is authorised for (the SkinPen De Novo: adults 22 and over); the strictest applies to all. */
const YOUNGEST_LABELLED_AGE = 22;

/** Fillers or neurotoxin injected less than this long before the session defer it in that area. */
const INJECTABLES_WAIT_DAYS = 14;

/** Isotretinoin stopped less than this long before the session still counts (the debated six months). */
const ISOTRETINOIN_WASHOUT_MONTHS = 6;

/**
 * The conditions given, and those the medications add: isotretinoin taken now, or stopped within six
 * months of the session (the next one, else the last, else the plan's first day); the others while
 * they are taken.
 */
function conditionsOf(request: RegimenRequest, session: PlannedSession | null, planStart: string): ConditionDetails {
  const conditions = new ConditionDetails(request.conditions);
  const outOfRange = [request.lastSession, request.nextSession].filter((s): s is SessionFact => s !== null && depthOutsideDeviceRange(s));
  if (outOfRange.length > 0) conditions.add(SkinCondition.DEPTH_OUTSIDE_DEVICE_RANGE, outOfRange.map(describeDeviceRange).join(' '));
  if (request.age !== null && request.age < YOUNGEST_LABELLED_AGE) {
    conditions.add(
      SkinCondition.BELOW_LABELLED_AGE,
      `At ${request.age}, you are younger than the ${YOUNGEST_LABELLED_AGE} years the device is authorised from.`,
    );
  }
  if (request.scarSeverity === ScarSeverity.MODERATE || request.scarSeverity === ScarSeverity.SEVERE) {
    conditions.add(SkinCondition.MODERATE_OR_SEVERE_SCARRING);
  }
  if (request.treatmentArea === TreatmentArea.PERIORAL) conditions.add(SkinCondition.PERIORAL_TREATMENT);
  const reference = DateTime.fromISO(session?.date ?? planStart, { zone: 'utc' });
  if (request.fillerOrNeurotoxinOn !== null) {
    const injected = DateTime.fromISO(request.fillerOrNeurotoxinOn, { zone: 'utc' });
    if (injected.plus({ days: INJECTABLES_WAIT_DAYS }) > reference) conditions.add(SkinCondition.RECENT_FILLER_OR_NEUROTOXIN);
  }
  for (const { kind, stoppedOn } of request.medications) {
    if (stoppedOn !== null) {
      const stopped = DateTime.fromISO(stoppedOn, { zone: 'utc' });
      if (kind === MedicationKind.ISOTRETINOIN && stopped.plus({ months: ISOTRETINOIN_WASHOUT_MONTHS }) > reference) {
        conditions.add(SkinCondition.RECENT_ISOTRETINOIN);
      }
      continue;
    }
    conditions.add(CONDITION_WHILE_TAKEN[kind]);
  }
  return conditions;
}

/** A home roller at 2.0 mm, say: planned by its depth, but not what the device is made for. */
function depthOutsideDeviceRange(session: SessionFact): boolean {
  const range = session.deviceDepthRangeMm;
  return range !== null && range !== undefined && (session.needleDepthMm < range.min || session.needleDepthMm > range.max);
}

function describeDeviceRange({ device, deviceDepthRangeMm, needleDepthMm }: SessionFact): string {
  return `This ${describeDevice(device)} is made for ${deviceDepthRangeMm!.min}–${deviceDepthRangeMm!.max} mm; the session is planned at ${needleDepthMm} mm.`;
}

/** The conditions that apply, each with what made it apply when that is worth saying. */
class ConditionDetails {
  readonly #details = new Map<SkinCondition, string | null>();

  constructor(given: readonly SkinCondition[]) {
    for (const condition of given) this.add(condition);
  }

  add(condition: SkinCondition, detail: string | null = null): void {
    if (!this.#details.get(condition)) this.#details.set(condition, detail);
  }

  has(condition: SkinCondition): boolean {
    return this.#details.has(condition);
  }

  detailOf(condition: SkinCondition): string | null {
    return this.#details.get(condition) ?? null;
  }
}

/** What a medicine taken now means for needling. */
const CONDITION_WHILE_TAKEN: Record<MedicationKind, SkinCondition> = {
  [MedicationKind.ISOTRETINOIN]: SkinCondition.TAKING_ISOTRETINOIN,
  [MedicationKind.ANTICOAGULANT]: SkinCondition.ANTICOAGULANTS,
  [MedicationKind.ANTIPLATELET]: SkinCondition.ANTICOAGULANTS,
  [MedicationKind.NSAID]: SkinCondition.NSAIDS,
  [MedicationKind.PHOTOSENSITISING_ANTIBIOTIC]: SkinCondition.PHOTOSENSITISING_MEDICATION,
  [MedicationKind.ORAL_STEROID]: SkinCondition.ORAL_STEROIDS,
  [MedicationKind.TOPICAL_STEROID]: SkinCondition.TOPICAL_STEROIDS,
};

/** A rule for every session concerns any plan; a narrower one (RF only) a plan with a session in its scope. */
function concernsThePlan(scope: NeedlingScope, sessions: readonly PlannedSession[]): boolean {
  const everySession = scope.devices.length === 0 && scope.depthAboveMm === null && scope.depthUpToMm === null;
  return everySession || sessions.some((session) => scopeMatches(scope, session));
}

/**
 * The dated periods of `condition` that touch the plan: each holds the rule's topicals while it lasts,
 * and decides eligibility only if it covers the reference instant (the session the plan is about).
 */
function datedOccurrences(
  rule: RuleOfKind<RuleKind.CONTRAINDICATION>,
  condition: SkinCondition,
  request: RegimenRequest,
  zone: Zone,
  referenceMs: number,
  plan: { startMs: number; endMs: number },
): AppliedContraindication[] {
  return request.conditionPeriods
    .filter((period) => period.condition === condition)
    .map((period) => ({
      fromMs: period.since === null ? null : startOfLocalDate(period.since, zone),
      // Until the end of its last day.
      untilMs: period.until === null ? null : startOfLocalDate(DateTime.fromISO(period.until, { zone: 'utc' }).plus({ days: 1 }).toISODate()!, zone),
    }))
    .filter(
      ({ fromMs, untilMs }) =>
        ((fromMs === null || fromMs < plan.endMs) && (untilMs === null || untilMs > plan.startMs)) || covers(fromMs, untilMs, referenceMs),
    )
    .map(({ fromMs, untilMs }) => ({
      rule,
      code: condition,
      condition,
      fromMs,
      untilMs,
      atSession: covers(fromMs, untilMs, referenceMs),
      detail: null,
    }));
}

function covers(fromMs: number | null, untilMs: number | null, atMs: number): boolean {
  return (fromMs === null || fromMs <= atMs) && (untilMs === null || atMs < untilMs);
}

function applicableContraindications(
  kb: KnowledgeBase,
  request: RegimenRequest,
  conditions: ConditionDetails,
  scarCategories: ReadonlySet<ScarCategory>,
  sessions: readonly PlannedSession[],
  zone: Zone,
  referenceMs: number,
  planWindow: { startMs: number; endMs: number },
): AppliedContraindication[] {
  const applied: AppliedContraindication[] = [];
  for (const rule of kb.rules.byKind[RuleKind.CONTRAINDICATION]) {
    const { condition, minFitzpatrick, scarCategory, warningCode, scope } = rule.parameters;
    if (!concernsThePlan(scope, sessions)) continue;
    if (condition !== null) {
      if (conditions.has(condition)) {
        applied.push({ rule, code: condition, condition, fromMs: null, untilMs: null, atSession: true, detail: conditions.detailOf(condition) });
      } else applied.push(...datedOccurrences(rule, condition, request, zone, referenceMs, planWindow));
    } else if (
      (minFitzpatrick !== null && fitzpatrickApplies(minFitzpatrick, request.fitzpatrickType)) ||
      (scarCategory !== null && scarCategories.has(scarCategory))
    ) {
      // Compilation guarantees a warning code for every trigger other than a condition.
      applied.push({ rule, code: warningCode as string, condition: null, fromMs: null, untilMs: null, atSession: true, detail: null });
    }
  }
  return applied;
}

function known<T>(byId: ReadonlyMap<string, T>, id: string, what: string): T {
  const found = byId.get(id);
  if (found === undefined) throw new Error(`Unknown ${what} id ${JSON.stringify(id)}`);
  return found;
}
