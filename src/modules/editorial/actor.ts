import { UnauthenticatedError } from '../../core/errors';
import { RequestContext } from '../../core/request-context';
import { Role } from '../../core/roles';

/** The staff user a change is made for (a request's viewer, or whoever scheduled a publication). */
export interface Actor {
  id: string;
  email: string | null;
  role: Role;
}

export function actorOf(ctx: RequestContext): Actor {
  if (ctx.viewer.kind !== 'user') throw new UnauthenticatedError();
  return { id: ctx.viewer.userId, email: ctx.viewer.email, role: ctx.viewer.role };
}

/**
 * The knowledge import (src/modules/knowledge): changes from the shipped knowledge files, whose
 * review happens in the repository. Not a staff account; nobody can sign in as it.
 */
export const KNOWLEDGE_IMPORT_ACTOR: Actor = Object.freeze({
  id: '00000000-0000-4000-8000-00000000d1a0',
  email: 'knowledge import',
  role: Role.REVIEWER,
});
