import http from 'node:http';
import type { Express } from 'express';

type NodeConstructor = (this: object, ...args: unknown[]) => void;

/**
 * An HTTP server for `app` whose requests and responses are built with Express's prototypes from
 * the start. Express otherwise swaps the prototype of every request and response it handles
 * (`Object.setPrototypeOf` in `app.handle`), which gives both objects new hidden classes in V8, and
 * that kept finished requests alive through young-generation collections until the next full
 * collection (see the README's benchmark section). Setting the prototype an object already has
 * changes nothing.
 */
export function createExpressHttpServer(app: Express): http.Server {
  // Plain constructors whose `prototype` is Express's, running Node's own constructors on `this`
  // (they are plain functions, not classes). Reflect.construct with these as new.target would
  // also work, but V8 then derives a new hidden class per object again.
  function ExpressRequest(this: object, ...args: unknown[]) {
    (http.IncomingMessage as unknown as NodeConstructor).apply(this, args);
  }
  ExpressRequest.prototype = app.request;
  function ExpressResponse(this: object, ...args: unknown[]) {
    (http.ServerResponse as unknown as NodeConstructor).apply(this, args);
  }
  ExpressResponse.prototype = app.response;
  return http.createServer(
    {
      IncomingMessage: ExpressRequest as unknown as typeof http.IncomingMessage,
      ServerResponse: ExpressResponse as unknown as typeof http.ServerResponse,
    },
    app,
  );
}

/**
 * Runs callbacks once `res` has closed (at once if it has), and lets go of `res` then: Apollo keeps a
 * request's context reachable for a while after the request (see releaseAnswersOnceWritten), and a
 * context holding the response kept the whole request with it.
 */
export function onceClosed(res: http.ServerResponse): (callback: () => void) => void {
  // A client may have gone while the context was being made: 'close' has then been emitted already.
  let open: http.ServerResponse | null = res.closed ? null : res;
  open?.once('close', () => (open = null));
  return (callback) => (open ? void open.once('close', callback) : callback());
}
