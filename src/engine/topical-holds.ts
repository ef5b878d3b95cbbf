// When each topical must not be applied: after a session, before the next one, and for the whole plan
// while a contraindication applies. Computed for every topical, because a product's other ingredients
// must be allowed too; only the topicals a plan concerns are reported.
import { RuleKind } from '../domain/enums';
import { TopicalFact } from './facts';
import { KnowledgeBase } from './knowledge-base';
import { fitzpatrickApplies, scopeMatches } from './needling-scope';
import { MS_PER_HOUR, formatDate } from './plan-clock';
import { PlannedSession, RegimenContext } from './regimen-context';
import { CompiledRule, RuleOfKind } from './rule-compiler';
import { describeDuration, describeSession } from './wording';

export interface HoldWindow {
  readonly topicalId: string;
  /** Null: from the beginning. */
  readonly fromMs: number | null;
  /** Null: for the whole plan. */
  readonly untilMs: number | null;
  readonly rule: CompiledRule;
  readonly reason: string;
}

type TimedRule = RuleOfKind<RuleKind.WAIT_AFTER_NEEDLING> | RuleOfKind<RuleKind.STOP_BEFORE_NEEDLING>;

export class TopicalHolds {
  readonly #windowsByTopical: ReadonlyMap<string, readonly HoldWindow[]>;

  constructor(windows: readonly HoldWindow[]) {
    const byTopical = new Map<string, HoldWindow[]>();
    for (const window of windows) byTopical.set(window.topicalId, [...(byTopical.get(window.topicalId) ?? []), window]);
    this.#windowsByTopical = byTopical;
  }

  windowsOf(topicalId: string): readonly HoldWindow[] {
    return this.#windowsByTopical.get(topicalId) ?? [];
  }

  isHeld(topicalId: string, atMs: number): boolean {
    return this.windowsOf(topicalId).some((window) => covers(window, atMs));
  }

  /** Ids of the topicals held at the instant, in a stable order: a cache key for product choices. */
  heldAt(atMs: number): string[] {
    return [...this.#windowsByTopical.keys()].filter((topicalId) => this.isHeld(topicalId, atMs));
  }
}

export function covers(window: Pick<HoldWindow, 'fromMs' | 'untilMs'>, atMs: number): boolean {
  return (window.fromMs === null || window.fromMs <= atMs) && (window.untilMs === null || atMs < window.untilMs);
}

export function computeTopicalHolds(kb: KnowledgeBase, context: RegimenContext): TopicalHolds {
  const fitzpatrickType = context.request.fitzpatrickType;
  const windows: HoldWindow[] = [];
  for (const session of context.sessions) {
    const waitRules = kb.rules.byKind[RuleKind.WAIT_AFTER_NEEDLING].filter(
      ({ parameters }) =>
        parameters.activity === null && scopeMatches(parameters.scope, session) && fitzpatrickApplies(parameters.minFitzpatrick, fitzpatrickType),
    );
    for (const [topical, rule] of longestPerTopical(kb, waitRules)) {
      const hours = rule.parameters.hours;
      windows.push({
        topicalId: topical.id,
        fromMs: session.atMs,
        untilMs: session.atMs + hours * MS_PER_HOUR,
        rule,
        reason: `Wait ${describeDuration(hours)} after a ${describeSession(session.fact)} before using ${topical.name}. ${rule.management}`,
      });
    }
  }
  // Before a session that already happened too: the plan can start on its morning.
  for (const session of context.sessions) windows.push(...stopBeforeWindows(kb, session));
  for (const { rule, fromMs, untilMs } of context.contraindications) {
    for (const topicalId of rule.subjectTopicalIds) {
      const topical = kb.topicalsById.get(topicalId) as TopicalFact;
      const howLong = untilMs === null ? 'for the whole plan' : `until ${formatDate(untilMs - 1, context.zone)}, while it lasts`;
      windows.push({ topicalId, fromMs, untilMs, rule, reason: `Hold ${topical.name} ${howLong} (${rule.title}). ${rule.management}` });
    }
  }
  return new TopicalHolds(windows);
}

/** For each topical, the longest pause before `session` that a stop-before rule asks for. */
export function stopBeforeWindows(kb: KnowledgeBase, session: PlannedSession): HoldWindow[] {
  const stopRules = kb.rules.byKind[RuleKind.STOP_BEFORE_NEEDLING].filter(
    ({ parameters }) => parameters.activity === null && scopeMatches(parameters.scope, session),
  );
  return [...longestPerTopical(kb, stopRules)].map(([topical, rule]) => {
    const hours = rule.parameters.hours;
    return {
      topicalId: topical.id,
      fromMs: session.atMs - hours * MS_PER_HOUR,
      untilMs: session.atMs,
      rule,
      reason:
        `Stop ${topical.name} ${describeDuration(hours)} before the ${describeSession(session.fact)} ` + `on ${session.date}. ${rule.management}`,
    };
  });
}

/** One hold per topical and session: the longest window wins (rules come ordered by code for ties). */
function longestPerTopical<R extends TimedRule>(kb: KnowledgeBase, rules: readonly R[]): Map<TopicalFact, R> {
  const longest = new Map<string, R>();
  for (const rule of rules) {
    for (const topicalId of rule.subjectTopicalIds) {
      const current = longest.get(topicalId);
      if (!current || rule.parameters.hours > current.parameters.hours) longest.set(topicalId, rule);
    }
  }
  return new Map(
    [...longest].filter(([, rule]) => rule.parameters.hours > 0).map(([topicalId, rule]) => [kb.topicalsById.get(topicalId) as TopicalFact, rule]),
  );
}
