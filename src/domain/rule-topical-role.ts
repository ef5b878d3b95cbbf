/** How a topical takes part in a rule. */
export enum RuleTopicalRole {
  /** The topical the rule holds or requires. */
  SUBJECT = 'SUBJECT',
  /** One side of a pair conflict. */
  PAIR_A = 'PAIR_A',
  /** The other side of a pair conflict. */
  PAIR_B = 'PAIR_B',
}
