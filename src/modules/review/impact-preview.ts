// The impact preview: the representative regimens of impact-scenarios.ts computed by the pure
// engine twice, with the published knowledge and with one entry's pending draft in place of its
// published version (or added, for an entry never published), and what differs. Both knowledge
// bases are assembled in memory from the published revisions (knowledge-as-of.ts) for each
// request: the draft is written nowhere, and nothing of it is kept after the answer.
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { recommendRegimen, RegimenPlan, RegimenRequest } from '../../engine';
import { withPrimaryReads } from '../../observability/request-scope';
import { CONTENT_DESCRIPTORS } from '../editorial/content-types';
import { ContentType } from '../editorial/content-type';
import { entryState, EntryState, loadEntry } from '../editorial/entries';
import { KNOWLEDGE_TYPES, knowledgeRowsFrom, PublishedRevision, publishedRevisionsAt } from '../regimen/knowledge-as-of';
import { assembleSnapshot, KnowledgeSnapshot } from '../regimen/knowledge-snapshot';
import { IMPACT_PLAN_DAYS, IMPACT_SCENARIOS, ImpactScenarioDefinition } from './impact-scenarios';
import { ImpactDifference, ImpactDifferenceKind, ImpactHold, ImpactPlanSummary, ImpactWarning } from './review.types';

export interface ImpactPreviewResult {
  entry: EntryState;
  affectsPlans: boolean;
  computedAt: Date;
  scenarios: { code: string; title: string; published: ImpactPlanSummary; draft: ImpactPlanSummary; differences: ImpactDifference[] }[];
}

export async function previewImpact(dataSource: DataSource, type: ContentType, id: string): Promise<ImpactPreviewResult> {
  const d = CONTENT_DESCRIPTORS[type];
  // The primary: a replica behind it could pair a fresh draft with older published revisions.
  const { entry, revisions } = await withPrimaryReads(async () => {
    const manager = dataSource.manager;
    const state = await entryState(manager, d, await loadEntry(manager, d, id));
    return { entry: state, revisions: await publishedRevisionsAt(dataSource, new Date()) };
  });
  const affectsPlans = KNOWLEDGE_TYPES.includes(type);
  const drafted: PublishedRevision = {
    entityId: id,
    entityType: type,
    version: entry.entity.version,
    snapshot: entry.draft,
    publishedAt: new Date(),
    publisher: null,
  };
  const withDraft = affectsPlans ? [...revisions.filter((r) => r.entityId !== id), drafted] : revisions;
  const published = assembleSnapshot('published', knowledgeRowsFrom(revisions));
  const draft = assembleSnapshot(`published with the draft of ${entry.key}`, knowledgeRowsFrom(withDraft));

  // Today's morning session, planned around noon UTC: the plan is the same whenever today it is asked for.
  const today = DateTime.utc().startOf('day');
  const now = today.plus({ hours: 12 });
  const scenarios = IMPACT_SCENARIOS.flatMap((scenario) => {
    const before = plan(published, scenario, today, now);
    const after = plan(draft, scenario, today, now);
    // A scenario whose treatment one side lacks (a treatment draft renaming it) cannot be compared.
    if (!before || !after) return [];
    return [{ code: scenario.code, title: scenario.title, published: before, draft: after, differences: differences(before, after) }];
  });
  return { entry, affectsPlans, computedAt: now.toJSDate(), scenarios };
}

function plan(snapshot: KnowledgeSnapshot, scenario: ImpactScenarioDefinition, today: DateTime, now: DateTime): ImpactPlanSummary | null {
  const treatment = snapshot.treatmentsBySlug.get(scenario.treatment);
  if (!treatment) return null;
  const performedAt = today.plus({ days: scenario.session === 'PLANNED' ? 7 : 0, hours: 9 }).toISO()!;
  const session = {
    treatmentId: treatment.id,
    device: treatment.device,
    needleDepthMm: scenario.needleDepthMm,
    performedAt,
    deviceDepthRangeMm: { min: treatment.needleDepthMinMm, max: treatment.needleDepthMaxMm },
  };
  const request: RegimenRequest = {
    lastSession: scenario.session === 'PAST' ? session : null,
    nextSession: scenario.session === 'PLANNED' ? session : null,
    scarTypeIds: [],
    fitzpatrickType: scenario.fitzpatrickType,
    conditions: [],
    conditionPeriods: [],
    medications: [],
    age: null,
    fillerOrNeurotoxinOn: null,
    scarSeverity: null,
    treatmentArea: null,
    currentTopicalIds: scenario.currentTopicals.flatMap((slug) => snapshot.topicalIdsBySlug.get(slug) ?? []),
    currentProductIds: [],
    startDate: today.toISODate()!,
    days: IMPACT_PLAN_DAYS,
    timeZone: 'UTC',
    productFilter: { maxPriceCents: null, currency: null, inStockOnly: false, brandSlugs: [], excludeProductIds: [] },
    now: now.toISO()!,
  };
  return summarise(recommendRegimen(snapshot.knowledgeBase, request), snapshot);
}

function summarise(result: RegimenPlan, snapshot: KnowledgeSnapshot): ImpactPlanSummary {
  const slug = (topicalId: string) => snapshot.topicals.get(topicalId)!.slug;
  return {
    eligibility: result.eligibility,
    holds: result.holds.map((h) => ({
      topical: slug(h.topicalId),
      from: h.from,
      until: h.until,
      reason: h.reason,
      rule: snapshot.rules.get(h.ruleId)!.code,
    })),
    warnings: result.warnings.map((w) => ({ code: w.code, severity: w.severity, message: w.message })),
    days: result.days.map((day) => ({ date: day.date, am: day.am.map((s) => slug(s.topicalId)), pm: day.pm.map((s) => slug(s.topicalId)) })),
  };
}

/** What the draft changes in one scenario: eligibility, holds (by topical and rule), warnings (by code), then each day's steps. */
export function differences(published: ImpactPlanSummary, draft: ImpactPlanSummary): ImpactDifference[] {
  const found: ImpactDifference[] = [];
  if (published.eligibility !== draft.eligibility) {
    found.push({
      kind: ImpactDifferenceKind.ELIGIBILITY_CHANGED,
      subject: 'eligibility',
      published: published.eligibility,
      draft: draft.eligibility,
    });
  }
  const holdKey = (h: ImpactHold) => `${h.topical} (${h.rule})`;
  found.push(
    ...compare(published.holds, draft.holds, holdKey, holdText, [
      ImpactDifferenceKind.HOLD_ADDED,
      ImpactDifferenceKind.HOLD_REMOVED,
      ImpactDifferenceKind.HOLD_CHANGED,
    ]),
  );
  const warningText = (w: ImpactWarning) => `${w.severity}: ${w.message}`;
  found.push(
    ...compare(published.warnings, draft.warnings, (w) => w.code, warningText, [
      ImpactDifferenceKind.WARNING_ADDED,
      ImpactDifferenceKind.WARNING_REMOVED,
      ImpactDifferenceKind.WARNING_CHANGED,
    ]),
  );
  const publishedDays = new Map(published.days.map((day) => [day.date, day]));
  for (const day of draft.days) {
    const before = publishedDays.get(day.date);
    for (const slot of ['am', 'pm'] as const) {
      const was = before ? stepsText(before[slot]) : null;
      const now = stepsText(day[slot]);
      if (was !== now)
        found.push({ kind: ImpactDifferenceKind.STEPS_CHANGED, subject: `${day.date} ${slot.toUpperCase()}`, published: was, draft: now });
    }
  }
  return found;
}

/** Items matched by key (several with one key are compared together), as added, removed or changed. */
function compare<T>(
  published: T[],
  draft: T[],
  key: (item: T) => string,
  text: (item: T) => string,
  [added, removed, changed]: [ImpactDifferenceKind, ImpactDifferenceKind, ImpactDifferenceKind],
): ImpactDifference[] {
  const texts = (items: T[]) => {
    const byKey = new Map<string, string[]>();
    for (const item of items) byKey.set(key(item), [...(byKey.get(key(item)) ?? []), text(item)]);
    return new Map([...byKey].map(([k, values]) => [k, values.join('; ')]));
  };
  const before = texts(published);
  const after = texts(draft);
  const found: ImpactDifference[] = [];
  for (const [subject, now] of after) {
    const was = before.get(subject);
    if (was === undefined) found.push({ kind: added, subject, published: null, draft: now });
    else if (was !== now) found.push({ kind: changed, subject, published: was, draft: now });
  }
  for (const [subject, was] of before) {
    if (!after.has(subject)) found.push({ kind: removed, subject, published: was, draft: null });
  }
  return found;
}

/** A hold's span as a reviewer reads it: "2026-12-07 09:00 → 2026-12-10 09:00" (UTC), open ends named. */
function holdText(hold: ImpactHold): string {
  const at = (iso: string | null, open: string) => (iso ? iso.slice(0, 16).replace('T', ' ') : open);
  return `${at(hold.from, 'plan start')} → ${at(hold.until, 'plan end')}`;
}

function stepsText(steps: string[]): string {
  return steps.length > 0 ? steps.join(', ') : '(none)';
}
