import { TopicalCategory } from '../domain/enums';
import { TopicalFact } from './facts';
import { KnowledgeBase } from './knowledge-base';
import { RegimenContext } from './regimen-context';
import { TopicalHolds } from './topical-holds';

/**
 * Scar helpers worth suggesting: conservative, so at most one per category, none in a category the
 * person already covers, none held for the whole plan, and never a retinoid the person does not use.
 */
export function chooseScarHelpers(
  kb: KnowledgeBase,
  context: RegimenContext,
  holds: TopicalHolds,
): { topicals: TopicalFact[]; retinoidLeftOut: boolean } {
  const scarTypeIds = new Set(context.request.scarTypeIds);
  const coveredCategories = new Set(context.currentTopicals.map((topical) => topical.category));
  const topicals: TopicalFact[] = [];
  let retinoidLeftOut = false;
  for (const topical of kb.topicals) {
    if (!topical.helpsScarTypeIds.some((id) => scarTypeIds.has(id)) || coveredCategories.has(topical.category)) continue;
    if (topical.category === TopicalCategory.RETINOID) {
      retinoidLeftOut = true;
      continue;
    }
    const heldThroughout = holds.windowsOf(topical.id).some((window) => window.fromMs === null && window.untilMs === null);
    if (heldThroughout) continue;
    topicals.push(topical);
    coveredCategories.add(topical.category);
  }
  return { topicals, retinoidLeftOut };
}
