// What to avoid on each plan day: activity windows after a session and before the next one.
import { Activity, ActivityAdviceLevel, RuleKind } from '../domain/enums';
import { ActivityAdviceResult } from './facts';
import { KnowledgeBase } from './knowledge-base';
import { fitzpatrickApplies, scopeMatches } from './needling-scope';
import { MS_PER_HOUR, PlanDay } from './plan-clock';
import { RegimenContext } from './regimen-context';
import { CompiledRule } from './rule-compiler';
import { describeActivityAdvice, describeDuration, describeSession } from './wording';

const ACTIVITY_ORDER = Object.values(Activity);
const LEVEL_STRENGTH: readonly ActivityAdviceLevel[] = [ActivityAdviceLevel.MINIMISE, ActivityAdviceLevel.AVOID];

interface ActivityWindow {
  readonly activity: Activity;
  readonly level: ActivityAdviceLevel;
  readonly hours: number;
  readonly fromMs: number;
  readonly untilMs: number;
  readonly rule: CompiledRule;
  readonly reason: string;
}

/** Advice for each plan day, in plan-day order. */
export function adviseActivities(kb: KnowledgeBase, context: RegimenContext): ActivityAdviceResult[][] {
  const windows = activityWindows(kb, context);
  return context.days.map((day) => strongestPerActivity(windows.filter((window) => overlaps(window, day))));
}

function activityWindows(kb: KnowledgeBase, context: RegimenContext): ActivityWindow[] {
  const windows: ActivityWindow[] = [];
  for (const session of context.sessions) {
    for (const rule of kb.rules.byKind[RuleKind.WAIT_AFTER_NEEDLING]) {
      const { activity, adviceLevel, hours, scope, minFitzpatrick } = rule.parameters;
      if (activity === null || adviceLevel === null || hours === 0) continue;
      if (!scopeMatches(scope, session) || !fitzpatrickApplies(minFitzpatrick, context.request.fitzpatrickType)) continue;
      windows.push({
        activity,
        level: adviceLevel,
        hours,
        fromMs: session.atMs,
        untilMs: session.atMs + hours * MS_PER_HOUR,
        rule,
        reason:
          `${describeActivityAdvice(adviceLevel, activity)} for ${describeDuration(hours)} after a ` +
          `${describeSession(session.fact)}. ${rule.management}`,
      });
    }
  }
  for (const session of context.sessions) {
    for (const rule of kb.rules.byKind[RuleKind.STOP_BEFORE_NEEDLING]) {
      const { activity, hours, scope } = rule.parameters;
      if (activity === null || hours === 0 || !scopeMatches(scope, session)) continue;
      windows.push({
        activity,
        level: ActivityAdviceLevel.AVOID,
        hours,
        fromMs: session.atMs - hours * MS_PER_HOUR,
        untilMs: session.atMs,
        rule,
        reason:
          `${describeActivityAdvice(ActivityAdviceLevel.AVOID, activity)} for ${describeDuration(hours)} before the ` +
          `${describeSession(session.fact)} on ${session.date}. ${rule.management}`,
      });
    }
  }
  return windows;
}

function overlaps(window: ActivityWindow, day: PlanDay): boolean {
  return window.fromMs < day.endMs && window.untilMs > day.startMs;
}

/** One advice per activity: avoid beats minimise, then the longer window (rules come ordered by code). */
function strongestPerActivity(windows: readonly ActivityWindow[]): ActivityAdviceResult[] {
  const strongest = new Map<Activity, ActivityWindow>();
  for (const window of windows) {
    const current = strongest.get(window.activity);
    const levelGain = current ? LEVEL_STRENGTH.indexOf(window.level) - LEVEL_STRENGTH.indexOf(current.level) : 1;
    if (levelGain > 0 || (levelGain === 0 && window.hours > (current as ActivityWindow).hours)) {
      strongest.set(window.activity, window);
    }
  }
  return [...strongest.values()]
    .sort((a, b) => ACTIVITY_ORDER.indexOf(a.activity) - ACTIVITY_ORDER.indexOf(b.activity))
    .map(({ activity, level, reason, rule }) => ({ activity, level, reason, ruleId: rule.id }));
}
