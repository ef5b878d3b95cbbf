// Who may change what storefronts and plans see of an entry. Published clinical knowledge (a type
// whose descriptor says `signOff`) changes what plans say, so taking it out of force or putting it
// back needs the same reviewer's sign-off as publishing it; anything else needs editing rights.
import { ForbiddenError } from '../../core/errors';
import { Permission, roleGrants } from '../../core/roles';
import { Actor } from './actor';
import { ContentDescriptor } from './content-types/content-descriptor';
import { SignOffRequiredError } from './editorial.errors';

/**
 * Refuses `change` (worded for the error, e.g. "Trashing a published topical") unless `actor` may
 * make it: a reviewer's sign-off (APPROVE_RULES) when it alters live content of a sign-off type,
 * editing rights (EDIT_CONTENT) otherwise.
 */
export function assertMayChange(actor: Actor, d: ContentDescriptor, change: string, altersLiveContent: boolean): void {
  if (d.signOff && altersLiveContent) {
    if (!roleGrants(actor.role, Permission.APPROVE_RULES)) throw new SignOffRequiredError(change);
  } else if (!roleGrants(actor.role, Permission.EDIT_CONTENT)) {
    throw new ForbiddenError();
  }
}
