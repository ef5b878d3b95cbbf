import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { GraphQLContext } from '../../graphql/context';
import { CheckRoutineArgs, RecommendRegimenArgs } from './regimen.inputs';
import { COST_PLAN_DAYS, Regimen, RoutineReview, TopicalConflict } from './regimen.types';

/** Query-cost points for running the engine once, before what the result selects. */
const REGIMEN_BASE_COST = 25;

@Resolver()
export class RegimenResolver {
  @Query(() => Regimen, {
    complexity: ({ args, childComplexity }) => {
      const input = (args as { input?: { days?: unknown } }).input;
      const days = typeof input?.days === 'number' ? input.days : COST_PLAN_DAYS;
      return REGIMEN_BASE_COST + childComplexity * Math.max(1, Math.ceil(days / COST_PLAN_DAYS));
    },
    description:
      'A day-by-day AM/PM home-care plan around a recent and/or planned needling session: holds, conflicts and ' +
      'warnings each name the rule (and its citations) behind them.',
  })
  recommendRegimen(@Args() { input, asOf }: RecommendRegimenArgs, @Ctx() ctx: GraphQLContext): Promise<Regimen> {
    return ctx.services.regimen.recommendRegimen(ctx, input, asOf ? new Date(asOf) : null);
  }

  @Query(() => [TopicalConflict], {
    description: 'Conflicts between the topicals of a daily routine.',
    deprecationReason: 'Use reviewRoutine, which also flags topicals used at the wrong time of day.',
    complexity: ({ childComplexity }) => REGIMEN_BASE_COST + 10 * childComplexity,
  })
  checkRoutine(@Args() { input }: CheckRoutineArgs, @Ctx() ctx: GraphQLContext): Promise<TopicalConflict[]> {
    return ctx.services.regimen.checkRoutine(ctx, input);
  }

  @Query(() => RoutineReview, {
    description:
      'What is wrong with a daily routine: pairs that conflict (naming a product whose own ingredients conflict) and ' +
      'topicals used at a time of day they are not meant for.',
    complexity: ({ childComplexity }) => REGIMEN_BASE_COST + 10 * childComplexity,
  })
  reviewRoutine(@Args() { input }: CheckRoutineArgs, @Ctx() ctx: GraphQLContext): Promise<RoutineReview> {
    return ctx.services.regimen.reviewRoutine(ctx, input);
  }
}
