// Shared orderings: output must be deterministic and independent of the server's locale.
import { Severity } from '../domain/enums';

const SEVERITY_STRENGTH: readonly Severity[] = [Severity.INFO, Severity.LOW, Severity.MODERATE, Severity.HIGH];

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Most severe first. */
export function bySeverityDescending(a: Severity, b: Severity): number {
  return SEVERITY_STRENGTH.indexOf(b) - SEVERITY_STRENGTH.indexOf(a);
}
