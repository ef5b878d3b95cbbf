// One definition per rule kind (the ucast/Vendure pattern): the parameter shape, what each parameter
// means, and the checks that tie parameters to the rule's topical lists. Evaluation lives elsewhere;
// this only says what is valid (and docs/api/rule-kinds.md is generated from it).
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
import { FieldSpecs, Report, distinctListOf, integerBetween, nonEmptyText, nullable, numberAtLeast, oneOf, shape } from './parameter-checks';

export interface RuleKindDefinition<K extends RuleKind> {
  /** What a rule of this kind says. */
  readonly description: string;
  readonly parameters: FieldSpecs<RuleParametersByKind[K]>;
  /** Values of parameters added after rules of the kind were first stored: a rule written without one means this. */
  readonly defaults?: Partial<RuleParametersByKind[K]>;
  /** Runs only once every parameter field has the right shape. */
  readonly checkRule: (parameters: RuleParametersByKind[K], rule: RuleFact, report: Report) => void;
}

type TopicalList = 'subjectTopicalIds' | 'pairATopicalIds' | 'pairBTopicalIds';

const hours = numberAtLeast(0);
const fitzpatrickType = integerBetween(1, 6);

const needlingScope = shape<NeedlingScope>({
  devices: { check: distinctListOf(oneOf(Device)), meaning: 'Devices of the sessions in scope; empty: every device.' },
  depthAboveMm: { check: nullable(numberAtLeast(0)), meaning: 'Sessions deeper than this (mm, exclusive); null: no lower bound.' },
  depthUpToMm: {
    check: nullable(numberAtLeast(0)),
    meaning: 'Sessions up to this depth (mm, inclusive; above `depthAboveMm`); null: no upper bound.',
  },
  tier: { check: nullable(nonEmptyText), meaning: 'Display label of the depth tier (T1..T4); not used for matching.' },
});
const needlingScopeSpec = { check: needlingScope, meaning: 'Which sessions the rule applies to.' };

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
    description: "Hold the rule's subject topicals, or restrict one activity, for some hours after a session in scope.",
    parameters: {
      scope: needlingScopeSpec,
      hours: { check: hours, meaning: 'How long after the session the hold lasts.' },
      activity: { check: nullable(oneOf(Activity)), meaning: 'The activity restricted; null: the rule holds its subject topicals instead.' },
      adviceLevel: {
        check: nullable(oneOf(ActivityAdviceLevel)),
        meaning: 'For an activity: avoid it entirely, or minimise it. Set exactly when `activity` is.',
      },
      minFitzpatrick: {
        check: nullable(fitzpatrickType),
        meaning: 'Applies only to people of this Fitzpatrick type or darker; null: everyone.',
      },
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
    description: "Stop the rule's subject topicals, or one activity, some hours before a planned session in scope.",
    parameters: {
      scope: {
        ...needlingScopeSpec,
        meaning:
          'Which planned sessions the rule applies to (a light home roll needs shorter pauses); a rule stored without it applies to every session.',
      },
      hours: { check: hours, meaning: 'How long before the session to stop.' },
      activity: { check: nullable(oneOf(Activity)), meaning: 'The activity to stop; null: the rule stops its subject topicals instead.' },
    },
    // Stop-before rules stored before they had a scope applied to every session.
    defaults: { scope: { devices: [], depthAboveMm: null, depthUpToMm: null, tier: null } },
    checkRule(parameters, rule, report) {
      checkDepthRange(parameters.scope, report);
      expectTopicalsOrActivity(rule, parameters.activity, report);
    },
  },
  [RuleKind.PAIR_CONFLICT]: {
    description: "The rule's pair A topicals conflict with its pair B topicals.",
    parameters: {
      scope: { check: oneOf(ConflictScope), meaning: 'Where the two sides conflict: in the same slot, or on the same day.' },
      management: {
        check: oneOf(ConflictManagement),
        meaning: 'How plans keep them apart; SEPARATE_AM_PM needs scope SAME_SLOT.',
      },
    },
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
    description:
      "A skin condition, a Fitzpatrick range or a scar category, and its effect on needling; the rule's subject topicals are held " +
      'for the whole plan while it applies. Exactly one of `condition`, `minFitzpatrick` and `scarCategory` is set (the trigger).',
    parameters: {
      condition: { check: nullable(oneOf(SkinCondition)), meaning: 'Trigger: a skin condition the person has.' },
      minFitzpatrick: { check: nullable(fitzpatrickType), meaning: 'Trigger: the person is of this Fitzpatrick type or darker.' },
      scarCategory: { check: nullable(oneOf(ScarCategory)), meaning: 'Trigger: a scar of this category is the concern.' },
      eligibility: { check: oneOf(Eligibility), meaning: 'The effect on needling while the trigger applies.' },
      warningCode: {
        check: nullable(nonEmptyText),
        meaning: "The plan's warning code: required when the trigger is not a condition, null when it is (a condition's code is its name).",
      },
      scope: {
        ...needlingScopeSpec,
        meaning:
          'Which sessions it concerns (e.g. RF only); a rule for every session applies even to a plan without one. ' +
          'A rule stored without it concerns every session.',
      },
    },
    defaults: { scope: { devices: [], depthAboveMm: null, depthUpToMm: null, tier: null } },
    checkRule(parameters, rule, report) {
      checkDepthRange(parameters.scope, report);
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
    description: "One of the rule's subject topicals belongs in the given slots, within a window after the last session.",
    parameters: {
      slots: { check: distinctListOf(oneOf(Slot)), meaning: 'The slots the topical belongs in; at least one.' },
      level: { check: oneOf(RequirementLevel), meaning: 'How strongly the plan asks for it.' },
      fromHours: { check: nullable(hours), meaning: 'Window start, hours after the last session; null: from the plan start.' },
      untilHours: {
        check: nullable(hours),
        meaning: 'Window end, hours after the last session (above `fromHours`); null: for the whole plan.',
      },
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
    description: 'The least time between a session in scope and the next one.',
    parameters: {
      scope: needlingScopeSpec,
      minDays: { check: numberAtLeast(0), meaning: 'Days to wait before the next session.' },
    },
    checkRule(parameters, rule, report) {
      checkDepthRange(parameters.scope, report);
      expectNoTopicals(rule, ['subjectTopicalIds', 'pairATopicalIds', 'pairBTopicalIds'], report);
    },
  },
};

export function isRuleKind(kind: string): kind is RuleKind {
  return Object.hasOwn(RULE_KINDS, kind);
}

/** A rule's stored parameters with the kind's defaults for any it was stored without. */
export function withParameterDefaults(kind: RuleKind, parameters: Record<string, unknown>): Record<string, unknown> {
  const defaults = (RULE_KINDS[kind] as RuleKindDefinition<RuleKind> | undefined)?.defaults;
  // Anything but an object is left for the shape check to refuse.
  const isObject = typeof parameters === 'object' && parameters !== null && !Array.isArray(parameters);
  return defaults && isObject ? { ...structuredClone(defaults), ...parameters } : parameters;
}
