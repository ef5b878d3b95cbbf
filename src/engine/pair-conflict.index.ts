// Constant-time lookup of the pair-conflict rules between two topicals, in either order.
import { RuleKind } from '../domain/enums';
import { FrozenMap } from './immutable';
import { RuleOfKind } from './rule-compiler';

export type PairConflictRule = RuleOfKind<RuleKind.PAIR_CONFLICT>;

export interface PairConflict {
  readonly rule: PairConflictRule;
  /** The topical on the rule's PAIR_A side, so reports keep the order editors wrote. */
  readonly aTopicalId: string;
  readonly bTopicalId: string;
}

const NONE: readonly PairConflict[] = Object.freeze([]);

export class PairConflictIndex {
  readonly #byTopical: ReadonlyMap<string, ReadonlyMap<string, readonly PairConflict[]>>;

  constructor(rules: readonly PairConflictRule[]) {
    const byTopical = new Map<string, Map<string, PairConflict[]>>();
    const add = (from: string, to: string, conflict: PairConflict) => {
      const byOther = byTopical.get(from) ?? new Map<string, PairConflict[]>();
      byTopical.set(from, byOther);
      byOther.set(to, [...(byOther.get(to) ?? []), conflict]);
    };
    for (const rule of rules) {
      for (const aTopicalId of rule.pairATopicalIds) {
        for (const bTopicalId of rule.pairBTopicalIds) {
          const conflict = Object.freeze({ rule, aTopicalId, bTopicalId });
          add(aTopicalId, bTopicalId, conflict);
          add(bTopicalId, aTopicalId, conflict);
        }
      }
    }
    this.#byTopical = new FrozenMap(
      [...byTopical].map(([id, byOther]) => [
        id,
        new FrozenMap([...byOther].map(([other, conflicts]) => [other, Object.freeze(conflicts)] as const)),
      ]),
    );
    Object.freeze(this);
  }

  /** Rules joining the two topicals, ordered by rule code. */
  between(topicalId: string, otherTopicalId: string): readonly PairConflict[] {
    return this.#byTopical.get(topicalId)?.get(otherTopicalId) ?? NONE;
  }
}
