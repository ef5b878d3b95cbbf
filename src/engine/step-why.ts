// The `why` of a step: every reason it is there, most important first.
import { RequirementLevel, Slot } from '../domain/enums';
import { ScarTypeFact, TopicalFact } from './facts';
import { KnowledgeBase } from './knowledge-base';
import { formatDate } from './plan-clock';
import { RegimenContext } from './regimen-context';
import { StepReason } from './step-planner';
import { TopicalHolds } from './topical-holds';
import { describeSlots, joinWithAnd } from './wording';

const SLOT_NAMES: Record<Slot, string> = { [Slot.AM]: 'morning', [Slot.PM]: 'evening' };

export class StepExplainer {
  readonly #context: RegimenContext;
  readonly #holds: TopicalHolds;
  readonly #scarNames: ReadonlyMap<string, string>;
  readonly #retinoidLeftOut: boolean;
  /** Every step of a resumed topical names the same date: each is formatted once. */
  readonly #datesByMs = new Map<number, string>();

  constructor(kb: KnowledgeBase, context: RegimenContext, holds: TopicalHolds, retinoidLeftOut: boolean) {
    this.#context = context;
    this.#holds = holds;
    this.#retinoidLeftOut = retinoidLeftOut;
    this.#scarNames = new Map(context.request.scarTypeIds.map((id) => [id, (kb.scarTypesById.get(id) as ScarTypeFact).slug.replace(/-/g, ' ')]));
  }

  explain(topical: TopicalFact, reasons: readonly StepReason[], slot: Slot, atMs: number): string {
    const sentences = reasons.map((reason) => this.#sentence(topical, reason, slot, atMs));
    const helped = topical.helpsScarTypeIds.filter((id) => this.#scarNames.has(id));
    if (helped.length > 0 && !reasons.some((reason) => reason.kind === 'scar-helper')) {
      sentences.push(`Helps ${joinWithAnd(helped.map((id) => this.#scarNames.get(id) as string))} scars`);
    }
    return [...new Set(sentences)].join('. ');
  }

  #sentence(topical: TopicalFact, reason: StepReason, slot: Slot, atMs: number): string {
    switch (reason.kind) {
      case 'current': {
        const resumedOn = this.#holdEndedBefore(topical, atMs);
        return resumedOn ? `You already use this; resumed after its hold ended on ${resumedOn}` : 'You already use this';
      }
      case 'requirement': {
        const { level, untilHours, slots } = reason.rule.parameters;
        if (level === RequirementLevel.REQUIRED) return `Required ${describeSlots(slots)} once allowed (${reason.rule.title})`;
        return untilHours === null
          ? `Supports healing (${reason.rule.title})`
          : `Supports healing in the first ${Math.ceil(untilHours / 24)} days (${reason.rule.title})`;
      }
      case 'scar-helper': {
        const helped = topical.helpsScarTypeIds.filter((id) => this.#scarNames.has(id));
        const retinoidNote = this.#retinoidLeftOut
          ? '; retinoids help too, but this plan only keeps a retinoid you already use and never starts one'
          : '';
        return `Helps ${joinWithAnd(helped.map((id) => this.#scarNames.get(id) as string))} scars${retinoidNote}`;
      }
      case 'moved':
        return `Moved to the ${SLOT_NAMES[slot]} to keep it apart from ${reason.apartFrom.name} (${reason.rule.title})`;
      case 'alternates':
        return `Alternates days with ${reason.other.name} (${reason.rule.title})`;
    }
  }

  /** Local date on which the latest hold that this plan saw ended, if it ended before the instant. */
  #holdEndedBefore(topical: TopicalFact, atMs: number): string | null {
    const endings = this.#holds
      .windowsOf(topical.id)
      .map((window) => window.untilMs)
      .filter((untilMs) => untilMs !== null && untilMs <= atMs && untilMs > this.#context.planStartMs) as number[];
    if (endings.length === 0) return null;
    const endMs = Math.max(...endings);
    let date = this.#datesByMs.get(endMs);
    if (date === undefined) {
      date = formatDate(endMs, this.#context.zone);
      this.#datesByMs.set(endMs, date);
    }
    return date;
  }
}
