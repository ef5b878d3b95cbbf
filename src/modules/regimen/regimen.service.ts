import { LRUCache } from 'lru-cache';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { visibleTo } from '../../core/viewer';
import { Device } from '../../domain/enums';
import {
  BASIC_CARE_ONLY,
  basicCareTopicalIds,
  checkRoutine,
  compareText,
  KnowledgeBase,
  misplacedInRoutine,
  recommendRegimen,
  RegimenPlan,
  RegimenRequest,
  SessionFact,
  TopicalConflictResult,
} from '../../engine';
import { rowReader } from '../../db/row-reader';
import { Article } from '../../entities';
import { LINK_TABLES } from '../../entities/links.entity';
import { RequestContext } from '../../core/request-context';
import { FieldProblem, UserInputError } from '../../core/errors';
import { withPrimaryReads } from '../../observability/request-scope';
import { knowledgeAsOf } from './knowledge-as-of';
import { KnowledgeSnapshot, KnowledgeSnapshotProvider } from './knowledge-snapshot';
import { CandidateRevisions, PlanProducts, ProductCandidateReader } from './product-candidates';
import { NeedlingDevice, NeedlingSessionInput, RegimenInput, RoutineInput } from './regimen.inputs';
import { Regimen, RoutineReview, TopicalConflict } from './regimen.types';

const DEFAULT_DAYS = 14;
const RELATED_ARTICLES = 5;
/** Distinct tag sets whose related articles are kept; plans share few (a session's treatment, scar types, topicals). */
const RELATED_ARTICLE_SETS = 1000;

/** The engine's device for a session's; a stamp, pressed by hand, punctures like a roller of the same length. */
const SESSION_DEVICES: Record<NeedlingDevice, Device> = {
  [NeedlingDevice.ROLLER]: Device.DERMAROLLER,
  [NeedlingDevice.PEN]: Device.DERMAPEN,
  [NeedlingDevice.STAMP]: Device.DERMAROLLER,
  [NeedlingDevice.RF]: Device.RF_MICRONEEDLING,
};

/** Collects every unknown reference of a request so one error names them all. */
class ReferenceResolver {
  readonly problems: FieldProblem[] = [];

  ids(slugs: readonly string[] | null | undefined, index: ReadonlyMap<string, string>, field: string, what: string): string[] {
    return (slugs ?? []).flatMap((slug, position) => {
      const id = index.get(slug);
      if (id === undefined) this.problems.push({ field: `${field}[${position}]`, message: `unknown ${what} "${slug}"` });
      return id === undefined ? [] : [id];
    });
  }

  session(input: NeedlingSessionInput | null | undefined, snapshot: KnowledgeSnapshot, field: string): SessionFact | null {
    if (!input) return null;
    const treatment = snapshot.treatmentsBySlug.get(input.treatment);
    if (!treatment) {
      this.problems.push({ field: `${field}.treatment`, message: `unknown treatment "${input.treatment}"` });
      return null;
    }
    const device = input.device ? SESSION_DEVICES[input.device] : treatment.device;
    return {
      treatmentId: treatment.id,
      device,
      needleDepthMm: input.needleDepthMm,
      performedAt: input.performedAt,
      // The treatment's range describes its own device; another device given for the session has its own.
      deviceDepthRangeMm: device === treatment.device ? { min: treatment.needleDepthMinMm, max: treatment.needleDepthMaxMm } : null,
    };
  }

  throwIfAny(): void {
    if (this.problems.length > 0) throw new UserInputError(this.problems);
  }
}

export class RegimenService {
  /**
   * Related-article rows by who may see drafts and the plan's tags, for one article revision (read
   * with the knowledge revision, in the same statement): any write to an article or its tags, through
   * any instance, moves it, and the next request starts over.
   */
  private relatedRows = { articleRevision: '', byTags: new LRUCache<string, Record<string, unknown>[]>({ max: RELATED_ARTICLE_SETS }) };
  private readonly candidates: ProductCandidateReader;

  constructor(
    private readonly dataSource: DataSource,
    private readonly knowledge: KnowledgeSnapshotProvider,
  ) {
    this.candidates = new ProductCandidateReader(dataSource);
  }

  /** Builds the knowledge snapshot ahead of the first plan (at start-up). */
  async prepare(): Promise<void> {
    await this.knowledge.current();
  }

  /** A plan from the published knowledge; with `asOf`, from the knowledge published then (and today's catalog). */
  async recommendRegimen(ctx: RequestContext, input: RegimenInput, asOf: Date | null = null): Promise<Regimen> {
    const current = await this.knowledge.current();
    const { articleRevision } = current;
    const snapshot = asOf ? await withPrimaryReads(() => knowledgeAsOf(this.dataSource, asOf, 'asOf')) : current.snapshot;
    const filter = input.productFilter ?? {};
    const products = this.candidates.forPlan();
    await this.candidates.named(products, [...(input.currentProducts ?? []), ...(filter.excludeProducts ?? [])], snapshot.knowledgeBase);
    const productIdsBySlug = products.idsBySlug();
    const refs = new ReferenceResolver();
    const lastSession = refs.session(input.lastSession, snapshot, 'input.lastSession');
    const nextSession = refs.session(input.nextSession, snapshot, 'input.nextSession');
    if (lastSession && nextSession && Date.parse(nextSession.performedAt) < Date.parse(lastSession.performedAt)) {
      refs.problems.push({ field: 'input.nextSession.performedAt', message: 'must not be before input.lastSession.performedAt' });
    }
    const request: RegimenRequest = {
      lastSession,
      nextSession,
      scarTypeIds: refs.ids(input.scarTypes, snapshot.scarTypeIdsBySlug, 'input.scarTypes', 'scar type'),
      fitzpatrickType: input.fitzpatrickType ?? null,
      conditions: input.conditions ?? [],
      conditionPeriods: (input.conditionPeriods ?? []).map((period, position) => {
        const since = period.since ?? null;
        const until = period.until ?? null;
        if (since !== null && until !== null && until < since) {
          refs.problems.push({ field: `input.conditionPeriods[${position}].until`, message: 'must not be before since' });
        }
        return { condition: period.condition, since, until };
      }),
      age: input.age ?? null,
      fillerOrNeurotoxinOn: input.fillerOrNeurotoxinOn ?? null,
      scarSeverity: input.scarSeverity ?? null,
      treatmentArea: input.treatmentArea ?? null,
      medications: (input.medications ?? []).map((medication, position) => {
        const stoppedOn = medication.stoppedOn ?? null;
        if (stoppedOn !== null && stoppedOn > DateTime.utc().toISODate()) {
          refs.problems.push({ field: `input.medications[${position}].stoppedOn`, message: 'must not be in the future' });
        }
        return { kind: medication.kind, stoppedOn };
      }),
      currentTopicalIds: refs.ids(input.currentTopicals, snapshot.topicalIdsBySlug, 'input.currentTopicals', 'topical'),
      currentProductIds: refs.ids(input.currentProducts, productIdsBySlug, 'input.currentProducts', 'product'),
      startDate: input.startDate ?? null,
      days: input.days ?? DEFAULT_DAYS,
      timeZone: input.timeZone ?? 'UTC',
      productFilter: {
        maxPriceCents: filter.maxPriceCents ?? null,
        currency: filter.currency ?? null,
        inStockOnly: filter.inStockOnly ?? false,
        // Unknown brands simply match nothing; unknown products to exclude are reported.
        brandSlugs: filter.brands ?? [],
        excludeProductIds: refs.ids(filter.excludeProducts, productIdsBySlug, 'input.productFilter.excludeProducts', 'product'),
      },
      now: DateTime.utc().toISO(),
    };
    refs.throwIfAny();

    const revisions = { catalog: current.catalogRevision, knowledge: current.snapshot.revision };
    this.candidates.fromKept(products, snapshot.knowledgeBase, request.productFilter, revisions);
    const plan = await this.planWithCandidates(snapshot.knowledgeBase, request, products, revisions);
    const relatedArticles = await this.relatedArticles(ctx, articleRevision, plan, request.scarTypeIds, [lastSession, nextSession]);
    return this.present(plan, snapshot, products, relatedArticles, request.now);
  }

  /**
   * The plan, made first with the candidates kept from earlier plans (none at first) to learn which
   * topicals it picks products for (a few milliseconds of the engine, cheaper than reading candidates
   * for every topical), then with the best few products of each it lacked; made again with more candidates for any topical whose picks needed
   * more (a narrow filter, or products whose other ingredients are held), so that it picks what it
   * would from the whole catalog.
   */
  private async planWithCandidates(
    kb: KnowledgeBase,
    request: RegimenRequest,
    products: PlanProducts,
    revisions: CandidateRevisions,
  ): Promise<RegimenPlan> {
    for (;;) {
      const withCandidates = products.knowledgeBase(kb);
      const plan = recommendRegimen(withCandidates, request);
      const short = withCandidates.productCoverage!.short;
      if (short.size === 0) return plan;
      const basicCare = plan.warnings.some((warning) => warning.code === BASIC_CARE_ONLY);
      await this.candidates.more(products, kb, short, request.productFilter, basicCare ? basicCareTopicalIds(kb) : null, revisions);
    }
  }

  async checkRoutine(ctx: RequestContext, input: RoutineInput): Promise<TopicalConflict[]> {
    return (await this.reviewRoutine(ctx, input)).conflicts;
  }

  /** Conflicting pairs in a daily routine (naming a product that conflicts with itself), and topicals at the wrong time of day. */
  async reviewRoutine(_ctx: RequestContext, input: RoutineInput): Promise<RoutineReview> {
    const { snapshot } = await this.knowledge.current();
    const products = this.candidates.forPlan();
    await this.candidates.named(
      products,
      input.items.flatMap((item) => (item.product ? [item.product] : [])),
      snapshot.knowledgeBase,
    );
    const productIdsBySlug = products.idsBySlug();
    const refs = new ReferenceResolver();
    const items = input.items.flatMap((item, position) => {
      const field = `input.items[${position}]`;
      if ((item.topical == null) === (item.product == null)) {
        refs.problems.push({ field, message: 'must name exactly one of topical or product' });
        return [];
      }
      const [topicalId] = refs.ids(item.topical ? [item.topical] : [], snapshot.topicalIdsBySlug, `${field}.topical`, 'topical');
      const [productId] = refs.ids(item.product ? [item.product] : [], productIdsBySlug, `${field}.product`, 'product');
      return [{ slot: item.slot, topicalId: topicalId ?? null, productId: productId ?? null }];
    });
    refs.throwIfAny();
    const kb = products.knowledgeBase(snapshot.knowledgeBase);
    return {
      conflicts: checkRoutine(kb, items).map((conflict) => this.presentConflict(conflict, snapshot, products)),
      misplaced: misplacedInRoutine(kb, items).map((m) => ({
        topical: snapshot.topicals.get(m.topicalId)!,
        product: m.productId ? products.entity(m.productId) : null,
        slot: m.slot,
        allowedSlots: [...m.allowedSlots],
        reason: m.reason,
      })),
    };
  }

  /**
   * Every object is a literal of one fixed shape: spreading an engine result and adding a field
   * (`{ ...a, rule }`) made V8 build a new hidden class for each such object (about 85 per plan),
   * each created on the request's time and kept in the old generation until a full collection.
   */
  private present(plan: RegimenPlan, snapshot: KnowledgeSnapshot, products: PlanProducts, relatedArticles: Article[], computedAt: string): Regimen {
    const topical = (id: string) => snapshot.topicals.get(id)!;
    const rule = (id: string | null) => (id ? snapshot.rules.get(id)! : null);
    return {
      eligibility: plan.eligibility,
      warnings: plan.warnings.map((w) => ({ code: w.code, severity: w.severity, message: w.message, condition: w.condition, rule: rule(w.ruleId) })),
      holds: plan.holds.map((h) => ({ topical: topical(h.topicalId), from: h.from, until: h.until, reason: h.reason, rule: rule(h.ruleId)! })),
      days: plan.days.map((day) => {
        const steps = (slot: typeof day.am) =>
          slot.map((step) => ({
            topical: topical(step.topicalId),
            products: step.productIds.map((id) => products.entity(id)),
            why: step.why,
          }));
        return {
          date: day.date,
          daysSinceSession: day.daysSinceSession,
          am: steps(day.am),
          pm: steps(day.pm),
          avoid: day.avoid.map((a) => ({ activity: a.activity, level: a.level, reason: a.reason, rule: rule(a.ruleId) })),
        };
      }),
      conflicts: plan.conflicts.map((c) => this.presentConflict(c, snapshot, products)),
      relatedArticles,
      provenance: {
        knowledgeRevision: snapshot.revision,
        computedAt,
        rules: plan.citedRuleIds.map((id) => snapshot.ruleProvenance.get(id)!).sort((a, b) => compareText(a.code, b.code)),
      },
    };
  }

  private presentConflict(conflict: TopicalConflictResult, snapshot: KnowledgeSnapshot, products: PlanProducts): TopicalConflict {
    return {
      a: snapshot.topicals.get(conflict.aTopicalId)!,
      b: snapshot.topicals.get(conflict.bTopicalId)!,
      severity: conflict.severity,
      management: conflict.management,
      scope: conflict.scope,
      rule: snapshot.rules.get(conflict.ruleId)!,
      product: conflict.productId ? products.entity(conflict.productId) : null,
    };
  }

  /** Published articles sharing the most tags with the plan: its treatments, scar types and topicals. */
  private async relatedArticles(
    ctx: RequestContext,
    articleRevision: string,
    plan: RegimenPlan,
    scarTypeIds: string[],
    sessions: (SessionFact | null)[],
  ): Promise<Article[]> {
    const treatmentIds = [...new Set(sessions.flatMap((s) => (s ? [s.treatmentId] : [])))].sort();
    const topicalIds = [
      ...new Set([...plan.holds.map((h) => h.topicalId), ...plan.days.flatMap((d) => [...d.am, ...d.pm].map((s) => s.topicalId))]),
    ].sort();
    const articles = rowReader(this.dataSource, Article);
    const memo = this.relatedRowsAt(articleRevision);
    const key = JSON.stringify([ctx.viewer.canPreviewDrafts, treatmentIds, [...new Set(scarTypeIds)].sort(), topicalIds]);
    // Fresh entities per request from the kept rows: nothing a request attaches to them is shared.
    const kept = memo?.get(key);
    if (kept) return kept.map(articles.read);
    // Scores from one pass over the link tables: correlated counts per article took 8 ms at 500 articles.
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `WITH scores AS (
         SELECT article_id, count(*) AS score FROM (
           SELECT article_id FROM ${LINK_TABLES.articleTreatment} WHERE treatment_id = ANY($1)
           UNION ALL SELECT article_id FROM ${LINK_TABLES.articleScarType} WHERE scar_type_id = ANY($2)
           UNION ALL SELECT article_id FROM ${LINK_TABLES.articleTopical} WHERE topical_id = ANY($3)) matches
         GROUP BY article_id)
       SELECT ${articles.select('article')} FROM article article LEFT JOIN scores ON scores.article_id = article.id
       WHERE ${visibleTo(ctx.viewer, 'article')}
       ORDER BY COALESCE(scores.score, 0) DESC, article.published_at DESC, article.id
       LIMIT ${RELATED_ARTICLES}`,
      [treatmentIds, scarTypeIds, topicalIds],
    );
    memo?.set(key, rows);
    return rows.map(articles.read);
  }

  /** The kept rows for this revision; none for a request that read an older one than the kept (it finished late). */
  private relatedRowsAt(articleRevision: string): LRUCache<string, Record<string, unknown>[]> | null {
    const kept = this.relatedRows;
    if (kept.articleRevision === articleRevision) return kept.byTags;
    if (kept.articleRevision !== '' && BigInt(articleRevision) < BigInt(kept.articleRevision)) return null;
    this.relatedRows = { articleRevision, byTags: new LRUCache({ max: RELATED_ARTICLE_SETS }) };
    return this.relatedRows.byTags;
  }
}
