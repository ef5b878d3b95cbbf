// Conflicts between the topicals of a daily routine, reported once per rule and pair.
import { ConflictScope, Slot } from '../domain/enums';
import { RoutineItemFact, TopicalConflictResult, TopicalFact } from './facts';
import { KnowledgeBase } from './knowledge-base';
import { bySeverityDescending, compareText } from './ordering';

export function checkRoutine(kb: KnowledgeBase, items: readonly RoutineItemFact[]): TopicalConflictResult[] {
  const bySlot = new Map<Slot, Set<string>>();
  for (const item of items) {
    const inSlot = bySlot.get(item.slot) ?? new Set<string>();
    bySlot.set(item.slot, inSlot);
    for (const topicalId of topicalsOfItem(kb, item)) inSlot.add(topicalId);
  }
  const found = new Map<string, TopicalConflictResult>();
  for (const inSlot of bySlot.values()) collectConflicts(kb, inSlot, [ConflictScope.SAME_SLOT], found);
  // The routine is daily, so same-day rules apply across all of its slots.
  const wholeDay = new Set([...bySlot.values()].flatMap((inSlot) => [...inSlot]));
  collectConflicts(kb, wholeDay, [ConflictScope.SAME_DAY], found);
  return sortConflicts(kb, found);
}

/** Conflicts among topicals that may meet in any slot, e.g. a person's current routine. */
export function conflictsAmong(kb: KnowledgeBase, topicalIds: Iterable<string>): TopicalConflictResult[] {
  const found = new Map<string, TopicalConflictResult>();
  collectConflicts(kb, new Set(topicalIds), [ConflictScope.SAME_SLOT, ConflictScope.SAME_DAY], found);
  return sortConflicts(kb, found);
}

function topicalsOfItem(kb: KnowledgeBase, item: RoutineItemFact): string[] {
  if (item.topicalId === null && item.productId === null) throw new Error('A routine item needs a topicalId or a productId');
  const topicalIds: string[] = [];
  if (item.topicalId !== null) {
    if (!kb.topicalsById.has(item.topicalId)) throw new Error(`Unknown topical id ${JSON.stringify(item.topicalId)}`);
    topicalIds.push(item.topicalId);
  }
  if (item.productId !== null) {
    const product = kb.productsById.get(item.productId);
    if (!product) throw new Error(`Unknown product id ${JSON.stringify(item.productId)}`);
    topicalIds.push(...product.topicalIds);
  }
  return topicalIds;
}

function collectConflicts(
  kb: KnowledgeBase,
  topicalIds: ReadonlySet<string>,
  scopes: readonly ConflictScope[],
  found: Map<string, TopicalConflictResult>,
): void {
  const ids = [...topicalIds];
  ids.forEach((topicalId, index) => {
    for (const otherId of ids.slice(index + 1)) {
      for (const { rule, aTopicalId, bTopicalId } of kb.pairConflicts.between(topicalId, otherId)) {
        const { scope, management } = rule.parameters;
        if (!scopes.includes(scope)) continue;
        found.set(`${rule.id}\u0000${aTopicalId}\u0000${bTopicalId}`, {
          aTopicalId,
          bTopicalId,
          severity: rule.severity,
          management,
          scope,
          ruleId: rule.id,
        });
      }
    }
  });
}

/** Most severe first; then by topical slugs and rule id so that output never depends on input order. */
function sortConflicts(kb: KnowledgeBase, found: ReadonlyMap<string, TopicalConflictResult>): TopicalConflictResult[] {
  const slug = (id: string) => (kb.topicalsById.get(id) as TopicalFact).slug;
  return [...found.values()].sort(
    (a, b) =>
      bySeverityDescending(a.severity, b.severity) ||
      compareText(slug(a.aTopicalId), slug(b.aTopicalId)) ||
      compareText(slug(a.bTopicalId), slug(b.bTopicalId)) ||
      compareText(a.ruleId, b.ruleId),
  );
}
