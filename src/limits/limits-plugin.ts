// Per-request cost limit and per-caller cost budgets, checked once the operation is known and
// before anything executes. Anonymous callers are counted per client address, partner apps per app
// (with their own limits, if set), signed-in staff have only a larger per-request maximum.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { LimitsConfig } from '../config';
import { GraphQLContext } from '../graphql/context';
import { QueryTooComplexError, RateLimitedError } from '../core/errors';
import { requestFailure } from '../graphql/errors';
import { Viewer } from '../core/viewer';
import { addressBucket, CostBudgets } from './cost-budgets';
import { queryCost, QueryCostError } from './query-cost';

interface CallerLimits {
  maxQueryCost: number;
  /** Null: no budget (staff). */
  budget: { key: string; points: number } | null;
}

export function callerLimits(limits: LimitsConfig, viewer: Viewer, clientAddress: string): CallerLimits {
  switch (viewer.kind) {
    case 'user':
      return { maxQueryCost: limits.staffMaxQueryCost, budget: null };
    case 'partner':
      return {
        maxQueryCost: viewer.maxQueryCost ?? limits.partner.maxQueryCost,
        budget: { key: `app:${viewer.appId}`, points: viewer.costBudget ?? limits.partner.costBudget },
      };
    default:
      return {
        maxQueryCost: limits.anonymous.maxQueryCost,
        budget: { key: `addr:${addressBucket(clientAddress)}`, points: limits.anonymous.costBudget },
      };
  }
}

export function costLimitsPlugin(limits: LimitsConfig, budgets: CostBudgets): ApolloServerPlugin<GraphQLContext> {
  return {
    async serverWillStart() {
      return {
        async serverWillStop() {
          await budgets.close();
        },
      };
    },
    async requestDidStart() {
      let charged = false;
      return {
        async didResolveOperation({ contextValue, document, operation, request, schema, response }) {
          const caller = callerLimits(limits, contextValue.viewer, contextValue.clientAddress);
          let cost: number;
          try {
            cost = queryCost({
              schema,
              document,
              operationName: request.operationName ?? operation?.name?.value,
              variables: request.variables,
              listSizeEstimate: limits.listSizeEstimate,
            });
          } catch (error) {
            if (error instanceof QueryCostError) throw requestFailure(new QueryTooComplexError(null, caller.maxQueryCost), 400);
            if (error instanceof GraphQLError) {
              // Variables that do not fit their types: the error execution would give, before it runs.
              throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
            }
            throw error;
          }
          response.http.headers.set('x-query-cost', String(cost));
          if (cost > caller.maxQueryCost) throw requestFailure(new QueryTooComplexError(cost, caller.maxQueryCost), 400);
          if (!caller.budget) return;

          charged = true;
          const outcome = await budgets.spend(caller.budget.key, cost, caller.budget.points);
          const headers = {
            'x-ratelimit-limit': String(caller.budget.points),
            'x-ratelimit-remaining': String(outcome.remaining),
            'x-ratelimit-reset': String(outcome.resetSeconds),
          };
          if (!outcome.allowed) {
            const error = new RateLimitedError(outcome.resetSeconds, {
              cost: Math.max(1, cost),
              budget: caller.budget.points,
              windowSeconds: limits.windowSeconds,
            });
            throw requestFailure(error, 429, { ...headers, 'retry-after': String(outcome.resetSeconds) });
          }
          for (const [name, value] of Object.entries(headers)) response.http.headers.set(name, value);
        },
        async didEncounterErrors({ contextValue }) {
          // A request that failed before it was priced (unparsable, invalid, refused) still costs a point.
          if (charged || !contextValue) return;
          charged = true;
          const caller = callerLimits(limits, contextValue.viewer, contextValue.clientAddress);
          if (caller.budget) await budgets.spend(caller.budget.key, 1, caller.budget.points).catch(() => undefined);
        },
      };
    },
  };
}
