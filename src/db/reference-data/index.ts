import { articles } from './articles';
import { brands } from './brands';
import { citations } from './citations';
import { products } from './products';
import { rules } from './rules';
import { scarTypes } from './scar-types';
import { topicals } from './topicals';
import { treatments } from './treatments';
import { ReferenceData } from './types';

/** The clinical knowledge: what the regimen engine reasons with, and the sources it cites. */
const CLINICAL_KNOWLEDGE = { citations, scarTypes, treatments, topicals, rules };

/** The invented demo catalog, to try the storefront with: never a real shop's data. */
const DEMO_CATALOG = { brands, products, articles };

/** The reference data shipped with the project, loaded on first start: the clinical knowledge, and the demo catalog if asked. */
export function referenceData(options: { demoCatalog: boolean }): ReferenceData {
  return { ...CLINICAL_KNOWLEDGE, ...(options.demoCatalog ? DEMO_CATALOG : { brands: [], products: [], articles: [] }) };
}

/** Everything shipped, the demo catalog included (development, tests, the benchmark). */
export const REFERENCE_DATA: ReferenceData = referenceData({ demoCatalog: true });
