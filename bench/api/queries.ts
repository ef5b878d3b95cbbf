// The benchmark's GraphQL documents, and the normalisation that lets the catalog answers of
// Dermaplan, PostGraphile 4 and 5 (whose schema names differ) and the bare handler be compared.

/** Scenario 1, Dermaplan's schema: a storefront page. */
export const CATALOG_QUERY = `query Catalog {
  products(first: 50) {
    edges { node { id slug name priceCents currency inStock brand { slug name } ingredients { concentrationPercent topical { slug name category } } } }
  }
  articles(first: 20) {
    edges { node { slug title summary publishedAt treatments { slug name } scarTypes { slug name } topicals { slug name } } }
  }
}`;

/** The field of a row's own id in a PostGraphile schema. */
export type PostGraphileRowId = 'id' | 'rowId';

/**
 * The same page in PostGraphile's generated schema (published, not deleted; same order). PostGraphile 4
 * names a row's id `id`; PostGraphile 5 `rowId`, its `id` being the global node id.
 */
export function postGraphileCatalogQuery(rowId: PostGraphileRowId): string {
  const order = rowId === 'id' ? 'ID' : 'ROW_ID';
  return `query Catalog {
  allProducts(first: 50, orderBy: [NAME_ASC, ${order}_ASC], condition: { status: "PUBLISHED", deletedAt: null }) {
    nodes { ${rowId} slug name priceCents currency inStock
      brandByBrandId { slug name }
      productIngredientsByProductId { nodes { concentrationPercent topicalByTopicalId { slug name category } } } }
  }
  allArticles(first: 20, orderBy: [PUBLISHED_AT_DESC, ${order}_DESC], condition: { status: "PUBLISHED", deletedAt: null }) {
    nodes { slug title summary publishedAt
      articleTreatmentsByArticleId { nodes { treatmentByTreatmentId { slug name } } }
      articleScarTypesByArticleId { nodes { scarTypeByScarTypeId { slug name } } }
      articleTopicalsByArticleId { nodes { topicalByTopicalId { slug name } } } }
  }
}`;
}

/** Scenario 2: one product with its ingredients. */
export const PRODUCT_QUERY = `query Product($slug: String!) {
  product(slug: $slug) {
    id slug name description priceCents currency inStock skinTypes brand { slug name }
    ingredients { concentrationPercent topical { slug name category allowedSlots } }
  }
}`;

/** Scenario 3: a plan for a 1.5 mm pen session two days ago, three current topicals, 28 days. */
export const REGIMEN_QUERY = `query Regimen($input: RegimenInput!) {
  recommendRegimen(input: $input) {
    eligibility
    warnings { code severity message rule { code } }
    holds { topical { slug name } from until reason rule { code kind } }
    days { date daysSinceSession
      am { topical { slug name } products { slug name priceCents currency } why }
      pm { topical { slug name } products { slug name priceCents currency } why }
      avoid { activity level reason } }
    conflicts { a { slug } b { slug } severity management }
    relatedArticles { slug title }
  }
}`;

export function regimenVariables(now: Date): Record<string, unknown> {
  const twoDaysAgo = new Date(now.getTime() - 2 * 86_400_000);
  twoDaysAgo.setUTCHours(10, 0, 0, 0);
  return {
    input: {
      lastSession: { treatment: 'professional-microneedling', performedAt: twoDaysAgo.toISOString(), needleDepthMm: 1.5 },
      currentTopicals: ['tretinoin', 'vitamin-c', 'niacinamide'],
      fitzpatrickType: 3,
      days: 28,
      timeZone: 'Europe/Berlin',
    },
  };
}

/** Scenario 4: the server's own floor. */
export const TYPENAME_QUERY = '{ __typename }';

interface NamedRef {
  slug: string;
  name: string;
}
export interface NormalCatalog {
  products: {
    id: string;
    slug: string;
    name: string;
    priceCents: number;
    currency: string;
    inStock: boolean;
    brand: NamedRef;
    ingredients: { concentrationPercent: number | null; topical: NamedRef & { category: string } }[];
  }[];
  articles: {
    slug: string;
    title: string;
    summary: string;
    publishedAt: string;
    treatments: NamedRef[];
    scarTypes: NamedRef[];
    topicals: NamedRef[];
  }[];
}

const bySlug = <T extends { slug: string }>(list: T[]) => [...list].sort((a, b) => a.slug.localeCompare(b.slug));
const ref = (r: NamedRef): NamedRef => ({ slug: r.slug, name: r.name });
const instant = (value: string) => new Date(value).toISOString();

/** Dermaplan's (and the bare handler's) answer, normalised: tags in slug order, instants in UTC. */
export function normaliseDermaplan(body: any): NormalCatalog {
  return {
    products: body.data.products.edges.map(({ node }: any) => ({
      id: node.id,
      slug: node.slug,
      name: node.name,
      priceCents: node.priceCents,
      currency: node.currency,
      inStock: node.inStock,
      brand: ref(node.brand),
      ingredients: [...node.ingredients]
        .map((i: any) => ({ concentrationPercent: i.concentrationPercent, topical: { ...ref(i.topical), category: i.topical.category } }))
        .sort((a, b) => a.topical.slug.localeCompare(b.topical.slug)),
    })),
    articles: body.data.articles.edges.map(({ node }: any) => ({
      slug: node.slug,
      title: node.title,
      summary: node.summary,
      publishedAt: instant(node.publishedAt),
      treatments: bySlug(node.treatments.map(ref)),
      scarTypes: bySlug(node.scarTypes.map(ref)),
      topicals: bySlug(node.topicals.map(ref)),
    })),
  };
}

/** PostGraphile 4's or 5's answer (`rowId` the field of a row's id in its schema), normalised alike. */
export function normalisePostGraphile(body: any, rowId: PostGraphileRowId): NormalCatalog {
  return {
    products: body.data.allProducts.nodes.map((node: any) => ({
      id: node[rowId],
      slug: node.slug,
      name: node.name,
      priceCents: node.priceCents,
      currency: node.currency,
      inStock: node.inStock,
      brand: ref(node.brandByBrandId),
      ingredients: node.productIngredientsByProductId.nodes
        .map((i: any) => ({
          concentrationPercent: i.concentrationPercent,
          topical: { ...ref(i.topicalByTopicalId), category: i.topicalByTopicalId.category },
        }))
        .sort((a: any, b: any) => a.topical.slug.localeCompare(b.topical.slug)),
    })),
    articles: body.data.allArticles.nodes.map((node: any) => ({
      slug: node.slug,
      title: node.title,
      summary: node.summary,
      publishedAt: instant(node.publishedAt),
      treatments: bySlug(node.articleTreatmentsByArticleId.nodes.map((l: any) => ref(l.treatmentByTreatmentId))),
      scarTypes: bySlug(node.articleScarTypesByArticleId.nodes.map((l: any) => ref(l.scarTypeByScarTypeId))),
      topicals: bySlug(node.articleTopicalsByArticleId.nodes.map((l: any) => ref(l.topicalByTopicalId))),
    })),
  };
}
