import { Viewer } from '../auth/viewer';
import { Loaders } from '../loaders';
import { Services } from '../modules/services';

/** What every service method receives first: who asks, and this request's loaders. */
export interface RequestContext {
  requestId: string;
  viewer: Viewer;
  /** The caller's IP address (behind TRUST_PROXY_HOPS proxies: from X-Forwarded-For); for throttling. */
  clientAddress: string;
  loaders: Loaders;
}

export interface GraphQLContext extends RequestContext {
  services: Services;
  /** Calls `release` once the HTTP response is written or its connection closed. */
  afterResponse(release: () => void): void;
}
