import { RuleKind } from '../../domain/enums';
import { RuleParametersView } from './rule.types';

type Json = Record<string, unknown>;

const pick = <T>(json: Json, key: string): T | null => (json[key] === undefined ? null : (json[key] as T));

/** Presents a rule's stored parameters under unambiguous GraphQL field names. */
export function toRuleParametersView(kind: RuleKind, parameters: Json): RuleParametersView {
  const isPair = kind === RuleKind.PAIR_CONFLICT;
  const isRequirement = kind === RuleKind.REQUIREMENT;
  return {
    needlingScope: isPair ? null : pick(parameters, 'scope'),
    hours: pick(parameters, 'hours'),
    activity: pick(parameters, 'activity'),
    adviceLevel: pick(parameters, 'adviceLevel'),
    minFitzpatrick: pick(parameters, 'minFitzpatrick'),
    conflictScope: isPair ? pick(parameters, 'scope') : null,
    conflictManagement: isPair ? pick(parameters, 'management') : null,
    condition: pick(parameters, 'condition'),
    scarCategory: pick(parameters, 'scarCategory'),
    eligibility: pick(parameters, 'eligibility'),
    warningCode: pick(parameters, 'warningCode'),
    slots: pick(parameters, 'slots'),
    requirementLevel: isRequirement ? pick(parameters, 'level') : null,
    fromHours: pick(parameters, 'fromHours'),
    untilHours: pick(parameters, 'untilHours'),
    minDays: pick(parameters, 'minDays'),
  };
}
