/** Staff roles. Anonymous callers have none and can call no mutation. */
export enum Role {
  /** Creates and edits content and rules; publishes and trashes content that needs no sign-off. */
  EDITOR = 'EDITOR',
  /** Signs off changes to what plans say: publishes, unpublishes, trashes and restores clinical knowledge (medical sign-off). */
  REVIEWER = 'REVIEWER',
  /** Everything, plus users, partner apps and webhooks. */
  ADMIN = 'ADMIN',
}

/** What an operation requires; resolvers declare permissions, never roles. */
export enum Permission {
  /** Read drafts, revisions and trash. */
  PREVIEW = 'PREVIEW',
  /**
   * Create and update any content (a published entry's edits wait as a pending draft); publish,
   * unpublish, trash and restore content that needs no sign-off, and drafts never published.
   */
  EDIT_CONTENT = 'EDIT_CONTENT',
  /**
   * Sign off what changes plans: publish or unpublish, and trash or restore published, entries of
   * the types that need it (`signOff` on their descriptor); never one's own last edit.
   */
  APPROVE_RULES = 'APPROVE_RULES',
  /** Delete permanently. */
  PURGE = 'PURGE',
  /** Users, partner apps, webhooks, the audit log. */
  ADMINISTER = 'ADMINISTER',
}

const GRANTS: Record<Role, readonly Permission[]> = {
  [Role.EDITOR]: [Permission.PREVIEW, Permission.EDIT_CONTENT],
  [Role.REVIEWER]: [Permission.PREVIEW, Permission.APPROVE_RULES],
  [Role.ADMIN]: Object.values(Permission),
};

export function roleGrants(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}
