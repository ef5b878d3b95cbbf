import { RuleKind, Severity } from '../../../src/domain/enums';
import { RuleCompilationError, RuleFact, compileRules } from '../../../src/engine';
import { TOPICALS, fixtureRules, ruleId, topicalId } from '../../fixtures/engine-fixtures';

const KNOWN_TOPICALS = new Set(TOPICALS.map((topical) => topical.id));

function fixtureRule(code: string): RuleFact {
  const found = fixtureRules().find((rule) => rule.code === code);
  if (!found) throw new Error(`no fixture rule ${code}`);
  return found;
}

/** A fixture rule with some fields or parameters replaced. */
function variant(code: string, fields: Partial<RuleFact>, parameters: Record<string, unknown> = {}): RuleFact {
  const base = fixtureRule(code);
  return { ...base, ...fields, parameters: { ...(base.parameters as object), ...parameters } };
}

function problemsOf(rules: RuleFact[]): string[] {
  try {
    compileRules(rules, KNOWN_TOPICALS);
  } catch (error) {
    expect(error).toBeInstanceOf(RuleCompilationError);
    return (error as RuleCompilationError).problems.map((problem) => `${problem.ruleCode}: ${problem.message}`);
  }
  throw new Error('expected the rules to be rejected');
}

describe('compileRules', () => {
  it('compiles the reference-like rules, ordered by code and grouped by kind', () => {
    const rules = fixtureRules();
    const compiled = compileRules(rules, KNOWN_TOPICALS);

    expect(compiled.all).toHaveLength(rules.length);
    expect(compiled.all.map((rule) => rule.code)).toEqual([...rules.map((rule) => rule.code)].sort());
    for (const kind of Object.values(RuleKind)) {
      expect(compiled.byKind[kind].every((rule) => rule.kind === kind)).toBe(true);
      expect(compiled.byKind[kind].length).toBeGreaterThan(0);
    }
    expect(compiled.byId.get(ruleId('pair/tretinoin-bpo'))?.code).toBe('pair/tretinoin-bpo');
  });

  it('freezes what it compiles without freezing or sharing the caller rows', () => {
    const rules = fixtureRules();
    const compiled = compileRules(rules, KNOWN_TOPICALS);
    const wait = compiled.byKind[RuleKind.WAIT_AFTER_NEEDLING][0];

    expect(Object.isFrozen(wait)).toBe(true);
    expect(Object.isFrozen(wait.parameters)).toBe(true);
    expect(Object.isFrozen(compiled.byKind[RuleKind.WAIT_AFTER_NEEDLING])).toBe(true);
    expect(Object.isFrozen(compiled.all)).toBe(true);
    expect(Object.isFrozen(rules[0])).toBe(false);
    expect(Object.isFrozen(rules[0].subjectTopicalIds)).toBe(false);
  });

  const cases: [string, RuleFact, string][] = [
    ['an unknown kind', variant('pair/tretinoin-bpo', { kind: 'MAGIC' }), 'pair/tretinoin-bpo: unknown kind "MAGIC"'],
    [
      'a missing parameter',
      { ...fixtureRule('stop-before/retinoids'), parameters: { hours: 168 } },
      'stop-before/retinoids: parameters.activity is missing',
    ],
    ['an unknown parameter', variant('stop-before/retinoids', {}, { hourz: 3 }), 'stop-before/retinoids: parameters.hourz is not a known field'],
    ['parameters that are not an object', { ...fixtureRule('stop-before/retinoids'), parameters: 'soon' }, 'parameters must be an object'],
    ['negative hours', variant('stop-before/retinoids', {}, { hours: -1 }), 'parameters.hours must be a number >= 0, got -1'],
    ['hours as text', variant('stop-before/retinoids', {}, { hours: '168' }), 'parameters.hours must be a number >= 0'],
    ['a wrong enum value', variant('pair/tretinoin-bpo', {}, { management: 'SOMETIMES' }), 'parameters.management must be one of'],
    ['a wrong severity', variant('pair/tretinoin-bpo', { severity: 'EXTREME' as Severity }), 'severity must be one of'],
    [
      'a wrong device',
      variant('wait-after/vitamin-c/t1', {}, { scope: { devices: ['LASER'], depthAboveMm: null, depthUpToMm: 0.25, tier: 'T1' } }),
      'parameters.scope.devices[0] must be one of',
    ],
    [
      'depthAboveMm at or over depthUpToMm',
      variant('wait-after/vitamin-c/t2', {}, { scope: { devices: [], depthAboveMm: 0.5, depthUpToMm: 0.5, tier: 'T2' } }),
      'wait-after/vitamin-c/t2: parameters.scope.depthAboveMm (0.5) must be below depthUpToMm (0.5)',
    ],
    [
      'a WAIT rule with neither topicals nor activity',
      variant('wait-after/vitamin-c/t1', { subjectTopicalIds: [] }),
      'has neither subject topicals nor an activity',
    ],
    [
      'a WAIT rule with both topicals and an activity',
      variant('wait-after/vitamin-c/t1', {}, { activity: 'MAKEUP', adviceLevel: 'AVOID' }),
      'has both subject topicals and an activity',
    ],
    [
      'an activity WAIT rule without advice level',
      variant('wait-after/waxing', {}, { adviceLevel: null }),
      'parameters.adviceLevel must be set exactly when parameters.activity is set',
    ],
    [
      'a STOP rule with neither topicals nor activity',
      variant('stop-before/vitamin-c', { subjectTopicalIds: [] }),
      'stop-before/vitamin-c: has neither subject topicals nor an activity',
    ],
    ['a STOP rule with both', variant('stop-before/vitamin-c', {}, { activity: 'WAXING' }), 'has both subject topicals and an activity'],
    ['a PAIR_CONFLICT without a B side', variant('pair/tretinoin-bpo', { pairBTopicalIds: [] }), 'pairBTopicalIds must name at least one topical'],
    [
      'a PAIR_CONFLICT with a topical on both sides',
      variant('pair/tretinoin-bpo', { pairBTopicalIds: [topicalId('tretinoin')] }),
      'topicals on both sides of the pair',
    ],
    ['SEPARATE_AM_PM over a whole day', variant('pair/tretinoin-bpo', {}, { scope: 'SAME_DAY' }), 'management SEPARATE_AM_PM needs scope SAME_SLOT'],
    [
      'a CONTRAINDICATION with two triggers',
      variant('contraindication/pregnant', {}, { minFitzpatrick: 4 }),
      'must have exactly one trigger (condition, minFitzpatrick or scarCategory), has 2',
    ],
    [
      'a CONTRAINDICATION with no trigger',
      variant('contraindication/raised-scars', {}, { scarCategory: null }),
      'must have exactly one trigger (condition, minFitzpatrick or scarCategory), has 0',
    ],
    [
      'a Fitzpatrick type of 7',
      variant('contraindication/dark-skin-pigmentation', {}, { minFitzpatrick: 7 }),
      'parameters.minFitzpatrick must be a whole number from 1 to 6, got 7',
    ],
    ['a Fitzpatrick type of 0 on a WAIT rule', variant('wait-after/direct-sun/minimise', {}, { minFitzpatrick: 0 }), 'from 1 to 6, got 0'],
    [
      'a non-condition trigger without warning code',
      variant('contraindication/dark-skin-pigmentation', {}, { warningCode: null }),
      'parameters.warningCode is required when the trigger is not a condition',
    ],
    [
      'an unknown topical id',
      variant('stop-before/vitamin-c', { subjectTopicalIds: ['topical-snail-mucin'] }),
      'stop-before/vitamin-c: subjectTopicalIds names unknown topical ids: topical-snail-mucin',
    ],
    ['a requirement without slots', variant('requirement/sunscreen', {}, { slots: [] }), 'parameters.slots must name at least one slot'],
    [
      'a requirement window that ends before it starts',
      variant('requirement/hyaluronic-acid', {}, { fromHours: 48, untilHours: 24 }),
      'parameters.fromHours (48) must be below untilHours (24)',
    ],
    [
      'a session interval with topicals',
      variant('session-interval/t1', { subjectTopicalIds: [topicalId('retinol')] }),
      'subjectTopicalIds must be empty for SESSION_INTERVAL rules',
    ],
  ];

  it.each(cases)('rejects %s, naming the rule', (_, bad, expected) => {
    const problems = problemsOf([...fixtureRules().filter((rule) => rule.code !== bad.code), bad]);
    expect(problems.join('\n')).toContain(expected);
    expect(problems.every((problem) => problem.startsWith(`${bad.code}: `))).toBe(true);
  });

  it('reports every bad rule in one error, with the rule codes in its message', () => {
    const rules = [
      ...fixtureRules(),
      { ...fixtureRule('pair/tretinoin-bpo'), id: 'x1', code: 'x/unknown-kind', kind: 'MAGIC' },
      variant('stop-before/vitamin-c', { id: 'x2', code: 'x/negative' }, { hours: -3 }),
    ];
    let thrown: unknown;
    try {
      compileRules(rules, KNOWN_TOPICALS);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RuleCompilationError);
    const error = thrown as RuleCompilationError;
    expect(error.problems.map((problem) => problem.ruleCode)).toEqual(['x/unknown-kind', 'x/negative']);
    expect(error.message).toContain('x/unknown-kind: unknown kind "MAGIC"');
    expect(error.message).toContain('x/negative: parameters.hours must be a number >= 0, got -3');
  });

  it('rejects duplicate ids and codes', () => {
    const duplicate = fixtureRule('stop-before/vitamin-c');
    expect(problemsOf([...fixtureRules(), duplicate])).toEqual([
      'stop-before/vitamin-c: duplicate rule id rule-stop-before/vitamin-c',
      'stop-before/vitamin-c: duplicate rule code stop-before/vitamin-c',
    ]);
  });
});
