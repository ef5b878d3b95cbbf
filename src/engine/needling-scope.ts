import { NeedlingScope, SessionFact } from './facts';

/** A session as rule scopes see it (see PlannedSession). */
export interface ScopedSession {
  readonly fact: Pick<SessionFact, 'device'>;
  readonly planningDepthMm: number;
}

/** Depth bounds follow the tier table: above is exclusive, up-to inclusive; a session is matched at its planning depth. */
export function scopeMatches(scope: NeedlingScope, session: ScopedSession): boolean {
  const depth = session.planningDepthMm;
  return (
    (scope.devices.length === 0 || scope.devices.includes(session.fact.device)) &&
    (scope.depthAboveMm === null || depth > scope.depthAboveMm) &&
    (scope.depthUpToMm === null || depth <= scope.depthUpToMm)
  );
}

/** Rules for darker skin types apply to them, and when the type is unknown: the cautious case. */
export function fitzpatrickApplies(minFitzpatrick: number | null, fitzpatrickType: number | null): boolean {
  return minFitzpatrick === null || fitzpatrickType === null || fitzpatrickType >= minFitzpatrick;
}
