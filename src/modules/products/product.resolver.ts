import { Args, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Brand, Product, ProductIngredient, Topical } from '../../entities';
import { GraphQLContext } from '../../graphql/context';
import { InheritsCacheAge, StorefrontCacheable } from '../../graphql/cache-control';
import { ConnectionType, Page } from '../../graphql/pagination';
import { SlugArgs } from '../catalog/catalog.resolver';
import { ProductsArgs } from './product.inputs';

@ObjectType()
@InheritsCacheAge()
export class ProductConnection extends ConnectionType(Product, 'Product') {}

@Resolver(() => Product)
export class ProductResolver {
  @Query(() => ProductConnection, { description: 'Published products, filtered and sorted, a page at a time.' })
  @StorefrontCacheable()
  products(@Args() args: ProductsArgs, @Ctx() ctx: GraphQLContext): Promise<Page<Product>> {
    return ctx.services.products.products(ctx, args);
  }

  @Query(() => Product, { nullable: true, description: 'A product by slug; null when unknown.' })
  product(@Args() { slug }: SlugArgs, @Ctx() ctx: GraphQLContext): Promise<Product | null> {
    return ctx.services.products.productBySlug(ctx, slug);
  }

  @FieldResolver(() => Brand)
  async brand(@Root() product: Product, @Ctx() ctx: GraphQLContext): Promise<Brand> {
    const brand = await ctx.loaders.brandById.load(product.brandId);
    // Products of hidden brands are filtered out of lists; this guards direct lookups.
    if (!brand) throw new Error(`brand ${product.brandId} of product ${product.id} is not visible`);
    return brand;
  }

  @FieldResolver(() => [ProductIngredient], { description: 'Its topicals, with concentrations where known.' })
  ingredients(@Root() product: Product, @Ctx() ctx: GraphQLContext): Promise<ProductIngredient[]> {
    return ctx.loaders.ingredientsByProductId.load(product.id);
  }
}

@Resolver(() => ProductIngredient)
export class ProductIngredientResolver {
  @FieldResolver(() => Topical)
  topical(@Root() ingredient: ProductIngredient): Topical {
    // Loaded together with the ingredient rows (one statement per page).
    return ingredient.topical!;
  }
}
