import { Product } from '../../../entities';
import { LINK_TABLES } from '../../../entities/links.entity';
import { ContentType } from '../content-type';
import { ProductInput } from '../editorial.inputs';
import { describeContentType, imageColumns, imageFields, pageColumns, pageFields, replaceLinks } from './content-descriptor';

export const product = describeContentType<ProductInput, Product>({
  type: ContentType.PRODUCT,
  typeName: 'Product',
  entity: Product,
  table: 'product',
  keyColumn: 'slug',
  label: 'product',
  // Products only fill a step with catalog items, and change with stock: they never change the advice.
  signOff: false,
  inputClass: ProductInput,
  async columns({ brand: brandSlug, ingredients: _links, skinTypes, ...columns }, refs) {
    const brandId = await refs.id('brand', 'slug', brandSlug, 'input.brand', 'brand');
    return { ...columns, ...pageColumns(columns), ...imageColumns(columns), skinTypes: [...new Set(skinTypes)], brandId };
  },
  check(input) {
    const seen = new Set<string>();
    return input.ingredients.flatMap((ingredient, index) => {
      if (!seen.has(ingredient.topical)) {
        seen.add(ingredient.topical);
        return [];
      }
      return [{ field: `input.ingredients[${index}].topical`, message: `lists "${ingredient.topical}" twice` }];
    });
  },
  async resolveLinks(input, refs) {
    const topicalIds = await refs.ids(
      'topical',
      'slug',
      input.ingredients.map((i) => i.topical),
      'input.ingredients',
      'topical',
    );
    return (manager, id) =>
      replaceLinks(
        manager,
        LINK_TABLES.productIngredient,
        'product_id',
        id,
        input.ingredients.map((ingredient, index) => ({
          product_id: id,
          topical_id: topicalIds[index],
          concentration_percent: ingredient.concentrationPercent ?? null,
        })),
      );
  },
  async read(manager, entity) {
    const { id, slug, name, brandId, description, priceCents, currency, inStock, skinTypes, imageUrl } = entity;
    const [{ slug: brandSlug }] = await manager.query<{ slug: string }[]>('SELECT slug FROM brand WHERE id = $1', [brandId]);
    const ingredients = await manager.query<{ topical: string; concentrationPercent: number | null }[]>(
      `SELECT t.slug AS topical, l.concentration_percent AS "concentrationPercent" FROM ${LINK_TABLES.productIngredient} l JOIN topical t ON t.id = l.topical_id WHERE l.product_id = $1 ORDER BY t.slug`,
      [id],
    );
    return {
      slug,
      name,
      brand: brandSlug,
      description,
      priceCents,
      currency,
      inStock,
      skinTypes,
      imageUrl,
      ingredients,
      ...pageFields(entity),
      ...imageFields(entity),
    };
  },
});
