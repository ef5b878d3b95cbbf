// One definition per rule kind (the ucast/Vendure pattern): the parameter shape and the checks that
// tie parameters to the rule's topical lists. Evaluation lives elsewhere; this only says what is valid.
import {
  Activity,
  ActivityAdviceLevel,
  ConflictManagement,
  ConflictScope,
  Device,
  Eligibility,
  RequirementLevel,
  RuleKind,
  ScarCategory,
  SkinCondition,
  Slot,
} from '../domain/enums';
import { NeedlingScope, RuleFact, RuleParametersByKind } from './facts';
import { FieldChecks, Report, distinctListOf, integerBetween, nonEmptyText, nullable, numberAtLeast, oneOf, shape } from './parameter-checks';

export interface RuleKindDefinition<K extends RuleKind> {
  readonly parameters: FieldChecks<RuleParametersByKind[K]>;
  /** Runs only once every parameter field has the right shape. */
  readonly checkRule: (parameters: RuleParametersByKind[K], rule: RuleFact, report: Report) => void;
}

type TopicalList = 'subjectTopicalIds' | 'pairATopicalIds' | 'pairBTopicalIds';

const hours = numberAtLeast(0);
const fitzpatrickType = integerBetween(1, 6);

const needlingScope = shape<NeedlingScope>({
  devices: distinctListOf(oneOf(Device)),
  depthAboveMm: nullable(numberAtLeast(0)),
  depthUpToMm: nullable(numberAtLeast(0)),
  tier: nullable(nonEmptyText),
});

function checkDepthRange(scope: NeedlingScope, report: Report): void {
  const { depthAboveMm, depthUpToMm } = scope;
  if (depthAboveMm !== null && depthUpToMm !== null && depthAboveMm >= depthUpToMm) {
    report(`parameters.scope.depthAboveMm (${depthAboveMm}) must be below depthUpToMm (${depthUpToMm})`);
  }
}

function expectTopicals(rule: RuleFact, list: TopicalList, report: Report): void {
  if (rule[list].length === 0) report(`${list} must name at least one topical for ${rule.kind} rules`);
}

function expectNoTopicals(rule: RuleFact, lists: readonly TopicalList[], report: Report): void {
  for (const list of lists) {
    if (rule[list].length > 0) report(`${list} must be empty for ${rule.kind} rules`);
  }
}

/** Timing rules restrict either topicals or one activity: never both, never nothing. */
function expectTopicalsOrActivity(rule: RuleFact, activity: Activity | null, report: Report): void {
  const hasTopicals = rule.subjectTopicalIds.length > 0;
  if (hasTopicals && activity !== null) report('has both subject topicals and an activity; it must restrict one or the other');
  if (!hasTopicals && activity === null) report('has neither subject topicals nor an activity');
  expectNoTopicals(rule, ['pairATopicalIds', 'pairBTopicalIds'], report);
}

export const RULE_KINDS: { readonly [K in RuleKind]: RuleKindDefinition<K> } = {
  [RuleKind.WAIT_AFTER_NEEDLING]: {
    parameters: {
      scope: needlingScope,
      hours,
      activity: nullable(oneOf(Activity)),
      adviceLevel: nullable(oneOf(ActivityAdviceLevel)),
      minFitzpatrick: nullable(fitzpatrickType),
    },
    checkRule(parameters, rule, report) {
      checkDepthRange(parameters.scope, report);
      expectTopicalsOrActivity(rule, parameters.activity, report);
      if ((parameters.activity === null) !== (parameters.adviceLevel === null)) {
        report('parameters.adviceLevel must be set exactly when parameters.activity is set');
      }
    },
  },
  [RuleKind.STOP_BEFORE_NEEDLING]: {
    parameters: { hours, activity: nullable(oneOf(Activity)) },
    checkRule(parameters, rule, report) {
      expectTopicalsOrActivity(rule, parameters.activity, report);
    },
  },
  [RuleKind.PAIR_CONFLICT]: {
    parameters: { scope: oneOf(ConflictScope), management: oneOf(ConflictManagement) },
    checkRule(parameters, rule, report) {
      expectNoTopicals(rule, ['subjectTopicalIds'], report);
      expectTopicals(rule, 'pairATopicalIds', report);
      expectTopicals(rule, 'pairBTopicalIds', report);
      const onBothSides = rule.pairATopicalIds.filter((id) => rule.pairBTopicalIds.includes(id));
      if (onBothSides.length > 0) report(`topicals on both sides of the pair: ${onBothSides.join(', ')}`);
      // Morning/evening separation cannot resolve a conflict that spans the whole day.
      if (parameters.management === ConflictManagement.SEPARATE_AM_PM && parameters.scope !== ConflictScope.SAME_SLOT) {
        report('management SEPARATE_AM_PM needs scope SAME_SLOT');
      }
    },
  },
  [RuleKind.CONTRAINDICATION]: {
    parameters: {
      condition: nullable(oneOf(SkinCondition)),
      minFitzpatrick: nullable(fitzpatrickType),
      scarCategory: nullable(oneOf(ScarCategory)),
      eligibility: oneOf(Eligibility),
      warningCode: nullable(nonEmptyText),
    },
    checkRule(parameters, rule, report) {
      expectNoTopicals(rule, ['pairATopicalIds', 'pairBTopicalIds'], report);
      const triggers = [parameters.condition, parameters.minFitzpatrick, parameters.scarCategory].filter((t) => t !== null);
      if (triggers.length !== 1) {
        report(`must have exactly one trigger (condition, minFitzpatrick or scarCategory), has ${triggers.length}`);
      }
      // A condition's warning code is its own name; any other trigger needs one spelt out.
      if (parameters.condition !== null && parameters.warningCode !== null) {
        report('parameters.warningCode must be null when the trigger is a condition');
      }
      if (parameters.condition === null && parameters.warningCode === null) {
        report('parameters.warningCode is required when the trigger is not a condition');
      }
    },
  },
  [RuleKind.REQUIREMENT]: {
    parameters: {
      slots: distinctListOf(oneOf(Slot)),
      level: oneOf(RequirementLevel),
      fromHours: nullable(hours),
      untilHours: nullable(hours),
    },
    checkRule(parameters, rule, report) {
      expectTopicals(rule, 'subjectTopicalIds', report);
      expectNoTopicals(rule, ['pairATopicalIds', 'pairBTopicalIds'], report);
      if (parameters.slots.length === 0) report('parameters.slots must name at least one slot');
      const { fromHours, untilHours } = parameters;
      if (fromHours !== null && untilHours !== null && fromHours >= untilHours) {
        report(`parameters.fromHours (${fromHours}) must be below untilHours (${untilHours})`);
      }
    },
  },
  [RuleKind.SESSION_INTERVAL]: {
    parameters: { scope: needlingScope, minDays: numberAtLeast(0) },
    checkRule(parameters, rule, report) {
      checkDepthRange(parameters.scope, report);
      expectNoTopicals(rule, ['subjectTopicalIds', 'pairATopicalIds', 'pairBTopicalIds'], report);
    },
  },
};

export function isRuleKind(kind: string): kind is RuleKind {
  return Object.hasOwn(RULE_KINDS, kind);
}
