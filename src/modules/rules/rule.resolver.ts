import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { RuleTopicalRole } from '../../domain/rule-topical-role';
import { Citation, CompatibilityRule, Topical } from '../../entities';
import { CacheControl } from '../../graphql/cache-control';
import { GraphQLContext } from '../../graphql/context';
import { RuleKindParameters, RuleKindParametersView, toRuleKindParametersView } from './rule-kind-parameters.types';
import { toRuleParametersView } from './rule-parameters.view';
import { CompatibilityRulesArgs } from './rule.inputs';
import { RuleParametersView, RuleTopicalView } from './rule.types';

@Resolver(() => CompatibilityRule)
export class CompatibilityRuleResolver {
  @Query(() => [CompatibilityRule], { description: 'Published compatibility rules, by kind and code.' })
  compatibilityRules(@Args() { filter }: CompatibilityRulesArgs, @Ctx() ctx: GraphQLContext): Promise<CompatibilityRule[]> {
    return ctx.services.rules.compatibilityRules(ctx, filter);
  }

  @FieldResolver(() => [Citation], { description: 'Sources, in the order editors gave them.' })
  citations(@Root() rule: CompatibilityRule, @Ctx() ctx: GraphQLContext): Promise<Citation[]> {
    return ctx.loaders.citationsByRuleId.load(rule.id);
  }

  @FieldResolver(() => [RuleTopicalView], { description: 'Every topical the rule involves, with its role.' })
  async topicals(@Root() rule: CompatibilityRule, @Ctx() ctx: GraphQLContext): Promise<RuleTopicalView[]> {
    const links = await ctx.loaders.ruleTopicalsByRuleId.load(rule.id);
    return links.map((link) => ({ role: link.role, topical: link.topical! }));
  }

  @FieldResolver(() => [Topical], { description: 'Topicals the rule holds or requires.' })
  subjects(@Root() rule: CompatibilityRule, @Ctx() ctx: GraphQLContext): Promise<Topical[]> {
    return this.topicalsInRole(rule, ctx, RuleTopicalRole.SUBJECT);
  }

  @FieldResolver(() => [Topical], { description: 'PAIR_CONFLICT: one side of the pair.' })
  pairA(@Root() rule: CompatibilityRule, @Ctx() ctx: GraphQLContext): Promise<Topical[]> {
    return this.topicalsInRole(rule, ctx, RuleTopicalRole.PAIR_A);
  }

  @FieldResolver(() => [Topical], { description: 'PAIR_CONFLICT: the other side of the pair.' })
  pairB(@Root() rule: CompatibilityRule, @Ctx() ctx: GraphQLContext): Promise<Topical[]> {
    return this.topicalsInRole(rule, ctx, RuleTopicalRole.PAIR_B);
  }

  @FieldResolver(() => RuleKindParameters, {
    description: "The kind's parameters under the names they are written with (CompatibilityRuleInput.parameters); see docs/api/rule-kinds.md.",
  })
  // A union has no hint of its own: the parameters are as cacheable as the rule (their types have their own hints).
  @CacheControl({ inheritMaxAge: true })
  kindParameters(@Root() rule: CompatibilityRule): RuleKindParametersView {
    return toRuleKindParametersView(rule.kind, rule.parameters);
  }

  @FieldResolver(() => RuleParametersView, { deprecationReason: 'Use `kindParameters` (the names parameters are written with).' })
  parameters(@Root() rule: CompatibilityRule): RuleParametersView {
    return toRuleParametersView(rule.kind, rule.parameters);
  }

  private async topicalsInRole(rule: CompatibilityRule, ctx: GraphQLContext, role: RuleTopicalRole): Promise<Topical[]> {
    const links = await ctx.loaders.ruleTopicalsByRuleId.load(rule.id);
    return links.filter((link) => link.role === role).map((link) => link.topical!);
  }
}
