// Turns raw rule rows into typed rules, or fails once with every problem of every rule, so a bad
// publish is caught whole before any request is answered with half a rule set.
import { RuleKind, Severity } from '../domain/enums';
import { RuleFact, RuleParametersByKind } from './facts';
import { FrozenMap, deepFreeze } from './immutable';
import { compareText } from './ordering';
import { Report, checkShape, nonEmptyText, oneOf } from './parameter-checks';
import { RULE_KINDS, isRuleKind, withParameterDefaults } from './rule-kind.registry';

interface CompiledRuleOfKind<K extends RuleKind> {
  readonly id: string;
  readonly code: string;
  readonly kind: K;
  readonly severity: Severity;
  readonly title: string;
  readonly rationale: string;
  readonly management: string;
  readonly subjectTopicalIds: readonly string[];
  readonly pairATopicalIds: readonly string[];
  readonly pairBTopicalIds: readonly string[];
  readonly parameters: Readonly<RuleParametersByKind[K]>;
}

export type CompiledRule = { [K in RuleKind]: CompiledRuleOfKind<K> }[RuleKind];
export type RuleOfKind<K extends RuleKind> = Extract<CompiledRule, { kind: K }>;

export interface CompiledRules {
  /** Ordered by code, so that everything derived from rules is deterministic. */
  readonly all: readonly CompiledRule[];
  readonly byId: ReadonlyMap<string, CompiledRule>;
  readonly byKind: { readonly [K in RuleKind]: readonly RuleOfKind<K>[] };
}

export interface RuleProblem {
  readonly ruleCode: string;
  readonly message: string;
}

export class RuleCompilationError extends Error {
  constructor(readonly problems: readonly RuleProblem[]) {
    super(
      `${problems.length} rule problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((problem) => `- ${problem.ruleCode}: ${problem.message}`).join('\n'),
    );
    this.name = 'RuleCompilationError';
  }
}

const TOPICAL_LISTS = ['subjectTopicalIds', 'pairATopicalIds', 'pairBTopicalIds'] as const;

export function compileRules(rules: readonly RuleFact[], knownTopicalIds: ReadonlySet<string>): CompiledRules {
  const problems: RuleProblem[] = [];
  const compiled: CompiledRule[] = [];
  for (const rule of rules) {
    const ruleCode = rule.code || `(rule id ${rule.id})`;
    const report: Report = (message) => problems.push({ ruleCode, message });
    const result = compileRule(rule, knownTopicalIds, report);
    if (result) compiled.push(result);
  }
  reportDuplicates(rules, 'id', problems);
  reportDuplicates(rules, 'code', problems);
  if (problems.length > 0) throw new RuleCompilationError(problems);

  const all = deepFreeze(compiled.sort((a, b) => compareText(a.code, b.code)));
  return Object.freeze({
    all,
    byId: new FrozenMap(all.map((rule) => [rule.id, rule] as const)),
    byKind: Object.freeze({
      [RuleKind.WAIT_AFTER_NEEDLING]: Object.freeze(all.filter(ofKind(RuleKind.WAIT_AFTER_NEEDLING))),
      [RuleKind.STOP_BEFORE_NEEDLING]: Object.freeze(all.filter(ofKind(RuleKind.STOP_BEFORE_NEEDLING))),
      [RuleKind.PAIR_CONFLICT]: Object.freeze(all.filter(ofKind(RuleKind.PAIR_CONFLICT))),
      [RuleKind.CONTRAINDICATION]: Object.freeze(all.filter(ofKind(RuleKind.CONTRAINDICATION))),
      [RuleKind.REQUIREMENT]: Object.freeze(all.filter(ofKind(RuleKind.REQUIREMENT))),
      [RuleKind.SESSION_INTERVAL]: Object.freeze(all.filter(ofKind(RuleKind.SESSION_INTERVAL))),
    }),
  });
}

function compileRule(rule: RuleFact, knownTopicalIds: ReadonlySet<string>, report: Report): CompiledRule | null {
  let valid = true;
  const reportInvalid: Report = (message) => {
    valid = false;
    report(message);
  };
  nonEmptyText(rule.id, 'id', reportInvalid);
  nonEmptyText(rule.code, 'code', reportInvalid);
  oneOf(Severity)(rule.severity, 'severity', reportInvalid);
  for (const list of TOPICAL_LISTS) checkTopicalIds(rule[list], list, knownTopicalIds, reportInvalid);
  if (!isRuleKind(rule.kind)) {
    report(`unknown kind ${JSON.stringify(rule.kind)}`);
    return null;
  }
  const parameters = checkParameters(rule.kind, rule, reportInvalid);
  if (!valid || parameters === null) return null;
  // Copies, because the compiled rules are frozen and the caller's rows must stay untouched.
  const compiled = {
    id: rule.id,
    code: rule.code,
    kind: rule.kind,
    severity: rule.severity,
    title: rule.title,
    rationale: rule.rationale,
    management: rule.management,
    subjectTopicalIds: [...rule.subjectTopicalIds],
    pairATopicalIds: [...rule.pairATopicalIds],
    pairBTopicalIds: [...rule.pairBTopicalIds],
    parameters: structuredClone(parameters),
  };
  // The registry has just proven that the parameters match this kind.
  return compiled as CompiledRule;
}

function checkParameters<K extends RuleKind>(kind: K, rule: RuleFact, report: Report): RuleParametersByKind[K] | null {
  const definition = RULE_KINDS[kind];
  const parameters = withParameterDefaults(kind, rule.parameters as Record<string, unknown>);
  if (!checkShape<RuleParametersByKind[K]>(parameters, 'parameters', definition.parameters, report)) return null;
  let valid = true;
  definition.checkRule(parameters, rule, (message) => {
    valid = false;
    report(message);
  });
  return valid ? parameters : null;
}

function checkTopicalIds(ids: readonly string[], list: string, knownTopicalIds: ReadonlySet<string>, report: Report): void {
  const unknown = ids.filter((id) => !knownTopicalIds.has(id));
  if (unknown.length > 0) report(`${list} names unknown topical ids: ${unknown.join(', ')}`);
  if (new Set(ids).size !== ids.length) report(`${list} names a topical twice`);
}

function reportDuplicates(rules: readonly RuleFact[], field: 'id' | 'code', problems: RuleProblem[]): void {
  const seen = new Set<string>();
  for (const rule of rules) {
    if (seen.has(rule[field])) problems.push({ ruleCode: rule.code, message: `duplicate rule ${field} ${rule[field]}` });
    seen.add(rule[field]);
  }
}

function ofKind<K extends RuleKind>(kind: K) {
  return (rule: CompiledRule): rule is RuleOfKind<K> => rule.kind === kind;
}
