/** Staff roles. Anonymous callers have none and can call no mutation. */
export enum Role {
  /** Creates and edits content and rules. */
  EDITOR = 'EDITOR',
  /** Approves compatibility rules for publication (medical sign-off). */
  REVIEWER = 'REVIEWER',
  /** Everything, plus users, partner apps and webhooks. */
  ADMIN = 'ADMIN',
}

/** What an operation requires; resolvers declare permissions, never roles. */
export enum Permission {
  /** Read drafts, revisions and trash. */
  PREVIEW = 'PREVIEW',
  /** Create, update, delete (to trash), restore and publish content other than rules; edit rules. */
  EDIT_CONTENT = 'EDIT_CONTENT',
  /** Publish or unpublish compatibility rules (never one's own last edit). */
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
