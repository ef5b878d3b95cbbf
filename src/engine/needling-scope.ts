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

/** Rules that only apply to darker skin types do not apply when the type is unknown. */
export function fitzpatrickApplies(minFitzpatrick: number | null, fitzpatrickType: number | null): boolean {
  return minFitzpatrick === null || (fitzpatrickType !== null && fitzpatrickType >= minFitzpatrick);
}
