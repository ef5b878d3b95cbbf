// Caching of storefront answers, three layers (README, "Caching"):
//
// 1. HTTP: an anonymous query whose every field is cacheable (the @cacheControl hints, see
//    src/graphql/cache-control.ts) gets `Cache-Control: max-age=60, public`, so CDNs and browsers
//    may keep it; everything else keeps `no-store`: signed-in staff and partner requests (their
//    answers depend on who asks: drafts, budgets), mutations, errors, regimens.
// 2. A response cache for those same anonymous queries (Apollo's response-cache plugin), in Redis
//    with REDIS_URL (shared by every instance) or in memory, keyed by the query, its variables and
//    the content revision, so any content commit invalidates every cached answer (ContentRevision).
//    Staff and partner requests are never read from it nor written to it.
// 3. Automatic persisted queries: the query's hash instead of its text (in Redis too, when set).
import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache, KeyValueCache } from '@apollo/utils.keyvaluecache';
import { GraphQLSchema, printSchema } from 'graphql';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config';
import { operationCachePolicy } from '../graphql/cache-control';
import { GraphQLContext } from '../graphql/context';
import { Logger } from '../logger';
import { Metrics } from '../observability/metrics';
import { ContentRevision } from './content-revision';
import { CountingKeyValueCache, RedisKeyValueCache } from './key-value-caches';

/**
 * A shared cache may reuse an answer only for requests alike in these: the caller's credentials
 * (staff and partners get their own answers), Accept (Apollo picks the content type by it) and
 * Origin (the CORS headers name the origin allowed; this header replaces the one src/cors.ts set).
 */
const VARY = 'accept, authorization, x-api-key, origin';

/** What the editorial service offers: a callback after each committed change (awaited before it answers). */
export interface ContentChanges {
  onContentChanged(listener: () => Promise<void>): () => void;
}

export interface Caching {
  /** Apollo's `persistedQueries` option. */
  persistedQueries: { cache: KeyValueCache<string>; ttl: number };
  /** Cache policy and headers, the response cache (when enabled), and the lifecycle of both. */
  plugins: ApolloServerPlugin<GraphQLContext>[];
  revision: ContentRevision;
}

export function createCaching(deps: {
  config: AppConfig;
  dataSource: DataSource;
  schema: GraphQLSchema;
  metrics: Metrics;
  logger: Logger;
  content: ContentChanges;
}): Caching {
  const { config, metrics, logger } = deps;
  const redisUrl = config.limits.redisUrl;
  let redis: Redis | null = null;
  if (redisUrl) {
    // As for the cost budgets: no offline queue, so calls fail at once (a miss) while Redis is away.
    redis = new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 });
    let healthy = true;
    redis.on('error', (error: Error) => {
      if (healthy) logger.warn({ err: error.message }, 'Redis unreachable: no response cache and no shared persisted queries until it is back');
      healthy = false;
    });
    redis.on('ready', () => {
      if (!healthy) logger.info({}, 'Redis reachable again: response cache and persisted queries shared again');
      healthy = true;
    });
  }
  const store = (name: string, memoryBytes: number): KeyValueCache<string> =>
    new CountingKeyValueCache(
      redis ? new RedisKeyValueCache(redis, `${config.limits.redisKeyPrefix}${name}:`) : new InMemoryLRUCache<string>({ maxSize: memoryBytes }),
      name,
      metrics,
    );

  const revision = new ContentRevision(deps.dataSource, config.cache.revisionPollMs, logger);

  const enabled = config.cache.responseCacheEnabled;
  const lifecycle: ApolloServerPlugin<GraphQLContext> = {
    async serverWillStart() {
      // Without the response cache nothing is keyed by the revision: no poll.
      if (enabled) await revision.start();
      const unsubscribe = enabled ? deps.content.onContentChanged(() => revision.refresh()) : () => undefined;
      return {
        async serverWillStop() {
          unsubscribe();
          revision.stop();
          if (redis?.status === 'ready') await redis.quit().catch(() => redis.disconnect());
          else redis?.disconnect();
        },
      };
    },
  };

  const plugins = [lifecycle, cachePolicyPlugin()];
  if (enabled) {
    // Answers of another schema (an older or newer release sharing the Redis) are never served.
    const schemaVersion = createHash('sha256').update(printSchema(deps.schema)).digest('hex').slice(0, 16);
    // The revision each anonymous request was keyed by (read once, before the operation runs).
    const revisions = new WeakMap<GraphQLContext, string | null>();
    const cacheable = ({ contextValue }: GraphQLRequestContext<GraphQLContext>) =>
      contextValue.viewer.kind === 'anonymous' && revisions.get(contextValue) != null;
    plugins.push(
      responseCachePlugin<GraphQLContext>({
        cache: store('response-cache', config.cache.responseCacheMemoryBytes),
        async extraCacheKeyData({ contextValue }) {
          if (contextValue.viewer.kind !== 'anonymous') return null;
          const current = revision.current();
          revisions.set(contextValue, current);
          return { revision: current, schema: schemaVersion };
        },
        shouldReadFromCache: async (requestContext) => cacheable(requestContext),
        // Only PUBLIC answers (the plugin itself skips errors, mutations and uncacheable policies).
        shouldWriteToCache: async (requestContext) =>
          cacheable(requestContext) && requestContext.overallCachePolicy.policyIfCacheable()?.scope === 'PUBLIC',
      }),
    );
  }

  return {
    persistedQueries: { cache: store('persisted-queries', 16 * 1024 * 1024), ttl: config.cache.persistedQueryTtlSeconds },
    plugins,
    revision,
  };
}

/**
 * Sets each operation's cache policy from the schema's hints (once per document) and, for
 * anonymous queries answered without errors, the `Cache-Control` header that lets shared caches
 * keep them. Every other response keeps the `no-store` the route sets first.
 */
export function cachePolicyPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, overallCachePolicy }) {
          if (!operation) return;
          const policy = operationCachePolicy(schema, document, operation);
          overallCachePolicy.restrict({ maxAge: policy.maxAge, scope: policy.scope });
        },
        async willSendResponse({ response, contextValue, operation, overallCachePolicy }) {
          if (response.body.kind !== 'single' || response.body.singleResult.errors?.length) return;
          if (contextValue?.viewer?.kind !== 'anonymous' || operation?.operation !== 'query') return;
          const policy = overallCachePolicy.policyIfCacheable();
          if (!policy) return;
          response.http.headers.set('cache-control', `max-age=${policy.maxAge}, ${policy.scope.toLowerCase()}`);
          const vary = response.http.headers.get('vary');
          response.http.headers.set('vary', vary ? `${vary}, ${VARY}` : VARY);
        },
      };
    },
  };
}
