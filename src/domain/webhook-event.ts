/** What happened to an editorial entry; an endpoint subscribes to some of these. */
export enum WebhookEvent {
  ENTRY_PUBLISHED = 'ENTRY_PUBLISHED',
  ENTRY_UNPUBLISHED = 'ENTRY_UNPUBLISHED',
  ENTRY_DELETED = 'ENTRY_DELETED',
  /** A published entry came back from the trash: it is live again. */
  ENTRY_RESTORED = 'ENTRY_RESTORED',
}

/** Where one event's delivery to one endpoint stands. */
export enum WebhookDeliveryStatus {
  /** Not yet acknowledged with a 2xx; due at `nextAttemptAt`. */
  PENDING = 'PENDING',
  /** The endpoint answered 2xx. */
  DELIVERED = 'DELIVERED',
  /** Every allowed attempt failed; only redeliverWebhook sends it again. */
  FAILED = 'FAILED',
}
