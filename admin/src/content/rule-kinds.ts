// The parameters of each rule kind as the rule form offers them, following the rule-kind registry
// (src/engine/rule-kind.registry.ts, documented in docs/api/rule-kinds.md). The server checks the
// rule with the registry itself on every save and on "Check rule", and the form shows what it says.
import {
  ACTIVITIES,
  ADVICE_LEVELS,
  CONFLICT_MANAGEMENT,
  CONFLICT_SCOPES,
  DEVICES,
  ELIGIBILITIES,
  REQUIREMENT_LEVELS,
  SCAR_CATEGORIES,
  SKIN_CONDITIONS,
  SLOTS,
} from './enums';

export type ParameterSpec = { name: string; label: string; description: string; nullable: boolean } & (
  | { kind: 'scope' }
  | { kind: 'number'; integer?: boolean; min: number; max?: number }
  | { kind: 'select'; options: readonly string[] }
  | { kind: 'multiselect'; options: readonly string[] }
  | { kind: 'text' }
);

/** Which of the rule's topical lists the kind uses. */
export type TopicalRoles = 'subjects' | 'pairs' | 'none';

export interface RuleKindForm {
  description: string;
  topicals: TopicalRoles;
  parameters: readonly ParameterSpec[];
}

export const SCOPE_FIELDS = {
  devices: { label: 'Devices', description: 'Devices of the sessions in scope; none picked: every device.' },
  depthAboveMm: { label: 'Deeper than (mm)', description: 'Exclusive; empty: no lower bound.' },
  depthUpToMm: { label: 'Up to depth (mm)', description: 'Inclusive, above the lower bound; empty: no upper bound.' },
  tier: { label: 'Depth tier label', description: 'Display only (T1..T4); empty: none.' },
} as const;
export const SCOPE_DEVICES = DEVICES;

const scope = (description: string): ParameterSpec => ({ name: 'scope', label: 'Sessions in scope', description, nullable: false, kind: 'scope' });
const hours = (description: string): ParameterSpec => ({ name: 'hours', label: 'Hours', description, nullable: false, kind: 'number', min: 0 });
const minFitzpatrick = (description: string): ParameterSpec => ({
  name: 'minFitzpatrick',
  label: 'From Fitzpatrick type',
  description,
  nullable: true,
  kind: 'number',
  integer: true,
  min: 1,
  max: 6,
});

export const RULE_KIND_FORMS: Record<string, RuleKindForm> = {
  WAIT_AFTER_NEEDLING: {
    description: "Hold the rule's subject topicals, or restrict one activity, for some hours after a session in scope.",
    topicals: 'subjects',
    parameters: [
      scope('Which sessions the rule applies to.'),
      hours('How long after the session the hold lasts.'),
      {
        name: 'activity',
        label: 'Activity',
        description: 'The activity restricted; empty: the rule holds its subject topicals instead.',
        nullable: true,
        kind: 'select',
        options: ACTIVITIES,
      },
      {
        name: 'adviceLevel',
        label: 'Advice for the activity',
        description: 'Set exactly when an activity is.',
        nullable: true,
        kind: 'select',
        options: ADVICE_LEVELS,
      },
      minFitzpatrick('Applies only to people of this Fitzpatrick type or darker; empty: everyone.'),
    ],
  },
  STOP_BEFORE_NEEDLING: {
    description: "Stop the rule's subject topicals, or one activity, some hours before a planned session in scope.",
    topicals: 'subjects',
    parameters: [
      scope('Which planned sessions the rule applies to (a light home roll needs shorter pauses).'),
      hours('How long before the session to stop.'),
      {
        name: 'activity',
        label: 'Activity',
        description: 'The activity to stop; empty: the rule stops its subject topicals instead.',
        nullable: true,
        kind: 'select',
        options: ACTIVITIES,
      },
    ],
  },
  PAIR_CONFLICT: {
    description: "The rule's pair A topicals conflict with its pair B topicals.",
    topicals: 'pairs',
    parameters: [
      {
        name: 'scope',
        label: 'Conflict in',
        description: 'In the same slot, or on the same day.',
        nullable: false,
        kind: 'select',
        options: CONFLICT_SCOPES,
      },
      {
        name: 'management',
        label: 'Keep apart by',
        description: 'Separate AM/PM needs the same-slot scope.',
        nullable: false,
        kind: 'select',
        options: CONFLICT_MANAGEMENT,
      },
    ],
  },
  CONTRAINDICATION: {
    description:
      "A skin condition, a Fitzpatrick range or a scar category, and its effect on needling; the rule's subject topicals are held for the whole plan while it applies. Set exactly one trigger.",
    topicals: 'subjects',
    parameters: [
      {
        name: 'condition',
        label: 'Trigger: skin condition',
        description: 'A condition the person has.',
        nullable: true,
        kind: 'select',
        options: SKIN_CONDITIONS,
      },
      minFitzpatrick('Trigger: the person is of this Fitzpatrick type or darker.'),
      {
        name: 'scarCategory',
        label: 'Trigger: scar category',
        description: 'A scar of this category is the concern.',
        nullable: true,
        kind: 'select',
        options: SCAR_CATEGORIES,
      },
      {
        name: 'eligibility',
        label: 'Effect on needling',
        description: 'While the trigger applies.',
        nullable: false,
        kind: 'select',
        options: ELIGIBILITIES,
      },
      {
        name: 'warningCode',
        label: 'Warning code',
        description: "Required when the trigger is not a condition; empty when it is (a condition's code is its name).",
        nullable: true,
        kind: 'text',
      },
      scope('Which sessions it concerns (e.g. RF only).'),
    ],
  },
  REQUIREMENT: {
    description: "One of the rule's subject topicals belongs in the given slots, within a window after the last session.",
    topicals: 'subjects',
    parameters: [
      { name: 'slots', label: 'Slots', description: 'At least one.', nullable: false, kind: 'multiselect', options: SLOTS },
      {
        name: 'level',
        label: 'Level',
        description: 'How strongly the plan asks for it.',
        nullable: false,
        kind: 'select',
        options: REQUIREMENT_LEVELS,
      },
      {
        name: 'fromHours',
        label: 'From hours after the session',
        description: 'Empty: from the plan start.',
        nullable: true,
        kind: 'number',
        min: 0,
      },
      {
        name: 'untilHours',
        label: 'Until hours after the session',
        description: 'Above the start; empty: for the whole plan.',
        nullable: true,
        kind: 'number',
        min: 0,
      },
    ],
  },
  SESSION_INTERVAL: {
    description: 'The least time between a session in scope and the next one.',
    topicals: 'none',
    parameters: [
      scope('Which sessions the rule applies to.'),
      { name: 'minDays', label: 'Minimum days', description: 'Days to wait before the next session.', nullable: false, kind: 'number', min: 0 },
    ],
  },
};

const EMPTY_SCOPE = { devices: [], depthAboveMm: null, depthUpToMm: null, tier: null };

/** Every parameter of the kind present (the server requires them all), with a neutral value. */
export function emptyParameters(kind: string): Record<string, unknown> {
  const form = RULE_KIND_FORMS[kind];
  if (!form) return {};
  return Object.fromEntries(
    form.parameters.map((parameter): [string, unknown] => {
      if (parameter.kind === 'scope') return [parameter.name, { ...EMPTY_SCOPE }];
      if (parameter.nullable) return [parameter.name, null];
      if (parameter.kind === 'number') return [parameter.name, 0];
      if (parameter.kind === 'multiselect') return [parameter.name, []];
      if (parameter.kind === 'text') return [parameter.name, ''];
      return [parameter.name, parameter.options[0]];
    }),
  );
}
