import { articles } from './articles';
import { brands } from './brands';
import { citations } from './citations';
import { products } from './products';
import { rules } from './rules';
import { scarTypes } from './scar-types';
import { topicals } from './topicals';
import { treatments } from './treatments';
import { ReferenceData } from './types';

/** The reference data shipped with the project, loaded on first start. */
export const REFERENCE_DATA: ReferenceData = { citations, scarTypes, treatments, topicals, brands, products, articles, rules };
