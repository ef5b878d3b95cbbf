// V8 settings for a long-running server, applied before the application loads (main.ts imports this
// first); a flag the node command line sets itself is left as given.
//
// No allocation-site pretenuring: V8 allocates a site's objects straight into the old generation
// once most of them survived a young-generation collection. Under concurrent load most of a
// request's objects are still in use when that collection comes, so the sites of request-scoped
// objects got pretenured, and from then on every request filled the old generation with garbage
// that only a full collection frees. In the benchmark's order (16 connections, then one) that was a
// full collection every 2-3 s with 10-20 ms pauses, and regimen's p99 at one connection halved
// without it (see the README's benchmark section).
import v8 from 'node:v8';

if (!process.execArgv.some((arg) => /allocation[-_]site[-_]pretenuring$/.test(arg))) {
  v8.setFlagsFromString('--no-allocation-site-pretenuring');
}
