import { articles } from './articles';
import { brands } from './brands';
import { ARTICLE_IMAGES, BRAND_IMAGES, PRODUCT_IMAGES } from './images';
import { products } from './products';
import { DemoCatalog } from './types';

/** The invented demo catalog, to try the storefront with: never a real shop's data. */
export const DEMO_CATALOG: DemoCatalog = {
  brands: brands.map((brand) => ({ ...brand, images: BRAND_IMAGES[brand.slug] ?? [] })),
  products: products.map((product) => ({ ...product, images: PRODUCT_IMAGES[product.slug] ?? [] })),
  articles: articles.map((article) => ({ ...article, images: ARTICLE_IMAGES[article.slug] ?? [] })),
};
