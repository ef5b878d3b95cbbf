import { DataSource } from 'typeorm';
import { visibleTo } from '../../core/viewer';
import { Severity } from '../../domain/enums';
import { CompatibilityRule } from '../../entities';
import { LINK_TABLES } from '../../entities/links.entity';
import { RequestContext } from '../../core/request-context';
import { CompatibilityRuleFilter } from './rule.inputs';

const SEVERITY_ORDER = Object.values(Severity);

export class RuleService {
  constructor(private readonly dataSource: DataSource) {}

  compatibilityRules(ctx: RequestContext, filter: CompatibilityRuleFilter = {}): Promise<CompatibilityRule[]> {
    const query = this.dataSource
      .getRepository(CompatibilityRule)
      .createQueryBuilder('rule')
      .where(visibleTo(ctx.viewer, 'rule'))
      .orderBy('rule.kind')
      .addOrderBy('rule.code');
    if (filter.kind != null) query.andWhere('rule.kind = :kind', { kind: filter.kind });
    if (filter.minSeverity != null) {
      query.andWhere('rule.severity = ANY(:severities)', {
        severities: SEVERITY_ORDER.slice(SEVERITY_ORDER.indexOf(filter.minSeverity)),
      });
    }
    if (filter.topical != null) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM ${LINK_TABLES.ruleTopical} rt JOIN topical t ON t.id = rt.topical_id
                 WHERE rt.rule_id = rule.id AND t.slug = :topical AND ${visibleTo(ctx.viewer, 't')})`,
        { topical: filter.topical },
      );
    }
    return query.getMany();
  }
}
