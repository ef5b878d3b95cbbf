// Conflicts between the topicals of a daily routine, reported once per rule and pair.
import { ConflictScope, Slot, TopicalCategory } from '../domain/enums';
import { MisplacedTopicalResult, RoutineItemFact, TopicalConflictResult, TopicalFact } from './facts';
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
  // A product whose own ingredients conflict cannot follow the rule's management (split them, alternate them): it is the cause.
  for (const conflict of found.values()) {
    const product = items.find(
      (item) =>
        item.productId !== null &&
        [conflict.aTopicalId, conflict.bTopicalId].every((id) => kb.productsById.get(item.productId!)!.topicalIds.includes(id)),
    );
    conflict.productId = product?.productId ?? null;
  }
  return sortConflicts(kb, found);
}

/**
 * Items used at a time of day their topical is not allowed (retinol in the morning, where light
 * breaks retinoids down; sunscreen only at night), one per topical and slot, in item order.
 */
export function misplacedInRoutine(kb: KnowledgeBase, items: readonly RoutineItemFact[]): MisplacedTopicalResult[] {
  const found = new Map<string, MisplacedTopicalResult>();
  for (const item of items) {
    for (const topicalId of topicalsOfItem(kb, item)) {
      const topical = kb.topicalsById.get(topicalId)!;
      const key = `${topicalId}\u0000${item.slot}`;
      if (!topical.allowedSlots.includes(item.slot) && !found.has(key)) {
        found.set(key, {
          topicalId,
          productId: item.productId,
          slot: item.slot,
          allowedSlots: topical.allowedSlots,
          reason: misplacedReason(topical),
        });
      }
    }
  }
  return [...found.values()];
}

/** Conflicts among topicals that may meet in any slot, e.g. a person's current routine. */
export function conflictsAmong(kb: KnowledgeBase, topicalIds: Iterable<string>): TopicalConflictResult[] {
  const found = new Map<string, TopicalConflictResult>();
  collectConflicts(kb, new Set(topicalIds), [ConflictScope.SAME_SLOT, ConflictScope.SAME_DAY], found);
  return sortConflicts(kb, found);
}

/** Why a topical keeps to its time of day, in words a person reads. */
function misplacedReason(topical: TopicalFact): string {
  const when = topical.allowedSlots.includes(Slot.AM) ? 'morning' : 'evening';
  const why: Partial<Record<TopicalCategory, string>> = {
    [TopicalCategory.RETINOID]: 'light breaks retinoids down, and they make skin more sensitive to the sun',
    [TopicalCategory.SUNSCREEN]: 'sunscreen only protects in daylight',
    [TopicalCategory.EXFOLIATING_ACID]: 'acids make skin more sensitive to the sun',
  };
  const because = why[topical.category];
  return `${topical.name} belongs in the ${when} routine${because ? `: ${because}` : ''}.`;
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
          productId: null,
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
