import { RuleKind, Severity } from '../../../src/domain/enums';
import { RuleCompilationError, RuleFact, compileRules } from '../../../src/engine';
import { TOPICALS, fixtureRules, ruleId, shippedRule, topicalId } from '../../fixtures/engine-fixtures';

const KNOWN_TOPICALS = new Set(TOPICALS.map((topical) => topical.id));

/** A shipped rule with some fields or parameters replaced. */
function variant(code: string, fields: Partial<RuleFact>, parameters: Record<string, unknown> = {}): RuleFact {
  const base = shippedRule(code);
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
  it('compiles the shipped rules, ordered by code and grouped by kind', () => {
    const rules = fixtureRules();
    const compiled = compileRules(rules, KNOWN_TOPICALS);

    expect(compiled.all).toHaveLength(rules.length);
    expect(compiled.all.map((rule) => rule.code)).toEqual([...rules.map((rule) => rule.code)].sort());
    for (const kind of Object.values(RuleKind)) {
      expect(compiled.byKind[kind].every((rule) => rule.kind === kind)).toBe(true);
      expect(compiled.byKind[kind].length).toBeGreaterThan(0);
    }
    expect(compiled.byId.get(ruleId('pair-conflict/tretinoin-with-benzoyl-peroxide'))?.code).toBe('pair-conflict/tretinoin-with-benzoyl-peroxide');
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
    [
      'an unknown kind',
      variant('pair-conflict/tretinoin-with-benzoyl-peroxide', { kind: 'MAGIC' }),
      'pair-conflict/tretinoin-with-benzoyl-peroxide: unknown kind "MAGIC"',
    ],
    [
      'a missing parameter',
      { ...shippedRule('stop-before/retinoids'), parameters: { hours: 168 } },
      'stop-before/retinoids: parameters.activity is missing',
    ],
    ['an unknown parameter', variant('stop-before/retinoids', {}, { hourz: 3 }), 'stop-before/retinoids: parameters.hourz is not a known field'],
    ['parameters that are not an object', { ...shippedRule('stop-before/retinoids'), parameters: 'soon' }, 'parameters must be an object'],
    ['negative hours', variant('stop-before/retinoids', {}, { hours: -1 }), 'parameters.hours must be a number >= 0, got -1'],
    ['hours as text', variant('stop-before/retinoids', {}, { hours: '168' }), 'parameters.hours must be a number >= 0'],
    [
      'a wrong enum value',
      variant('pair-conflict/tretinoin-with-benzoyl-peroxide', {}, { management: 'SOMETIMES' }),
      'parameters.management must be one of',
    ],
    ['a wrong severity', variant('pair-conflict/tretinoin-with-benzoyl-peroxide', { severity: 'EXTREME' as Severity }), 'severity must be one of'],
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
      variant('wait-after/waxing/any', {}, { adviceLevel: null }),
      'parameters.adviceLevel must be set exactly when parameters.activity is set',
    ],
    [
      'a STOP rule with neither topicals nor activity',
      variant('stop-before/vitamin-c-and-hydroquinone', { subjectTopicalIds: [] }),
      'stop-before/vitamin-c-and-hydroquinone: has neither subject topicals nor an activity',
    ],
    [
      'a STOP rule with both',
      variant('stop-before/vitamin-c-and-hydroquinone', {}, { activity: 'WAXING' }),
      'has both subject topicals and an activity',
    ],
    [
      'a PAIR_CONFLICT without a B side',
      variant('pair-conflict/tretinoin-with-benzoyl-peroxide', { pairBTopicalIds: [] }),
      'pairBTopicalIds must name at least one topical',
    ],
    [
      'a PAIR_CONFLICT with a topical on both sides',
      variant('pair-conflict/tretinoin-with-benzoyl-peroxide', { pairBTopicalIds: [topicalId('tretinoin')] }),
      'topicals on both sides of the pair',
    ],
    [
      'SEPARATE_AM_PM over a whole day',
      variant('pair-conflict/tretinoin-with-benzoyl-peroxide', {}, { scope: 'SAME_DAY' }),
      'management SEPARATE_AM_PM needs scope SAME_SLOT',
    ],
    [
      'a CONTRAINDICATION with two triggers',
      variant('contraindication/pregnant', {}, { minFitzpatrick: 4 }),
      'must have exactly one trigger (condition, minFitzpatrick or scarCategory), has 2',
    ],
    [
      'a CONTRAINDICATION with no trigger',
      variant('contraindication/raised-scar', {}, { scarCategory: null }),
      'must have exactly one trigger (condition, minFitzpatrick or scarCategory), has 0',
    ],
    [
      'a Fitzpatrick type of 7',
      variant('contraindication/fitzpatrick-iv-vi', {}, { minFitzpatrick: 7 }),
      'parameters.minFitzpatrick must be a whole number from 1 to 6, got 7',
    ],
    ['a Fitzpatrick type of 0 on a WAIT rule', variant('wait-after/prolonged-sun/any', {}, { minFitzpatrick: 0 }), 'from 1 to 6, got 0'],
    [
      'a non-condition trigger without warning code',
      variant('contraindication/fitzpatrick-iv-vi', {}, { warningCode: null }),
      'parameters.warningCode is required when the trigger is not a condition',
    ],
    [
      'an unknown topical id',
      variant('stop-before/vitamin-c-and-hydroquinone', { subjectTopicalIds: ['topical-snail-mucin'] }),
      'stop-before/vitamin-c-and-hydroquinone: subjectTopicalIds names unknown topical ids: topical-snail-mucin',
    ],
    ['a requirement without slots', variant('requirement/daily-sunscreen', {}, { slots: [] }), 'parameters.slots must name at least one slot'],
    [
      'a requirement window that ends before it starts',
      variant('requirement/healing-hydration', {}, { fromHours: 48, untilHours: 24 }),
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

  it('reads a stop-before rule stored before rules had a scope as applying to every session', () => {
    const { scope: _scope, ...unscoped } = shippedRule('stop-before/scrubs').parameters as Record<string, unknown>;
    const compiled = compileRules([{ ...shippedRule('stop-before/scrubs'), parameters: unscoped }], new Set(TOPICALS.map((t) => t.id)));
    expect(compiled.byKind[RuleKind.STOP_BEFORE_NEEDLING][0].parameters.scope).toEqual({
      devices: [],
      depthAboveMm: null,
      depthUpToMm: null,
      tier: null,
    });
  });

  it('reports every bad rule in one error, with the rule codes in its message', () => {
    const rules = [
      ...fixtureRules(),
      { ...shippedRule('pair-conflict/tretinoin-with-benzoyl-peroxide'), id: 'x1', code: 'x/unknown-kind', kind: 'MAGIC' },
      variant('stop-before/vitamin-c-and-hydroquinone', { id: 'x2', code: 'x/negative' }, { hours: -3 }),
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
    const duplicate = shippedRule('stop-before/vitamin-c-and-hydroquinone');
    expect(problemsOf([...fixtureRules(), duplicate])).toEqual([
      'stop-before/vitamin-c-and-hydroquinone: duplicate rule id rule-stop-before/vitamin-c-and-hydroquinone',
      'stop-before/vitamin-c-and-hydroquinone: duplicate rule code stop-before/vitamin-c-and-hydroquinone',
    ]);
  });
});
