import { PartnerScope } from './partner-scopes';
import { Role } from './roles';

/** A partner app calling with one of its keys: published content only, within its scopes. */
export interface PartnerViewer {
  kind: 'partner';
  appId: string;
  /** The public key id (the part after `dpk_`), for logs. */
  keyId: string;
  scopes: readonly PartnerScope[];
  /** The app's own limits; null: the PARTNER_* defaults. */
  maxQueryCost: number | null;
  costBudget: number | null;
  canPreviewDrafts: false;
}

/** Who is asking: an anonymous storefront caller, a partner app or a signed-in staff user. */
export type Viewer =
  | { kind: 'anonymous'; canPreviewDrafts: false }
  | PartnerViewer
  | { kind: 'user'; userId: string; email: string; role: Role; canPreviewDrafts: true };

export const ANONYMOUS_VIEWER: Viewer = Object.freeze({ kind: 'anonymous', canPreviewDrafts: false });

/** SQL condition restricting `alias` to the entries this viewer may see. */
export function visibleTo(viewer: Pick<Viewer, 'canPreviewDrafts'>, alias: string): string {
  const notDeleted = `${alias}.deleted_at IS NULL`;
  return viewer.canPreviewDrafts ? notDeleted : `${alias}.status = 'PUBLISHED' AND ${notDeleted}`;
}
