import { articles } from './articles';
import { brands } from './brands';
import { products } from './products';
import { DemoCatalog } from './types';

/** The invented demo catalog, to try the storefront with: never a real shop's data. */
export const DEMO_CATALOG: DemoCatalog = { brands, products, articles };
