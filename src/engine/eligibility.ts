// Whether needling is advisable for this person: the strongest applicable contraindication wins,
// and a next session booked too soon is at least a caution. A plan is produced either way.
import { ELIGIBILITY_STRENGTH, Eligibility, RuleKind, Severity } from '../domain/enums';
import { RegimenWarningResult } from './facts';
import { KnowledgeBase } from './knowledge-base';
import { scopeMatches } from './needling-scope';
import { RegimenContext } from './regimen-context';
import { bySeverityDescending, compareText } from './ordering';
import { RuleOfKind } from './rule-compiler';
import { stopBeforeWindows } from './topical-holds';
import { describeDuration, describeSession, plural } from './wording';

interface EligibilityWarning {
  readonly eligibility: Eligibility;
  readonly warning: RegimenWarningResult;
}

/** The note that a plan assumed the cautious case because no Fitzpatrick type was given. */
export const FITZPATRICK_TYPE_UNKNOWN = 'FITZPATRICK_TYPE_UNKNOWN';

export interface EligibilityAssessment {
  readonly eligibility: Eligibility;
  /** Strongest first, then by code. */
  readonly warnings: RegimenWarningResult[];
}

export function assessEligibility(kb: KnowledgeBase, context: RegimenContext): EligibilityAssessment {
  const found: EligibilityWarning[] = context.contraindications.map(({ rule, code, condition, atSession, detail }) => ({
    // A dated condition over before the session holds topicals while it lasts but does not decide eligibility.
    eligibility: atSession ? rule.parameters.eligibility : Eligibility.ELIGIBLE,
    warning: {
      code,
      severity: rule.severity,
      // Two sentences: a title often has a colon of its own ("Sunburn: postpone needling").
      message: `${rule.title}. ${rule.management}${detail ? ` ${detail}` : ''}`,
      condition,
      ruleId: rule.id,
    },
  }));
  const tooSoon = sessionTooSoon(kb, context);
  if (tooSoon) found.push(tooSoon);
  found.push(...stopsAlreadyDue(kb, context));
  const assumedDarkSkin =
    context.request.fitzpatrickType === null && context.contraindications.find(({ rule }) => rule.parameters.minFitzpatrick !== null);
  if (assumedDarkSkin) {
    found.push({
      eligibility: Eligibility.ELIGIBLE,
      warning: {
        code: FITZPATRICK_TYPE_UNKNOWN,
        severity: Severity.INFO,
        message:
          'Your skin type (Fitzpatrick I–VI) was not given, so this plan follows the more careful advice for darker skin, ' +
          'which marks more easily. Recording the type would make the plan fit better.',
        condition: null,
        ruleId: assumedDarkSkin.rule.id,
      },
    });
  }
  found.sort(
    (a, b) =>
      ELIGIBILITY_STRENGTH.indexOf(b.eligibility) - ELIGIBILITY_STRENGTH.indexOf(a.eligibility) ||
      bySeverityDescending(a.warning.severity, b.warning.severity) ||
      compareText(a.warning.code, b.warning.code) ||
      compareText(a.warning.ruleId ?? '', b.warning.ruleId ?? ''),
  );
  return {
    eligibility: found[0]?.eligibility ?? Eligibility.ELIGIBLE,
    warnings: found.map(({ warning }) => warning),
  };
}

/**
 * A topical in use now whose pause before the booked session should already have begun (tretinoin
 * still used two days before a session that needs seven days off): the hold alone would only be
 * drawn in the past, so the person is told, and the session may need to move.
 */
function stopsAlreadyDue(kb: KnowledgeBase, context: RegimenContext): EligibilityWarning[] {
  const { nextSession, nowMs } = context;
  if (!nextSession || nextSession.atMs <= nowMs) return [];
  return stopBeforeWindows(kb, nextSession)
    .filter((window) => context.currentTopicalIds.has(window.topicalId) && window.fromMs! < nowMs)
    .map(({ topicalId, rule }) => {
      const topical = kb.topicalsById.get(topicalId)!;
      const hours = (rule as RuleOfKind<RuleKind.STOP_BEFORE_NEEDLING>).parameters.hours;
      return {
        eligibility: Eligibility.CAUTION,
        warning: {
          code: STOP_BEFORE_ALREADY_DUE,
          severity: rule.severity,
          message:
            `${topical.name} should have been stopped ${describeDuration(hours)} before the session on ${nextSession.date}, and you are still using it. ` +
            `Stop it now and tell the clinic: the session may need to move (${rule.title}).`,
          condition: null,
          ruleId: rule.id,
        },
      };
    });
}

/** A topical still in use inside its pause before the booked session. */
export const STOP_BEFORE_ALREADY_DUE = 'STOP_BEFORE_ALREADY_DUE';

/** Intervals count local calendar days, the way people book sessions. */
function sessionTooSoon(kb: KnowledgeBase, context: RegimenContext): EligibilityWarning | null {
  const { lastSession, nextSession } = context;
  if (!lastSession || !nextSession) return null;
  const strictest = kb.rules.byKind[RuleKind.SESSION_INTERVAL]
    .filter((rule) => scopeMatches(rule.parameters.scope, lastSession))
    .reduce<RuleOfKind<RuleKind.SESSION_INTERVAL> | null>(
      (best, rule) => (!best || rule.parameters.minDays > best.parameters.minDays ? rule : best),
      null,
    );
  const gapDays = nextSession.dayNumber - lastSession.dayNumber;
  if (!strictest || gapDays >= strictest.parameters.minDays) return null;
  return {
    // Well inside the interval (less than half of it) the skin is still healing: postpone, not just take care.
    eligibility: gapDays < strictest.parameters.minDays / 2 ? Eligibility.DEFER : Eligibility.CAUTION,
    warning: {
      code: 'SESSION_TOO_SOON',
      severity: strictest.severity,
      message:
        `The next session on ${nextSession.date} is ${plural(gapDays, 'day')} after the last one; after a ` +
        `${describeSession(lastSession.fact)} wait at least ${plural(strictest.parameters.minDays, 'day')} ` +
        `(${strictest.title})`,
      condition: null,
      ruleId: strictest.id,
    },
  };
}
