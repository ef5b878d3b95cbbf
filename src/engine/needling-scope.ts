import { NeedlingScope, SessionFact } from './facts';

/** Depth bounds follow the tier table: above is exclusive, up-to inclusive. */
export function scopeMatches(scope: NeedlingScope, session: Pick<SessionFact, 'device' | 'needleDepthMm'>): boolean {
  const depth = session.needleDepthMm;
  return (
    (scope.devices.length === 0 || scope.devices.includes(session.device)) &&
    (scope.depthAboveMm === null || depth > scope.depthAboveMm) &&
    (scope.depthUpToMm === null || depth <= scope.depthUpToMm)
  );
}

/** Rules for darker skin types apply to them, and when the type is unknown: the cautious case. */
export function fitzpatrickApplies(minFitzpatrick: number | null, fitzpatrickType: number | null): boolean {
  return minFitzpatrick === null || fitzpatrickType === null || fitzpatrickType >= minFitzpatrick;
}
