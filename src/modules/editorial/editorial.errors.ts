import { DomainError } from '../../core/errors';

/** The edit was based on an older version; nothing was changed. */
export class VersionConflictError extends DomainError {
  readonly code = 'CONFLICT';
  constructor(
    readonly what: string,
    readonly currentVersion: number,
    readonly expectedVersion: number,
  ) {
    super(`The ${what} was changed by someone else: it is at version ${currentVersion}, your edit is based on version ${expectedVersion}`);
  }
  extensions(): Record<string, unknown> {
    return { currentVersion: this.currentVersion };
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(what: string, id: string) {
    super(`No ${what} with id ${id}`);
  }
}

/** Deleting the entry would leave others pointing at nothing. */
export class EntryInUseError extends DomainError {
  readonly code = 'ENTRY_IN_USE';
  constructor(
    what: string,
    readonly references: { what: string; keys: string[] }[],
  ) {
    super(`The ${what} is still used by ${references.map((r) => `${r.what} ${r.keys.join(', ')}`).join('; ')}`);
  }
  extensions(): Record<string, unknown> {
    return { references: this.references };
  }
}

/** The entry is not in a state that allows the operation (e.g. publishing one's own rule edit). */
export class EditorialRuleError extends DomainError {
  readonly code = 'FAILED_PRECONDITION';
}

/** The change alters what regimen plans say, and the actor's role cannot sign it off. */
export class SignOffRequiredError extends EditorialRuleError {
  constructor(change: string) {
    super(`${change} changes what plans say and needs a reviewer's sign-off (REVIEWER or ADMIN)`);
  }
}
