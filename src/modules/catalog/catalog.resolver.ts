import { ArgsType, Args, Ctx, Field, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Brand, ScarType, Topical, Treatment } from '../../entities';
import { GraphQLContext } from '../../graphql/context';
import { IsSlug } from '../slug';
import { SeoMeta, seoOf } from './seo';

@ArgsType()
export class SlugArgs {
  @Field()
  @IsSlug()
  slug!: string;
}

@Resolver(() => Treatment)
export class TreatmentResolver {
  @Query(() => [Treatment], { description: 'Published microneedling treatments.' })
  treatments(@Ctx() ctx: GraphQLContext): Promise<Treatment[]> {
    return ctx.services.catalog.treatments(ctx);
  }

  @Query(() => Treatment, { nullable: true, description: 'A treatment by slug; null when unknown.' })
  treatment(@Args() { slug }: SlugArgs, @Ctx() ctx: GraphQLContext): Promise<Treatment | null> {
    return ctx.services.catalog.treatmentBySlug(ctx, slug);
  }

  @FieldResolver(() => SeoMeta, { description: "Its page's meta title and description." })
  seo(@Root() treatment: Treatment): SeoMeta {
    return seoOf(treatment, treatment.name, treatment.summary);
  }

  @FieldResolver(() => [ScarType], { description: 'Scar types this treatment suits.' })
  scarTypes(@Root() treatment: Treatment, @Ctx() ctx: GraphQLContext): Promise<ScarType[]> {
    return ctx.loaders.scarTypesByTreatmentId.load(treatment.id);
  }
}

@Resolver(() => ScarType)
export class ScarTypeResolver {
  @Query(() => [ScarType], { description: 'Published scar types.' })
  scarTypes(@Ctx() ctx: GraphQLContext): Promise<ScarType[]> {
    return ctx.services.catalog.scarTypes(ctx);
  }

  @Query(() => ScarType, { nullable: true, description: 'A scar type by slug; null when unknown.' })
  scarType(@Args() { slug }: SlugArgs, @Ctx() ctx: GraphQLContext): Promise<ScarType | null> {
    return ctx.services.catalog.scarTypeBySlug(ctx, slug);
  }
}

@Resolver(() => Topical)
export class TopicalResolver {
  @Query(() => [Topical], { description: 'Published topicals (active ingredient classes).' })
  topicals(@Ctx() ctx: GraphQLContext): Promise<Topical[]> {
    return ctx.services.catalog.topicals(ctx);
  }

  @Query(() => Topical, { nullable: true, description: 'A topical by slug; null when unknown.' })
  topical(@Args() { slug }: SlugArgs, @Ctx() ctx: GraphQLContext): Promise<Topical | null> {
    return ctx.services.catalog.topicalBySlug(ctx, slug);
  }

  @FieldResolver(() => [ScarType], { description: 'Scar types this topical helps with.' })
  helpsScarTypes(@Root() topical: Topical, @Ctx() ctx: GraphQLContext): Promise<ScarType[]> {
    return ctx.loaders.scarTypesByTopicalId.load(topical.id);
  }
}

@Resolver(() => Brand)
export class BrandResolver {
  @Query(() => [Brand], { description: 'Published brands.' })
  brands(@Ctx() ctx: GraphQLContext): Promise<Brand[]> {
    return ctx.services.catalog.brands(ctx);
  }

  @Query(() => Brand, { nullable: true, description: 'A brand by slug; null when unknown.' })
  brand(@Args() { slug }: SlugArgs, @Ctx() ctx: GraphQLContext): Promise<Brand | null> {
    return ctx.services.catalog.brandBySlug(ctx, slug);
  }
}
