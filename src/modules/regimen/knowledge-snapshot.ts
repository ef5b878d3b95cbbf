import { DataSource } from 'typeorm';
import { Role } from '../../core/roles';
import { ANONYMOUS_VIEWER, visibleTo } from '../../core/viewer';
import { RuleTopicalRole } from '../../domain/rule-topical-role';
import { buildKnowledgeBase, compileRules, KnowledgeBase, RuleFact } from '../../engine';
import { CompatibilityRule, RuleTopical, ScarType, Topical, TopicalScarType, Treatment } from '../../entities';
import { compareText } from '../../engine';
import { withPrimaryReads } from '../../observability/request-scope';
import { KNOWLEDGE_IMPORT_ACTOR } from '../editorial/actor';
import { ContentType } from '../editorial/content-type';
import { RuleProvenance } from './regimen.types';

/** The published knowledge the engine works on, with the entities the API returns; no products (plans read theirs, product-candidates.ts). */
export interface KnowledgeSnapshot {
  revision: string;
  knowledgeBase: KnowledgeBase;
  topicals: ReadonlyMap<string, Topical>;
  topicalIdsBySlug: ReadonlyMap<string, string>;
  rules: ReadonlyMap<string, CompatibilityRule>;
  /** By rule id: the published version of each rule, for plans' provenance. */
  ruleProvenance: ReadonlyMap<string, RuleProvenance>;
  treatmentsBySlug: ReadonlyMap<string, Treatment>;
  scarTypeIdsBySlug: ReadonlyMap<string, string>;
}

const published = (alias: string) => visibleTo(ANONYMOUS_VIEWER, alias);

/** Who published a rule's version, by role only: plans go to anonymous callers and partners alike. */
const PUBLISHER_LABELS: Record<Role | 'KNOWLEDGE_IMPORT', string> = {
  [Role.REVIEWER]: 'a Dermaplan medical reviewer',
  [Role.ADMIN]: 'a Dermaplan administrator',
  [Role.EDITOR]: 'a Dermaplan editor',
  // Shipped knowledge, reviewed in the repository before release, published on an empty database.
  KNOWLEDGE_IMPORT: 'the Dermaplan knowledge release',
};
/** A version published by an account that no longer exists. */
const FORMER_STAFF_LABEL = 'Dermaplan staff';

/** Who published a revision: a staff role, or the knowledge import; null for an account that no longer exists. */
export type Publisher = Role | 'KNOWLEDGE_IMPORT' | null;

/**
 * SQL naming who published the revision whose actor is in `actorColumn`: `publisher` goes in the
 * select list, `join` after the FROM item holding that column.
 */
export function publisherSql(actorColumn: string): { publisher: string; join: string } {
  return {
    publisher: `CASE WHEN ${actorColumn} = '${KNOWLEDGE_IMPORT_ACTOR.id}' THEN 'KNOWLEDGE_IMPORT' ELSE staff.role END AS publisher`,
    join: `LEFT JOIN staff_user staff ON staff.id = ${actorColumn}`,
  };
}

const RULE_PUBLISHER = publisherSql('revision.actor_id');

/** Who published a version, as plans name them. */
export function publisherLabel(publisher: Publisher): string {
  return publisher ? PUBLISHER_LABELS[publisher] : FORMER_STAFF_LABEL;
}

/** A rule's latest publication (or its baseline, for knowledge published before imports kept revisions). */
interface RuleRevisionRow {
  ruleId: string;
  version: number;
  createdAt: Date;
  publisher: Publisher;
}

/** The snapshot to plan with, and the article and catalog revisions read in the same statement. */
export interface CurrentKnowledge {
  snapshot: KnowledgeSnapshot;
  /** Moves on every write to articles and their tags (the knowledge revision does not). */
  articleRevision: string;
  /** Moves on every write to products, their ingredients and brands. */
  catalogRevision: string;
}

/**
 * Keeps one in-memory snapshot of the published rules. Every call costs one cheap statement (the
 * revision counters that database triggers bump on any write to those tables, not to products,
 * ingredients or brands: they are not the rules' knowledge), so
 * edits made through any instance are seen by the next request; a rebuild is shared by the
 * requests that arrive while it runs.
 *
 * With read replicas, both the revision check (a raw query) and the rebuild read the primary: a
 * replica lagging behind would otherwise let a snapshot be built from older rows than the
 * revision it is labelled with, and it would stay stale until the next edit. The cost is one
 * primary-key lookup on the primary per regimen request, and a rebuild there after each edit.
 */
export class KnowledgeSnapshotProvider {
  private latest: { revision: string; snapshot: Promise<KnowledgeSnapshot> } | null = null;

  constructor(private readonly dataSource: DataSource) {}

  async current(): Promise<CurrentKnowledge> {
    // Raw queries always go to the primary.
    const [{ revision, articleRevision, catalogRevision }]: { revision: string; articleRevision: string; catalogRevision: string }[] =
      await this.dataSource.query(
        `SELECT knowledge.revision::text AS revision, article.revision::text AS "articleRevision", catalog.revision::text AS "catalogRevision"
         FROM knowledge_revision knowledge, article_revision article, catalog_revision catalog
         WHERE knowledge.id = 1 AND article.id = 1 AND catalog.id = 1`,
      );
    if (this.latest?.revision !== revision) {
      const building = { revision, snapshot: withPrimaryReads(() => this.build(revision)) };
      this.latest = building;
      // A failed build is not cached: the next request tries again.
      building.snapshot.catch(() => {
        if (this.latest === building) this.latest = null;
      });
    }
    return { snapshot: await this.latest.snapshot, articleRevision, catalogRevision };
  }

  private async build(revision: string): Promise<KnowledgeSnapshot> {
    const manager = this.dataSource.manager;
    const [topicals, scarTypes, helps, rules, ruleTopicals, treatments, ruleRevisions] = await Promise.all([
      manager.createQueryBuilder(Topical, 'topical').where(published('topical')).getMany(),
      manager.createQueryBuilder(ScarType, 'scar').where(published('scar')).getMany(),
      manager.getRepository(TopicalScarType).find(),
      manager.createQueryBuilder(CompatibilityRule, 'rule').where(published('rule')).getMany(),
      manager.getRepository(RuleTopical).find({ order: { position: 'ASC' } }),
      manager.createQueryBuilder(Treatment, 'treatment').where(published('treatment')).getMany(),
      manager.query<RuleRevisionRow[]>(
        `SELECT DISTINCT ON (revision.entity_id) revision.entity_id AS "ruleId", revision.version, revision.created_at AS "createdAt",
           ${RULE_PUBLISHER.publisher}
         FROM revision ${RULE_PUBLISHER.join}
         WHERE revision.entity_type = $1 AND revision.action IN ('PUBLISH', 'BASELINE')
         ORDER BY revision.entity_id, revision.created_at DESC`,
        [ContentType.COMPATIBILITY_RULE],
      ),
    ]);
    return assembleSnapshot(revision, {
      topicals,
      scarTypes,
      helps,
      rules,
      ruleTopicals,
      treatments,
      ruleProvenance: ruleProvenance(rules, ruleRevisions),
    });
  }
}

/** The published knowledge, as rows: from the tables (now), or from the revisions (as of an instant, see knowledge-as-of.ts). */
export interface KnowledgeRows {
  topicals: Topical[];
  scarTypes: ScarType[];
  helps: Pick<TopicalScarType, 'topicalId' | 'scarTypeId'>[];
  rules: CompatibilityRule[];
  /** In position order. */
  ruleTopicals: Pick<RuleTopical, 'ruleId' | 'topicalId' | 'role'>[];
  treatments: Treatment[];
  ruleProvenance: Map<string, RuleProvenance>;
}

/** The engine's knowledge base from the rows, with the entities the API returns. */
export function assembleSnapshot(revision: string, knowledge: KnowledgeRows): KnowledgeSnapshot {
  const { scarTypes, helps, rules, ruleTopicals, treatments } = knowledge;
  // Name order is the engine's order of preference where a rule offers a choice.
  const topicals = [...knowledge.topicals].sort((a, b) => compareText(a.name, b.name));
  const topicalsById = new Map(topicals.map((t) => [t.id, t]));
  const scarTypesById = new Map(scarTypes.map((s) => [s.id, s]));

  const helpsByTopical = groupBy(
    helps.filter((l) => topicalsById.has(l.topicalId) && scarTypesById.has(l.scarTypeId)),
    (l) => l.topicalId,
  );
  const linksByRule = groupBy(
    ruleTopicals.filter((l) => topicalsById.has(l.topicalId)),
    (l) => l.ruleId,
  );
  const ruleFacts: RuleFact[] = rules.map((rule) => {
    const links = linksByRule.get(rule.id) ?? [];
    const inRole = (role: RuleTopicalRole) => links.filter((l) => l.role === role).map((l) => l.topicalId);
    return {
      id: rule.id,
      code: rule.code,
      kind: rule.kind,
      severity: rule.severity,
      title: rule.title,
      rationale: rule.rationale,
      management: rule.management,
      subjectTopicalIds: inRole(RuleTopicalRole.SUBJECT),
      pairATopicalIds: inRole(RuleTopicalRole.PAIR_A),
      pairBTopicalIds: inRole(RuleTopicalRole.PAIR_B),
      parameters: rule.parameters,
    };
  });

  const knowledgeBase = buildKnowledgeBase({
    rules: compileRules(ruleFacts, new Set(topicalsById.keys())),
    topicals: topicals.map((t) => ({
      id: t.id,
      slug: t.slug,
      name: t.name,
      category: t.category,
      allowedSlots: t.allowedSlots,
      helpsScarTypeIds: (helpsByTopical.get(t.id) ?? []).map((l) => l.scarTypeId),
    })),
    scarTypes: scarTypes.map((s) => ({ id: s.id, slug: s.slug, category: s.category })),
  });

  return {
    revision,
    knowledgeBase,
    topicals: topicalsById,
    topicalIdsBySlug: new Map(topicals.map((t) => [t.slug, t.id])),
    rules: new Map(rules.map((r) => [r.id, r])),
    ruleProvenance: knowledge.ruleProvenance,
    treatmentsBySlug: new Map(treatments.map((t) => [t.slug, t])),
    scarTypeIdsBySlug: new Map(scarTypes.map((s) => [s.slug, s.id])),
  };
}

/**
 * A rule's latest publication names the version plans use: a pending draft, or trashing and
 * restoring, moves the version column but not what plans say. Every published rule has one (the
 * knowledge import records a baseline for rules published before revisions were kept).
 */
function ruleProvenance(rules: CompatibilityRule[], revisions: RuleRevisionRow[]): Map<string, RuleProvenance> {
  const revisionsByRule = new Map(revisions.map((r) => [r.ruleId, r]));
  return new Map(
    rules.map((rule) => {
      const revision = revisionsByRule.get(rule.id);
      const provenance: RuleProvenance = {
        code: rule.code,
        version: revision?.version ?? rule.version,
        publishedAt: revision?.createdAt ?? rule.publishedAt ?? rule.createdAt,
        reviewedBy: publisherLabel(revision?.publisher ?? null),
      };
      return [rule.id, provenance];
    }),
  );
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
