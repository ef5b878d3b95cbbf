// A required step that cannot go into its slot because every topical that meets it is on hold (no
// sunscreen may go on the morning after a clinic session). The plan says so, naming the hold's rule and
// what to do meanwhile, so that "sunscreen every morning" elsewhere and a morning without it agree.
import { RequirementLevel, RuleKind, Slot } from '../domain/enums';
import { RegimenWarningResult, TopicalFact } from './facts';
import { KnowledgeBase } from './knowledge-base';
import { RegimenContext } from './regimen-context';
import { inRequirementWindow } from './step-planner';
import { HoldWindow, TopicalHolds, covers } from './topical-holds';
import { describeSlotDays } from './wording';

/** The warning code of a required step left out of its slot while what meets it is on hold. */
export const REQUIRED_STEP_ON_HOLD = 'REQUIRED_STEP_ON_HOLD';

interface HeldRun {
  readonly slot: Slot;
  readonly firstDate: string;
  lastDate: string;
  readonly topical: TopicalFact;
  readonly window: HoldWindow;
}

export function requiredStepsOnHold(kb: KnowledgeBase, context: RegimenContext, holds: TopicalHolds): RegimenWarningResult[] {
  const warnings: RegimenWarningResult[] = [];
  for (const rule of kb.rules.byKind[RuleKind.REQUIREMENT]) {
    if (rule.parameters.level !== RequirementLevel.REQUIRED) continue;
    const subjects = rule.subjectTopicalIds.map((id) => kb.topicalsById.get(id) as TopicalFact);
    for (const slot of rule.parameters.slots) {
      const fitting = subjects.filter((topical) => topical.allowedSlots.includes(slot));
      let run: HeldRun | null = null;
      const close = () => {
        if (run) warnings.push(warningFor(rule.title, run));
        run = null;
      };
      for (const day of context.days) {
        const atMs = day.slotMs[slot];
        const blocking = inRequirementWindow(rule, context, atMs) ? firstToLift(fitting, holds, atMs) : null;
        if (!blocking) {
          close();
          continue;
        }
        const current: HeldRun | null = run;
        if (current !== null && current.window === blocking.window) current.lastDate = day.date;
        else {
          close();
          run = { slot, firstDate: day.date, lastDate: day.date, ...blocking };
        }
      }
      close();
    }
  }
  return warnings;
}

/** Null when some fitting topical is free at the instant; else the hold that lifts first, with its topical. */
function firstToLift(fitting: readonly TopicalFact[], holds: TopicalHolds, atMs: number): { topical: TopicalFact; window: HoldWindow } | null {
  if (fitting.length === 0) return null;
  let first: { topical: TopicalFact; window: HoldWindow } | null = null;
  for (const topical of fitting) {
    const covering = holds.windowsOf(topical.id).filter((window) => covers(window, atMs));
    if (covering.length === 0) return null;
    const lastToLift = covering.reduce((a, b) => ((a.untilMs ?? Infinity) >= (b.untilMs ?? Infinity) ? a : b));
    if (!first || (lastToLift.untilMs ?? Infinity) < (first.window.untilMs ?? Infinity)) first = { topical, window: lastToLift };
  }
  return first;
}

function warningFor(requirementTitle: string, run: HeldRun): RegimenWarningResult {
  const { rule } = run.window;
  return {
    code: REQUIRED_STEP_ON_HOLD,
    severity: rule.severity,
    message:
      `On ${describeSlotDays(run.slot, run.firstDate, run.lastDate)} the plan leaves out "${requirementTitle}": ${run.topical.name} ` +
      `is still on hold (${rule.title}). ${rule.management}`,
    condition: null,
    ruleId: rule.id,
  };
}
