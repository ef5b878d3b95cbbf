import type { RequestContext } from '../core/request-context';
import type { Services } from '../modules/services';

/** The context every resolver gets: the request context that services take, and the services. */
export interface GraphQLContext extends RequestContext {
  services: Services;
}
