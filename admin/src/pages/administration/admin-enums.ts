// The schema's enum values these pages offer (generated types are unions: enumsAsTypes). `satisfies`
// fails the type check when one is misspelt; the server checks every value again.
import type { PartnerKeyStatus, PartnerScope, Role, WebhookDeliveryStatus, WebhookEvent } from '../../gql/graphql';

export const ROLES = ['EDITOR', 'REVIEWER', 'ADMIN'] as const satisfies readonly Role[];
export const PARTNER_SCOPES = ['CATALOG_READ', 'REGIMEN_READ'] as const satisfies readonly PartnerScope[];
export const WEBHOOK_EVENTS = ['ENTRY_PUBLISHED', 'ENTRY_UNPUBLISHED', 'ENTRY_DELETED', 'ENTRY_RESTORED'] as const satisfies readonly WebhookEvent[];
export const DELIVERY_STATUSES = ['PENDING', 'DELIVERED', 'FAILED'] as const satisfies readonly WebhookDeliveryStatus[];
export const KEY_COLOURS: Record<PartnerKeyStatus, string> = { ACTIVE: 'teal', EXPIRED: 'gray', REVOKED: 'red' };
export const DELIVERY_COLOURS: Record<WebhookDeliveryStatus, string> = { DELIVERED: 'teal', FAILED: 'red', PENDING: 'blue' };

/** What administration changes, as the audit log names it (besides the content types). */
export const ADMIN_SUBJECTS = ['USER', 'PARTNER_APP', 'PARTNER_KEY', 'WEBHOOK_ENDPOINT', 'WEBHOOK_DELIVERY'] as const;
