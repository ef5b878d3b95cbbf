import { RuleTopicalRole } from '../../../domain/rule-topical-role';
import { compileRules, RuleCompilationError } from '../../../engine';
import { CompatibilityRule } from '../../../entities';
import { LINK_TABLES } from '../../../entities/links.entity';
import { ContentType } from '../content-type';
import { CompatibilityRuleInput } from '../editorial.inputs';
import { describeContentType, linkedKeys, replaceLinks } from './content-descriptor';

const ROLE_FIELDS: [RuleTopicalRole, 'subjects' | 'pairA' | 'pairB'][] = [
  [RuleTopicalRole.SUBJECT, 'subjects'],
  [RuleTopicalRole.PAIR_A, 'pairA'],
  [RuleTopicalRole.PAIR_B, 'pairB'],
];

export const compatibilityRule = describeContentType<CompatibilityRuleInput, CompatibilityRule>({
  type: ContentType.COMPATIBILITY_RULE,
  typeName: 'CompatibilityRule',
  entity: CompatibilityRule,
  table: 'compatibility_rule',
  keyColumn: 'code',
  label: 'compatibility rule',
  // Rules are the engine's holds, conflicts, requirements and warnings.
  signOff: true,
  inputClass: CompatibilityRuleInput,
  columns: async ({ code, kind, severity, title, rationale, management, parameters }) => ({
    code,
    kind,
    severity,
    title,
    rationale,
    management,
    parameters,
  }),
  check(input) {
    // The engine's own compiler is the validator, with placeholder ids for the topicals: the
    // same checks that run when rules are loaded, so a saved rule can always be evaluated.
    const placeholder = (field: string) => (_: string, index: number) => `${field}:${index}`;
    const topicalIds = (field: 'subjects' | 'pairA' | 'pairB') => input[field].map(placeholder(field));
    const fact = {
      id: 'candidate',
      code: input.code,
      kind: input.kind,
      severity: input.severity,
      title: input.title,
      rationale: input.rationale,
      management: input.management,
      subjectTopicalIds: topicalIds('subjects'),
      pairATopicalIds: topicalIds('pairA'),
      pairBTopicalIds: topicalIds('pairB'),
      parameters: input.parameters,
    };
    try {
      compileRules([fact], new Set([...fact.subjectTopicalIds, ...fact.pairATopicalIds, ...fact.pairBTopicalIds]));
      return [];
    } catch (error) {
      if (!(error instanceof RuleCompilationError)) throw error;
      return error.problems.map((problem) => ({ field: 'input.parameters', message: problem.message }));
    }
  },
  async resolveLinks(input, refs) {
    const topicals: { topicalId: string; role: RuleTopicalRole; position: number }[] = [];
    for (const [role, field] of ROLE_FIELDS) {
      const ids = await refs.ids('topical', 'slug', input[field], `input.${field}`, 'topical');
      ids.forEach((topicalId, position) => topicals.push({ topicalId, role, position }));
    }
    const citationIds = await refs.ids('citation', 'key', input.citations, 'input.citations', 'citation');
    return async (manager, id) => {
      await replaceLinks(
        manager,
        LINK_TABLES.ruleTopical,
        'rule_id',
        id,
        topicals.map((t) => ({ rule_id: id, topical_id: t.topicalId, role: t.role, position: t.position })),
      );
      await replaceLinks(
        manager,
        LINK_TABLES.ruleCitation,
        'rule_id',
        id,
        citationIds.map((citation_id, position) => ({ rule_id: id, citation_id, position })),
      );
    };
  },
  async read(manager, { id, code, kind, severity, title, rationale, management, parameters }) {
    const links: { role: RuleTopicalRole; slug: string }[] = await manager.query(
      `SELECT l.role, t.slug FROM ${LINK_TABLES.ruleTopical} l JOIN topical t ON t.id = l.topical_id WHERE l.rule_id = $1 ORDER BY l.position`,
      [id],
    );
    const inRole = (role: RuleTopicalRole) => links.filter((link) => link.role === role).map((link) => link.slug);
    const citations = await linkedKeys(
      manager,
      `SELECT c.key AS key FROM ${LINK_TABLES.ruleCitation} l JOIN citation c ON c.id = l.citation_id WHERE l.rule_id = $1 ORDER BY l.position`,
      id,
    );
    return {
      code,
      kind,
      severity,
      title,
      rationale,
      management,
      subjects: inRole(RuleTopicalRole.SUBJECT),
      pairA: inRole(RuleTopicalRole.PAIR_A),
      pairB: inRole(RuleTopicalRole.PAIR_B),
      parameters,
      citations,
    };
  },
});
