// The knowledge that was published at an instant, rebuilt from the stored revisions, so a plan can be
// recomputed as it was given (audits, complaints). Every publication leaves a PUBLISH revision with
// the entry's whole content (the knowledge import's BASELINE stands in for publications made before
// revisions were kept); unpublishing, trashing and purging leave theirs, and restoring from the trash
// makes an entry live again as it was last published.
import { DataSource } from 'typeorm';
import { UserInputError } from '../../core/errors';
import { RuleTopicalRole } from '../../domain/rule-topical-role';
import { CompatibilityRule, ScarType, Topical, Treatment } from '../../entities';
import { ContentEntity } from '../../entities/content-base';
import { ContentType } from '../editorial/content-type';
import { KnowledgeRows, KnowledgeSnapshot, Publisher, assembleSnapshot, publisherLabel, publisherSql } from './knowledge-snapshot';

/** The types a plan's knowledge is made of; products and brands are today's catalog. */
export const KNOWLEDGE_TYPES = [ContentType.TOPICAL, ContentType.SCAR_TYPE, ContentType.TREATMENT, ContentType.COMPATIBILITY_RULE];

const CONTENT_PUBLISHER = publisherSql('content.actor_id');

/** An entry's content as last published, from its revision (in the shape of its input). */
export interface PublishedRevision {
  entityId: string;
  entityType: ContentType;
  version: number;
  snapshot: Record<string, unknown>;
  publishedAt: Date;
  publisher: Publisher;
}

/**
 * The knowledge published at `at` (plans pick from today's catalog). Refuses (BAD_USER_INPUT on `field`) an
 * instant before any knowledge was published, or one in the future.
 */
export async function knowledgeAsOf(dataSource: DataSource, at: Date, field: string): Promise<KnowledgeSnapshot> {
  if (at.getTime() > Date.now()) throw new UserInputError([{ field, message: 'must not be in the future' }]);
  const [{ first }]: { first: Date | null }[] = await dataSource.query(
    `SELECT min(created_at) AS first FROM revision WHERE entity_type = ANY($1) AND action IN ('PUBLISH', 'BASELINE')`,
    [KNOWLEDGE_TYPES],
  );
  if (first === null || at < first) {
    throw new UserInputError([
      { field, message: first ? `no knowledge was published before ${first.toISOString()}` : 'no knowledge has been published yet' },
    ]);
  }
  const rows = await publishedRevisionsAt(dataSource, at);
  return assembleSnapshot(`as of ${at.toISOString()}`, knowledgeRowsFrom(rows));
}

/** Every knowledge entry live at `at`, with its content as last published up to then. */
export function publishedRevisionsAt(dataSource: DataSource, at: Date): Promise<PublishedRevision[]> {
  // For each entry: its last change of state up to `at`, and its last published content up to `at`.
  return dataSource.query(
    `WITH state AS (
       SELECT DISTINCT ON (entity_id) entity_id, action, status FROM revision
       WHERE entity_type = ANY($1) AND created_at <= $2 AND action IN ('PUBLISH', 'BASELINE', 'UNPUBLISH', 'DELETE', 'RESTORE', 'PURGE')
       ORDER BY entity_id, created_at DESC, version DESC),
     content AS (
       SELECT DISTINCT ON (entity_id) entity_id, entity_type, version, snapshot, created_at, actor_id FROM revision
       WHERE entity_type = ANY($1) AND created_at <= $2 AND action IN ('PUBLISH', 'BASELINE')
       ORDER BY entity_id, created_at DESC, version DESC)
     SELECT content.entity_id AS "entityId", content.entity_type AS "entityType", content.version, content.snapshot,
       content.created_at AS "publishedAt", ${CONTENT_PUBLISHER.publisher}
     FROM content JOIN state USING (entity_id) ${CONTENT_PUBLISHER.join}
     WHERE state.action IN ('PUBLISH', 'BASELINE') OR (state.action = 'RESTORE' AND state.status = 'PUBLISHED')`,
    [KNOWLEDGE_TYPES, at],
  );
}

/** Entities as the API returns them, from revision snapshots (which name linked entries by slug). */
export function knowledgeRowsFrom(revisions: PublishedRevision[]): KnowledgeRows {
  const ofType = (type: ContentType) => revisions.filter((r) => r.entityType === type);
  const entity = <E extends ContentEntity>(target: new () => E, revision: PublishedRevision, fields: object): E =>
    Object.assign(new target(), { id: revision.entityId, version: revision.version, publishedAt: revision.publishedAt }, fields);

  const scarTypeRevisions = ofType(ContentType.SCAR_TYPE);
  const scarTypeIds = new Map(scarTypeRevisions.map((r) => [r.snapshot.slug as string, r.entityId]));
  const topicalRevisions = ofType(ContentType.TOPICAL);
  const topicalIds = new Map(topicalRevisions.map((r) => [r.snapshot.slug as string, r.entityId]));
  const idsOf = (ids: Map<string, string>, slugs: unknown) => (slugs as string[]).flatMap((slug) => (ids.has(slug) ? [ids.get(slug)!] : []));

  const topicals = topicalRevisions.map((r) => {
    const { helpsScarTypes: _links, ...fields } = r.snapshot;
    return entity(Topical, r, fields);
  });
  const rules = ofType(ContentType.COMPATIBILITY_RULE).map((r) => {
    const { subjects: _s, pairA: _a, pairB: _b, citations: _c, ...fields } = r.snapshot;
    return entity(CompatibilityRule, r, fields);
  });
  const roles: [RuleTopicalRole, string][] = [
    [RuleTopicalRole.SUBJECT, 'subjects'],
    [RuleTopicalRole.PAIR_A, 'pairA'],
    [RuleTopicalRole.PAIR_B, 'pairB'],
  ];
  return {
    topicals,
    scarTypes: scarTypeRevisions.map((r) => entity(ScarType, r, r.snapshot)),
    helps: topicalRevisions.flatMap((r) =>
      idsOf(scarTypeIds, r.snapshot.helpsScarTypes).map((scarTypeId) => ({ topicalId: r.entityId, scarTypeId })),
    ),
    rules,
    ruleTopicals: ofType(ContentType.COMPATIBILITY_RULE).flatMap((r) =>
      roles.flatMap(([role, field]) => idsOf(topicalIds, r.snapshot[field]).map((topicalId) => ({ ruleId: r.entityId, topicalId, role }))),
    ),
    treatments: ofType(ContentType.TREATMENT).map((r) => {
      const { scarTypes: _links, ...fields } = r.snapshot;
      return entity(Treatment, r, fields);
    }),
    ruleProvenance: new Map(
      ofType(ContentType.COMPATIBILITY_RULE).map((r) => [
        r.entityId,
        { code: r.snapshot.code as string, version: r.version, publishedAt: r.publishedAt, reviewedBy: publisherLabel(r.publisher) },
      ]),
    ),
  };
}
