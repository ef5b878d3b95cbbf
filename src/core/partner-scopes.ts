// What a partner key may call. Deny by default: a partner may run only the root query fields listed
// here, each under its scope, so a field added later stays closed to partners until it is listed.

export enum PartnerScope {
  /** The storefront reads: treatments, scar types, topicals, brands, products, articles, rules, search. */
  CATALOG_READ = 'catalog:read',
  /** recommendRegimen, reviewRoutine and checkRoutine. */
  REGIMEN_READ = 'regimen:read',
}

export const PARTNER_SCOPES: readonly PartnerScope[] = Object.values(PartnerScope);

/** Root query fields a partner may call, and the scope each needs. `__typename` needs none. */
export const PARTNER_QUERY_SCOPES: Readonly<Record<string, PartnerScope>> = Object.freeze({
  treatments: PartnerScope.CATALOG_READ,
  treatment: PartnerScope.CATALOG_READ,
  scarTypes: PartnerScope.CATALOG_READ,
  scarType: PartnerScope.CATALOG_READ,
  topicals: PartnerScope.CATALOG_READ,
  topical: PartnerScope.CATALOG_READ,
  brands: PartnerScope.CATALOG_READ,
  brand: PartnerScope.CATALOG_READ,
  products: PartnerScope.CATALOG_READ,
  product: PartnerScope.CATALOG_READ,
  articles: PartnerScope.CATALOG_READ,
  article: PartnerScope.CATALOG_READ,
  compatibilityRules: PartnerScope.CATALOG_READ,
  search: PartnerScope.CATALOG_READ,
  recommendRegimen: PartnerScope.REGIMEN_READ,
  checkRoutine: PartnerScope.REGIMEN_READ,
  reviewRoutine: PartnerScope.REGIMEN_READ,
});
