// How categories behave in a routine. Not rule data: these are conventions of routine building.
import { Slot, TopicalCategory } from '../domain/enums';
import { TopicalFact } from './facts';

/**
 * Actives go on once a day, in their usual slot; supportive care goes in every slot it allows.
 * Null: supportive.
 */
const ONCE_DAILY_SLOT: Record<TopicalCategory, Slot | null> = {
  [TopicalCategory.RETINOID]: Slot.PM,
  [TopicalCategory.VITAMIN_C]: Slot.AM,
  [TopicalCategory.EXFOLIATING_ACID]: Slot.PM,
  [TopicalCategory.ANTIBACTERIAL]: Slot.PM,
  [TopicalCategory.BRIGHTENING]: Slot.PM,
  [TopicalCategory.ANTIOXIDANT]: null,
  [TopicalCategory.HUMECTANT]: null,
  [TopicalCategory.PEPTIDE]: null,
  [TopicalCategory.SOOTHING]: null,
  [TopicalCategory.MOISTURISER]: null,
  [TopicalCategory.SUNSCREEN]: null,
};

/** Application order within a slot: thin actives first, sunscreen last. */
const APPLICATION_ORDER: Record<TopicalCategory, number> = {
  [TopicalCategory.VITAMIN_C]: 0,
  [TopicalCategory.EXFOLIATING_ACID]: 1,
  [TopicalCategory.RETINOID]: 2,
  [TopicalCategory.ANTIBACTERIAL]: 3,
  [TopicalCategory.BRIGHTENING]: 4,
  [TopicalCategory.ANTIOXIDANT]: 5,
  [TopicalCategory.HUMECTANT]: 6,
  [TopicalCategory.PEPTIDE]: 7,
  [TopicalCategory.SOOTHING]: 8,
  [TopicalCategory.MOISTURISER]: 9,
  [TopicalCategory.SUNSCREEN]: 10,
};

export function homeSlots(topical: TopicalFact): Slot[] {
  const preferred = ONCE_DAILY_SLOT[topical.category];
  if (preferred === null) return [Slot.AM, Slot.PM].filter((slot) => topical.allowedSlots.includes(slot));
  return [topical.allowedSlots.includes(preferred) ? preferred : topical.allowedSlots[0]];
}

export function applicationOrder(topical: TopicalFact): number {
  return APPLICATION_ORDER[topical.category];
}
