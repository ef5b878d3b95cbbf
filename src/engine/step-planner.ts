// Which topicals go into which slot on each plan day, before products are chosen.
//
// Each day: gather candidates (current topicals, requirements, scar helpers) in the slots their holds
// allow; then settle pair conflicts in two passes. First SEPARATE_AM_PM conflicts are resolved by moving
// a topical to its other slot; then whatever still conflicts is settled by dropping one side for the slot
// or day (alternating days, or keeping the higher-ranked side). Moves never create a same-slot conflict
// and the second pass only drops, so no conflict survives.
import { ConflictManagement, ConflictScope, RequirementLevel, RuleKind, Slot } from '../domain/enums';
import { TopicalFact } from './facts';
import { KnowledgeBase } from './knowledge-base';
import { compareText, bySeverityDescending } from './ordering';
import { PairConflict, PairConflictRule } from './pair-conflict.index';
import { MS_PER_HOUR, PlanDay } from './plan-clock';
import { RegimenContext } from './regimen-context';
import { RuleOfKind } from './rule-compiler';
import { applicationOrder, homeSlots } from './topical-categories';
import { TopicalHolds } from './topical-holds';

type RequirementRule = RuleOfKind<RuleKind.REQUIREMENT>;

/** Lower ranks first; a topical only ever yields to one of the same or a better rank. */
const Rank = { CURRENT: 0, REQUIRED: 1, SUGGESTED: 2, SCAR_HELPER: 3 } as const;
type Rank = (typeof Rank)[keyof typeof Rank];

const SLOTS: readonly Slot[] = [Slot.AM, Slot.PM];
// Reasons without parameters are shared: a plan places thousands of steps.
const CURRENT: StepReason = Object.freeze({ kind: 'current' });
const SCAR_HELPER: StepReason = Object.freeze({ kind: 'scar-helper' });

export type StepReason =
  | { readonly kind: 'current' }
  | { readonly kind: 'requirement'; readonly rule: RequirementRule }
  | { readonly kind: 'scar-helper' }
  | { readonly kind: 'moved'; readonly rule: PairConflictRule; readonly apartFrom: TopicalFact }
  | { readonly kind: 'alternates'; readonly rule: PairConflictRule; readonly other: TopicalFact };

export interface PlannedStep {
  readonly topical: TopicalFact;
  readonly reasons: readonly StepReason[];
}

export interface PlannedDay {
  readonly day: PlanDay;
  /** In application order. */
  readonly steps: Readonly<Record<Slot, readonly PlannedStep[]>>;
}

interface Candidate {
  readonly topical: TopicalFact;
  rank: Rank;
  /** The slots it takes today, each with why. */
  readonly slots: Map<Slot, StepReason[]>;
}

interface DayConflict {
  readonly conflict: PairConflict;
  /** The PAIR_A side. */
  readonly a: Candidate;
  readonly b: Candidate;
  /** Null for a same-day conflict. */
  readonly slot: Slot | null;
}

export class StepPlanner {
  readonly #kb: KnowledgeBase;
  readonly #context: RegimenContext;
  readonly #holds: TopicalHolds;
  readonly #scarHelpers: readonly TopicalFact[];
  /** Each requirement's subjects in the rule's own order: editors list the preferred one first. */
  readonly #requirements: readonly { rule: RequirementRule; subjects: readonly TopicalFact[] }[];

  constructor(kb: KnowledgeBase, context: RegimenContext, holds: TopicalHolds, scarHelpers: readonly TopicalFact[]) {
    this.#kb = kb;
    this.#context = context;
    this.#holds = holds;
    this.#scarHelpers = scarHelpers;
    this.#requirements = kb.rules.byKind[RuleKind.REQUIREMENT].map((rule) => ({
      rule,
      subjects: rule.subjectTopicalIds.map((id) => kb.topicalsById.get(id) as TopicalFact),
    }));
  }

  plan(): PlannedDay[] {
    const candidatesByDay = this.#context.days.map((day) => {
      const candidates = this.#gather(day);
      this.#separateAmPm(candidates, day);
      return candidates;
    });
    // Alternation counts from the first day a pair meets, so it needs every day's situation first.
    const firstMeeting = new Map<string, number>();
    candidatesByDay.forEach((candidates, dayIndex) => {
      for (const found of this.#conflicts(candidates)) {
        if (!firstMeeting.has(pairKey(found))) firstMeeting.set(pairKey(found), dayIndex);
      }
    });
    return this.#context.days.map((day, dayIndex) => {
      const candidates = candidatesByDay[dayIndex];
      this.#settleRemaining(candidates, (found) => (dayIndex - (firstMeeting.get(pairKey(found)) as number)) % 2 === 0);
      return { day, steps: { [Slot.AM]: this.#stepsIn(candidates, Slot.AM), [Slot.PM]: this.#stepsIn(candidates, Slot.PM) } };
    });
  }

  #gather(day: PlanDay): Candidate[] {
    const byId = new Map<string, Candidate>();
    const place = (topical: TopicalFact, rank: Rank, slot: Slot, reason: StepReason) => {
      const candidate = byId.get(topical.id) ?? { topical, rank, slots: new Map<Slot, StepReason[]>() };
      byId.set(topical.id, candidate);
      candidate.rank = Math.min(candidate.rank, rank) as Rank;
      const reasons = candidate.slots.get(slot);
      if (reasons) reasons.push(reason);
      else candidate.slots.set(slot, [reason]);
    };
    for (const topical of this.#context.currentTopicals) {
      for (const slot of homeSlots(topical)) {
        if (this.#available(topical, slot, day)) place(topical, Rank.CURRENT, slot, CURRENT);
      }
    }
    for (const { rule, subjects } of this.#requirements) {
      const rank = rule.parameters.level === RequirementLevel.REQUIRED ? Rank.REQUIRED : Rank.SUGGESTED;
      for (const slot of rule.parameters.slots) {
        if (!inRequirementWindow(rule, this.#context, day.slotMs[slot])) continue;
        const subject = this.#preferredSubject(subjects, slot, day);
        if (subject) place(subject, rank, slot, { kind: 'requirement', rule });
      }
    }
    for (const topical of this.#scarHelpers) {
      for (const slot of homeSlots(topical)) {
        if (this.#available(topical, slot, day)) place(topical, Rank.SCAR_HELPER, slot, SCAR_HELPER);
      }
    }
    return [...byId.values()].sort((x, y) => this.#catalogIndex(x.topical) - this.#catalogIndex(y.topical));
  }

  /** The first subject the person already uses, else the first one at all, among those the slot allows. */
  #preferredSubject(subjects: readonly TopicalFact[], slot: Slot, day: PlanDay): TopicalFact | undefined {
    let first: TopicalFact | undefined;
    for (const topical of subjects) {
      if (!this.#available(topical, slot, day)) continue;
      if (this.#context.currentTopicalIds.has(topical.id)) return topical;
      first ??= topical;
    }
    return first;
  }

  #available(topical: TopicalFact, slot: Slot, day: PlanDay): boolean {
    return topical.allowedSlots.includes(slot) && !this.#holds.isHeld(topical.id, day.slotMs[slot]);
  }

  #separateAmPm(candidates: Candidate[], day: PlanDay): void {
    for (const found of this.#conflicts(candidates)) {
      const { conflict, a, b, slot } = found;
      if (slot === null || conflict.rule.parameters.management !== ConflictManagement.SEPARATE_AM_PM) continue;
      if (!stillMeet(found)) continue;
      const [lower, higher] = this.#outranks(a, b) ? [b, a] : [a, b];
      const movers = lower.rank === higher.rank ? [lower, higher] : [lower];
      movers.some((mover) => this.#vacate(mover, mover === a ? b : a, slot, conflict.rule, candidates, day));
    }
  }

  /** Leaves the slot if the topical also sits in its other slot, or moves there if that slot can take it. */
  #vacate(mover: Candidate, other: Candidate, slot: Slot, rule: PairConflictRule, candidates: readonly Candidate[], day: PlanDay): boolean {
    const reasons = mover.slots.get(slot) as StepReason[];
    if (mover.slots.size > 1) return mover.slots.delete(slot);
    const target = SLOTS.find(
      (candidateSlot) =>
        candidateSlot !== slot &&
        this.#available(mover.topical, candidateSlot, day) &&
        !candidates.some(
          (candidate) =>
            candidate !== mover &&
            candidate.slots.has(candidateSlot) &&
            this.#kb.pairConflicts.between(mover.topical.id, candidate.topical.id).length > 0,
        ),
    );
    if (target === undefined) return false;
    mover.slots.delete(slot);
    mover.slots.set(target, [...reasons, { kind: 'moved', rule, apartFrom: other.topical }]);
    return true;
  }

  /** Drops one side of every remaining conflict; `aWinsToday` gives the alternation for the day. */
  #settleRemaining(candidates: Candidate[], aWinsToday: (found: DayConflict) => boolean): void {
    for (const found of this.#conflicts(candidates)) {
      if (!stillMeet(found)) continue;
      const { conflict, a, b, slot } = found;
      const alternates = a.rank === b.rank && conflict.rule.parameters.management !== ConflictManagement.AVOID;
      // Across ranks the lower side yields whatever the management: a suggestion never displaces what a person uses.
      const winner = alternates ? (aWinsToday(found) ? a : b) : this.#outranks(a, b) ? a : b;
      const loser = winner === a ? b : a;
      if (slot === null) loser.slots.clear();
      else loser.slots.delete(slot);
      if (!alternates) continue;
      for (const [winnerSlot, reasons] of winner.slots) {
        if (slot === null || slot === winnerSlot) reasons.push({ kind: 'alternates', rule: conflict.rule, other: loser.topical });
      }
    }
  }

  /** Every conflict among today's candidates, most severe first, in a stable order. */
  #conflicts(candidates: readonly Candidate[]): DayConflict[] {
    const found: DayConflict[] = [];
    candidates.forEach((first, index) => {
      for (let next = index + 1; next < candidates.length; next++) {
        const second = candidates[next];
        for (const conflict of this.#kb.pairConflicts.between(first.topical.id, second.topical.id)) {
          const [a, b] = conflict.aTopicalId === first.topical.id ? [first, second] : [second, first];
          if (conflict.rule.parameters.scope === ConflictScope.SAME_DAY) {
            if (a.slots.size > 0 && b.slots.size > 0) found.push({ conflict, a, b, slot: null });
          } else {
            for (const slot of SLOTS) if (a.slots.has(slot) && b.slots.has(slot)) found.push({ conflict, a, b, slot });
          }
        }
      }
    });
    return found.sort(
      (x, y) =>
        bySeverityDescending(x.conflict.rule.severity, y.conflict.rule.severity) ||
        compareText(x.conflict.rule.code, y.conflict.rule.code) ||
        this.#catalogIndex(x.a.topical) - this.#catalogIndex(y.a.topical) ||
        this.#catalogIndex(x.b.topical) - this.#catalogIndex(y.b.topical) ||
        SLOTS.indexOf(x.slot ?? Slot.AM) - SLOTS.indexOf(y.slot ?? Slot.AM),
    );
  }

  /** Current topicals outrank suggestions; within a rank the slug decides, so the outcome is stable. */
  #outranks(x: Candidate, y: Candidate): boolean {
    return x.rank !== y.rank ? x.rank < y.rank : compareText(x.topical.slug, y.topical.slug) < 0;
  }

  #stepsIn(candidates: readonly Candidate[], slot: Slot): PlannedStep[] {
    return candidates
      .filter((candidate) => candidate.slots.has(slot))
      .map((candidate) => ({ topical: candidate.topical, reasons: candidate.slots.get(slot) as StepReason[] }))
      .sort((x, y) => applicationOrder(x.topical) - applicationOrder(y.topical) || compareText(x.topical.slug, y.topical.slug));
  }

  #catalogIndex(topical: TopicalFact): number {
    return this.#kb.catalogIndexByTopicalId.get(topical.id) as number;
  }
}

function stillMeet({ a, b, slot }: DayConflict): boolean {
  return slot === null ? a.slots.size > 0 && b.slots.size > 0 : a.slots.has(slot) && b.slots.has(slot);
}

function pairKey({ conflict }: DayConflict): string {
  return `${conflict.rule.id}\u0000${conflict.aTopicalId}\u0000${conflict.bTopicalId}`;
}

/** Windows are measured from the latest session before the instant; without one only unbounded rules apply. */
export function inRequirementWindow(rule: RequirementRule, context: RegimenContext, atMs: number): boolean {
  const { fromHours, untilHours } = rule.parameters;
  if (fromHours === null && untilHours === null) return true;
  const session = context.sessions.findLast((s) => s.atMs <= atMs);
  if (!session) return false;
  return (
    (fromHours === null || atMs >= session.atMs + fromHours * MS_PER_HOUR) && (untilHours === null || atMs < session.atMs + untilHours * MS_PER_HOUR)
  );
}
