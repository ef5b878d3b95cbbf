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
