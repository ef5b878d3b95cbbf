import { DataSource } from 'typeorm';
import { AuditLogEntry } from '../../entities';
import { RequestContext } from '../../core/request-context';
import { keysetPage } from '../../graphql/keyset';
import { Page } from '../../graphql/pagination';
import { AuditLogArgs } from './editorial.args';

/** Reads of the audit log (ADMIN), newest first. */
export class AuditLogService {
  constructor(private readonly dataSource: DataSource) {}

  entries(_ctx: RequestContext, args: AuditLogArgs): Promise<Page<AuditLogEntry>> {
    const filter = args.filter ?? {};
    const query = this.dataSource.getRepository(AuditLogEntry).createQueryBuilder('entry').where('TRUE');
    const equals: [keyof typeof filter, string][] = [
      ['actorId', 'actor_id'],
      ['entityType', 'entity_type'],
      ['entityId', 'entity_id'],
      ['action', 'action'],
      ['outcome', 'outcome'],
    ];
    for (const [key, column] of equals) {
      if (filter[key] != null) query.andWhere(`entry.${column} = :${key}`, { [key]: filter[key] });
    }
    if (filter.since != null) query.andWhere('entry.created_at >= :since', { since: filter.since });
    if (filter.until != null) query.andWhere('entry.created_at < :until', { until: filter.until });
    return keysetPage(
      query,
      'entry',
      {
        sortExpression: "date_trunc('milliseconds', entry.created_at)",
        descending: true,
        sortValueOf: (row) => row.createdAt.toISOString(),
      },
      args,
    );
  }
}
