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
