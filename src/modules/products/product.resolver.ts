import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Brand, Product, ProductIngredient, Topical } from '../../entities';
import { prefetchedOr } from '../../db/row-reader';
import { GraphQLContext } from '../../graphql/context';
import { InheritsCacheAge, StorefrontCacheable } from '../../graphql/cache-control';
import { rowSelectionFor, Selection } from '../../graphql/look-ahead';
import { ConnectionType, Page } from '../../graphql/pagination';
import { Loaders } from '../../loaders';
import { SlugArgs } from '../catalog/catalog.resolver';
import { SeoMeta, seoOf } from '../catalog/seo';
import { Money, moneyOf } from './money';
import { ProductsArgs } from './product.inputs';

@ObjectType({ simpleResolvers: true })
@InheritsCacheAge()
export class ProductConnection extends ConnectionType(Product, 'Product') {}

/** The product columns and relations a query selects (relations come in the product's own statement). */
const rowSelection = (selection: Selection, loaders: Loaders) =>
  rowSelectionFor(
    selection,
    {
      brand: (brand: Selection) => loaders.prefetchProductBrand(brand.names),
      ingredients: (ingredients: Selection) => loaders.ingredientsByProductId.prefetch(ingredients.below('topical').names),
      prescriptionOnly: () => loaders.prescriptionOnlyByProductId.prefetch(),
    },
    // What the price and the SEO fields are made of, whatever the query shows.
    ['brandId', 'priceCents', 'currency', ...(selection.names.has('seo') ? SEO_COLUMNS : [])],
  );

const SEO_COLUMNS = ['metaTitle', 'metaDescription', 'name', 'description'];

@Resolver(() => Product)
export class ProductResolver {
  @Query(() => ProductConnection, { description: 'Published products, filtered and sorted, a page at a time.' })
  @StorefrontCacheable()
  products(@Args() args: ProductsArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo): Promise<Page<Product>> {
    return ctx.services.products.products(ctx, args, rowSelection(Selection.ofNodes(info), ctx.loaders));
  }

  @Query(() => Product, { nullable: true, description: 'A product by slug; null when unknown.' })
  product(@Args() { slug }: SlugArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo): Promise<Product | null> {
    return ctx.services.products.productBySlug(ctx, slug, rowSelection(Selection.ofField(info), ctx.loaders));
  }

  @FieldResolver(() => Brand)
  brand(@Root() product: Product, @Ctx() ctx: GraphQLContext): Brand | Promise<Brand> {
    // Products of hidden brands are filtered out of lists; this guards direct lookups.
    const visible = (brand: Brand | null): Brand => {
      if (!brand) throw new Error(`brand ${product.brandId} of product ${product.id} is not visible`);
      return brand;
    };
    // A prefetched brand is answered at once: a page with no pending promise completes synchronously.
    const brand = prefetchedOr(product, 'brand', () => ctx.loaders.brandById.load(product.brandId));
    return brand instanceof Promise ? brand.then(visible) : visible(brand);
  }

  @FieldResolver(() => Money, { description: 'Its price, in the minor unit of its currency.' })
  price(@Root() product: Product): Money {
    return moneyOf(product.priceCents, product.currency);
  }

  @FieldResolver(() => SeoMeta, { description: "Its page's meta title and description." })
  seo(@Root() product: Product): SeoMeta {
    return seoOf(product, product.name, product.description);
  }

  @FieldResolver(() => [ProductIngredient], { description: 'Its topicals, with concentrations where known.' })
  ingredients(@Root() product: Product, @Ctx() ctx: GraphQLContext): ProductIngredient[] | Promise<ProductIngredient[]> {
    return prefetchedOr(product, 'ingredients', () => ctx.loaders.ingredientsByProductId.load(product.id));
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether it contains a prescription-only topical (counting topicals not yet published too), so that it may be sold only against a prescription.',
  })
  prescriptionOnly(@Root() product: Product, @Ctx() ctx: GraphQLContext): boolean | Promise<boolean> {
    // Lists and product pages read it in the product's own statement; products reached otherwise (plans, search) share one per request.
    return prefetchedOr(product, 'prescriptionOnly', () => ctx.loaders.prescriptionOnlyByProductId.load(product.id));
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
