// How the review queue words the API's values for reviewers.
import type { ContentType, ImpactDifferenceKind } from '../../gql/graphql';

export const TYPE_LABELS: Record<ContentType, string> = {
  TREATMENT: 'Treatment',
  SCAR_TYPE: 'Scar type',
  TOPICAL: 'Topical',
  BRAND: 'Brand',
  PRODUCT: 'Product',
  ARTICLE: 'Article',
  CITATION: 'Citation',
  COMPATIBILITY_RULE: 'Compatibility rule',
};

export const DIFFERENCE_LABELS: Record<ImpactDifferenceKind, string> = {
  ELIGIBILITY_CHANGED: 'Eligibility changes',
  HOLD_ADDED: 'New hold',
  HOLD_REMOVED: 'Hold removed',
  HOLD_CHANGED: 'Hold changes',
  WARNING_ADDED: 'New warning',
  WARNING_REMOVED: 'Warning removed',
  WARNING_CHANGED: 'Warning changes',
  STEPS_CHANGED: 'Routine changes',
};

/** The API's refusal of a sign-off, said as a reviewer would say it. */
export function signOffRefusalInWords(message: string, code: unknown): string {
  if (/signed off by a reviewer other than its last editor/.test(message)) {
    return 'You made the last change to this entry, so you cannot sign it off yourself: another reviewer has to.';
  }
  if (/needs a reviewer's sign-off/.test(message)) {
    return 'Only a reviewer or an administrator can sign off clinical knowledge. Ask a reviewer to open this entry in the review queue.';
  }
  if (code === 'CONFLICT') return 'Someone changed this entry after you opened it. Reload the queue and review the latest version.';
  return message;
}

export function formatWhen(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}
