import type { Loaders } from '../loaders';
import type { Viewer } from './viewer';

/** What every service method receives first: who asks, and this request's loaders. */
export interface RequestContext {
  requestId: string;
  viewer: Viewer;
  /** The caller's IP address (behind TRUST_PROXY_HOPS proxies: from X-Forwarded-For); for throttling. */
  clientAddress: string;
  loaders: Loaders;
}
