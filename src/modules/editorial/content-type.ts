import { registerEnumType } from 'type-graphql';

/** Every kind of entry editors manage. */
export enum ContentType {
  TREATMENT = 'TREATMENT',
  SCAR_TYPE = 'SCAR_TYPE',
  TOPICAL = 'TOPICAL',
  BRAND = 'BRAND',
  PRODUCT = 'PRODUCT',
  ARTICLE = 'ARTICLE',
  CITATION = 'CITATION',
  COMPATIBILITY_RULE = 'COMPATIBILITY_RULE',
}

registerEnumType(ContentType, { name: 'ContentType', description: 'A kind of entry editors manage.' });
