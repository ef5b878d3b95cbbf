// Compiled execution (graphql-jit, src/graphql/compiled-execution.ts) must answer exactly as
// graphql-js does. Two instances on one database, one compiling every operation from its first run
// and one never compiling, get the same requests; status and body must be the same.
import { getIntrospectionQuery } from 'graphql';
import { REGIMEN_QUERY, regimenVariables } from '../../bench/api/queries';
import { Role } from '../../src/core/roles';
import { signInAs, SignedIn } from '../support/auth';
import { CONTENT_INPUTS } from '../support/editorial-inputs';
import { GraphQLResponse, startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(30_000);

const ENV = {
  // Both instances must accept the editor's token.
  JWT_SECRET: 'compiled-execution test secret, at least 32 bytes',
  // A cached answer would hide the second execution.
  RESPONSE_CACHE_ENABLED: 'false',
};

let compiled: TestApp;
let interpreted: TestApp;
let editor: SignedIn;
beforeAll(async () => {
  compiled = await startTestApp({ ...ENV, GRAPHQL_COMPILE_AFTER_RUNS: '1' });
  interpreted = await startTestApp({ ...ENV, GRAPHQL_COMPILE_AFTER_RUNS: '0' }, { database: compiled.database });
  editor = await signInAs(compiled, Role.EDITOR);
});
afterAll(async () => {
  // The second instance only borrows the database: it goes first.
  await interpreted?.close();
  await compiled?.close();
});

type Variables = Record<string, unknown>;

/** Fields that differ between any two answers: random error ids and the instant a plan was computed. */
const VARYING = new Set(['errorId', 'computedAt']);

/** Status and body, with the varying fields replaced. */
function comparable(response: GraphQLResponse): { status: number; body: unknown } {
  return {
    status: response.status,
    body: JSON.parse(JSON.stringify(response.body), (key, value) => (VARYING.has(key) && typeof value === 'string' ? `<${key}>` : value)),
  };
}

/** Sends the request to the compiled instance twice and to the interpreted one; expects one answer. */
async function expectSameAnswers(query: string, variables?: Variables, headers?: Record<string, string>) {
  const first = comparable(await compiled.graphql(query, variables, headers));
  const second = comparable(await compiled.graphql(query, variables, headers));
  const reference = comparable(await interpreted.graphql(query, variables, headers));
  expect(first).toEqual(reference);
  expect(second).toEqual(reference);
  return reference as { status: number; body: { data?: any; errors?: { message: string; path?: unknown[]; extensions?: any }[] } };
}

const PAGE_INFO = 'pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

const CATALOG_PAGE = `query CatalogPage {
  products(first: 50) {
    totalCount ${PAGE_INFO}
    edges { cursor node { id slug name description priceCents currency inStock imageUrl skinTypes status publishedAt
      brand { id slug name description }
      ingredients { concentrationPercent topical { id slug name category allowedSlots prescriptionOnly } } } }
  }
  articles(first: 20) {
    totalCount ${PAGE_INFO}
    edges { cursor node { id slug title summary author publishedAt
      treatments { slug name device setting }
      scarTypes { slug name category }
      topicals { slug name category }
      citations { key title evidenceLevel url } } }
  }
}`;

const FRAGMENTS = `query Shapes($withBrand: Boolean!, $lean: Boolean!, $first: Int = 4) {
  __typename
  cheapest: products(first: $first, orderBy: { field: PRICE, direction: ASC }) { ...Page }
  newest: products(first: $first, orderBy: { field: NEWEST }) {
    totalCount
    edges { node { __typename slug ... on Product { priceCents } ... on Product @include(if: $withBrand) { brand { slug } } } }
    edges { cursor node { name } }
  }
  topicals {
    slug
    ...TopicalBits @include(if: $withBrand)
    ... on Topical @skip(if: $lean) { inciAliases benefits }
    name @skip(if: $withBrand)
    label: name @include(if: $lean)
  }
}
fragment Page on ProductConnection { totalCount ${PAGE_INFO} edges { cursor node { ...Card } } }
fragment Card on Product {
  id slug label: name
  brand @include(if: $withBrand) { ...BrandBits }
  ingredients @skip(if: $lean) { percent: concentrationPercent topical { ...TopicalBits } }
}
fragment BrandBits on Brand { slug name }
fragment TopicalBits on Topical { slug category helpsScarTypes { slug ...Scar } }
fragment Scar on ScarType { name category }`;

const PRODUCT = `query Product($slug: String!) {
  product(slug: $slug) { id slug name description priceCents currency inStock skinTypes imageUrl
    brand { slug name } ingredients { concentrationPercent topical { slug name category allowedSlots } } }
}`;
const ARTICLE = `query Article($slug: String!) {
  article(slug: $slug) { slug title summary body author status publishedAt
    treatments { slug } scarTypes { slug } topicals { slug } citations { key title source } }
}`;

const SEARCH = `query Search($query: String!, $first: Int, $after: String, $filter: SearchFilter) {
  search(query: $query, first: $first, after: $after, filter: $filter) {
    totalCount ${PAGE_INFO}
    edges { cursor score node {
      __typename
      ... on Product { slug name priceCents brand { name } }
      ... on Article { slug title }
      ... on Treatment { slug name device }
      ... on Topical { slug name category }
      ...ScarHit
    } }
    facets {
      types { type count } topicalCategories { category count } topicals { slug name count }
      scarTypes { slug name count } brands { slug name count }
      priceBands { band minPriceCents maxPriceCents count } inStock { inStock count }
    }
  }
}
fragment ScarHit on ScarType { slug name }`;

const RULES = `query Rules($filter: CompatibilityRuleFilter) {
  compatibilityRules(filter: $filter) {
    id code kind severity title rationale management status publishedAt
    citations { key title source evidenceLevel url }
    subjects { slug } pairA { slug } pairB { slug }
    topicals { role topical { slug name } }
    parameters {
      activity adviceLevel condition conflictManagement conflictScope eligibility fromHours hours minDays
      minFitzpatrick requirementLevel scarCategory slots untilHours warningCode
      needlingScope { depthAboveMm depthUpToMm devices tier }
    }
    kindParameters {
      __typename
      ... on WaitAfterNeedlingParameters { scope { devices depthAboveMm depthUpToMm tier } hours activity adviceLevel minFitzpatrick }
      ... on StopBeforeNeedlingParameters { hours activity }
      ... on PairConflictParameters { pairScope: scope management }
      ... on ContraindicationParameters { condition minFitzpatrick scarCategory eligibility warningCode }
      ... on RequirementParameters { slots level fromHours untilHours }
      ... on SessionIntervalParameters { scope { devices depthAboveMm depthUpToMm tier } minDays }
    }
  }
}`;

const REFERENCE_LISTS = `{
  treatments { id slug name summary device setting needleDepthMinMm needleDepthMaxMm minutesPerSessionMin minutesPerSessionMax
    typicalSessionsMin typicalSessionsMax daysBetweenSessionsMin daysBetweenSessionsMax risks contraindications status publishedAt
    scarTypes { slug } }
  scarTypes { id slug name category description needlingResponse otherTreatments status publishedAt }
  topicals { id slug name category inciAliases prescriptionOnly allowedSlots benefits status publishedAt helpsScarTypes { slug } }
  brands { id slug name description status publishedAt }
}`;

const FULL_REGIMEN = `query Regimen($input: RegimenInput!) {
  recommendRegimen(input: $input) {
    eligibility
    warnings { code severity message condition rule { code citations { key } } }
    holds { topical { slug } from until reason rule { code kind citations { key } } }
    days { date daysSinceSession
      am { topical { slug } products { slug ingredients { topical { slug } } } why }
      pm { topical { slug } products { slug } why }
      avoid { activity level reason rule { code } } }
    conflicts { a { slug } b { slug } severity management scope rule { code } }
    relatedArticles { slug title }
    provenance { knowledgeRevision computedAt rules { code version publishedAt reviewedBy } }
  }
}`;

const CHECK_ROUTINE = `query Check($items: [RoutineItemInput!]!) {
  checkRoutine(input: { items: $items }) { a { slug } b { slug } severity management scope rule { code title citations { key } } }
}`;

const now = new Date();
const session = { treatment: 'professional-microneedling', performedAt: new Date(now.getTime() - 3 * 86_400_000).toISOString(), needleDepthMm: 1 };
const PRODUCT_SLUG = 'halden-labs-adapalene-0-1-gel';
const ARTICLE_SLUG = 'aftercare-after-microneedling-first-two-weeks';

// [name, query, variables?, as?]: answers that must be the same on both paths.
type Case = [name: string, query: string, variables?: Variables, as?: 'editor'];
const cases: Case[] = [
  ['the storefront catalog page', CATALOG_PAGE],
  [
    'a second catalog page after a cursor',
    `query($after: String) { products(first: 10, after: $after) { totalCount ${PAGE_INFO} edges { cursor node { slug } } } }`,
    { after: null },
  ],
  ['aliases and fragments, brand included, ingredients included', FRAGMENTS, { withBrand: true, lean: false }],
  ['aliases and fragments, brand skipped, ingredients skipped', FRAGMENTS, { withBrand: false, lean: true, first: 2 }],
  [
    '@skip and @include with literals',
    `{ topicals { slug name @skip(if: true) category @include(if: false) ... @include(if: true) { allowedSlots } } }`,
  ],
  ['a known product by slug', PRODUCT, { slug: PRODUCT_SLUG }],
  ['an unknown product by slug (null)', PRODUCT, { slug: 'no-such-product' }],
  ['a known article by slug', ARTICLE, { slug: ARTICLE_SLUG }],
  [
    'a known and an unknown article, aliased',
    `query($known: String!) {
    known: article(slug: $known) { slug title topicals { slug } } unknown: article(slug: "no-such-article") { slug } }`,
    { known: ARTICLE_SLUG },
  ],
  ['a search across every kind of entry', SEARCH, { query: 'acne', first: 30 }],
  ['a filtered search', SEARCH, { query: 'serum', first: 5, filter: { types: ['PRODUCT'], inStock: true } }],
  [
    'a search with only some union members selected',
    `{ search(query: "retinol", first: 20) { totalCount edges { node { ... on Topical { slug } ... on Article { title } } } } }`,
  ],
  ['a search with no results', SEARCH, { query: 'zzzqqqxxx', first: 5 }],
  ['every compatibility rule', RULES],
  ['compatibility rules, filtered', RULES, { filter: { kind: 'PAIR_CONFLICT', minSeverity: 'MODERATE' } }],
  ['treatments, scar types, topicals and brands', REFERENCE_LISTS],
  [
    'lookups of each kind by slug',
    `{ treatment(slug: "rf-microneedling") { name scarTypes { slug } } scarType(slug: "ice-pick") { name otherTreatments }
    topical(slug: "vitamin-c") { name inciAliases helpsScarTypes { slug } } brand(slug: "halden-labs") { name } missing: topical(slug: "nope") { slug } }`,
  ],
  ['the benchmark regimen', REGIMEN_QUERY, regimenVariables(now)],
  [
    'a regimen with products, conditions and a planned session',
    FULL_REGIMEN,
    {
      input: {
        lastSession: session,
        nextSession: { ...session, performedAt: new Date(now.getTime() + 30 * 86_400_000).toISOString() },
        currentTopicals: ['tretinoin', 'glycolic-acid'],
        currentProducts: [PRODUCT_SLUG],
        conditions: ['ACTIVE_ACNE', 'COLD_SORE_HISTORY'],
        scarTypes: ['rolling', 'boxcar'],
        fitzpatrickType: 5,
        days: 21,
        timeZone: 'America/New_York',
        productFilter: { inStockOnly: true, currency: 'EUR' },
      },
    },
  ],
  [
    'a routine check',
    CHECK_ROUTINE,
    {
      items: [
        { slot: 'PM', topical: 'tretinoin' },
        { slot: 'PM', topical: 'glycolic-acid' },
        { slot: 'PM', topical: 'benzoyl-peroxide' },
        { slot: 'AM', topical: 'vitamin-c' },
        { slot: 'AM', product: PRODUCT_SLUG },
      ],
    },
  ],
  ['introspection', getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true })],
  ['a type by name', `{ __type(name: "SearchResult") { name kind possibleTypes { name } } __schema { queryType { name } } }`],
  [
    'a public mutation (logout with an unknown token)',
    `mutation { first: logout(refreshToken: "unknown") second: logout(refreshToken: "other") __typename }`,
  ],

  // Variable coercion: the compiled function gets the variables as sent, and coerces them itself.
  // (Invalid ones are refused before execution, by the cost plugin's coercion: the executor's own
  // handling of them is tested in test/unit/compiled-execution.spec.ts.)
  [
    'a variable default, and an explicit null that replaces it',
    `query($a: Int = 3, $b: Int = 3) {
    a: products(first: $a) { edges { node { slug } } } b: products(first: $b) { totalCount edges { node { slug } } } }`,
    { b: null },
  ],
  [
    'an input object variable with every field',
    `query($order: ArticleOrder) { articles(first: 5, orderBy: $order) { edges { node { slug title } } } }`,
    { order: { field: 'TITLE', direction: 'ASC' } },
  ],
  // graphql-jit leaves a non-null field's default out of a variable (and refuses it): graphql-js runs these.
  [
    'an input object variable leaving out a defaulted direction',
    `query($order: ArticleOrder) { articles(first: 5, orderBy: $order) { edges { node { slug title } } } }`,
    { order: { field: 'TITLE' } },
  ],
  [
    'a product order variable leaving out its direction',
    `query($order: ProductOrder) { products(first: 3, orderBy: $order) { edges { node { slug priceCents } } } }`,
    { order: { field: 'PRICE' } },
  ],
  [
    'a single value for a list variable, and nulls for nullable variables',
    `query($types: [SearchResultType!], $filter: ProductFilter, $after: String) {
    search(query: "acne", first: 10, filter: { types: $types }) { totalCount edges { node { __typename } } }
    products(first: 3, filter: $filter, after: $after) { totalCount } }`,
    { types: 'ARTICLE', filter: null, after: null },
  ],
  [
    'variables inside list and object literals',
    `query($t: String!, $depth: Float!, $at: DateTime!) {
    recommendRegimen(input: { currentTopicals: [$t, "niacinamide"], days: 5, timeZone: "UTC",
      lastSession: { treatment: "home-dermaroller", needleDepthMm: $depth, performedAt: $at } }) {
      eligibility holds { topical { slug } from until } days { date am { topical { slug } } pm { topical { slug } } } } }`,
    { t: 'retinol', depth: 0.5, at: session.performedAt },
  ],
  ['a variable given a fractional number for an Int', `query($first: Int) { products(first: $first) { totalCount } }`, { first: 2.5 }],
  ['a variable given a numeric string for an Int', `query($first: Int) { products(first: $first) { totalCount } }`, { first: '5' }],
  [
    '@skip and @include together',
    `query($yes: Boolean!, $no: Boolean!) {
    treatments { a: slug @skip(if: $no) @include(if: $yes) b: slug @skip(if: $yes) @include(if: $yes) c: slug @skip(if: $no) @include(if: $no) } }`,
    { yes: true, no: false },
  ],
  [
    '__typename everywhere',
    `{ __typename products(first: 2) { __typename pageInfo { __typename } edges { __typename node { __typename brand { __typename } } } } }`,
  ],

  // Errors.
  ['a variable of the wrong type', `query($first: Int) { products(first: $first) { totalCount } }`, { first: 'ten' }],
  ['a missing required variable', PRODUCT, {}],
  ['an input object variable with an unknown field and a bad enum', SEARCH, { query: 'acne', filter: { nope: 1, types: ['GADGET'] } }],
  ['an argument class-validator refuses', '{ products(first: 101) { totalCount } }'],
  ['an unreadable cursor', `{ products(first: 2, after: "not-a-cursor") { totalCount } }`],
  [
    'a bad argument beside a good field (partial data)',
    `{ ok: product(slug: "${PRODUCT_SLUG}") { slug } bad: topical(slug: "Not A Slug; DROP TABLE topical") { slug } }`,
  ],
  [
    'an unknown reference in a regimen input',
    FULL_REGIMEN,
    { input: { lastSession: session, currentProducts: ['no-such-product'], scarTypes: ['moon-crater'] } },
  ],
  ['a regimen input out of range', REGIMEN_QUERY, { input: { lastSession: { ...session, needleDepthMm: 4 }, days: 91 } }],
  ['a date-time without an offset', REGIMEN_QUERY, { input: { lastSession: { ...session, performedAt: '2026-03-01T10:00:00' } } }],
  ['a routine item with neither topical nor product', CHECK_ROUTINE, { items: [{ slot: 'AM' }] }],
  ['an anonymous mutation that requires sign-in', `mutation { createBrand(input: { slug: "anon-brand", name: "Anon", description: "No." }) { id } }`],
  ['an anonymous query that requires sign-in, beside a public field', `{ treatments { slug } me { id } trash(type: ARTICLE) { id } }`],
  ['a field the schema does not have', `{ products(first: 1) { edges { node { slug colour } } } }`],

  // Signed in: drafts and staff-only fields.
  ['the signed-in editor', `{ me { id email role } }`, undefined, 'editor'],
  ["an editor's search, drafts included", SEARCH, { query: 'serum', first: 50 }, 'editor'],
  ["an editor's trash and schedule", `{ trash(type: PRODUCT) { id key } scheduledPublications { id runAt } }`, undefined, 'editor'],
  ['an editor asking for what only admins may see', `{ users { id } treatments { slug } }`, undefined, 'editor'],
];

describe('the two instances', () => {
  /** Which executor called `services.catalog.treatments` for each request: graphql-js's executeField frame or graphql-jit's code. */
  async function executorsOf(app: TestApp, requests: number): Promise<string[]> {
    const catalog = app.services.catalog;
    const original = catalog.treatments;
    const seen: string[] = [];
    const spy = jest.spyOn(catalog, 'treatments').mockImplementation(function (this: typeof catalog, ...args) {
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 100;
      const stack = new Error().stack ?? '';
      Error.stackTraceLimit = limit;
      seen.push(/graphql[\\/]execution[\\/]execute\.js/.test(stack) ? 'graphql-js' : /graphql-jit/.test(stack) ? 'graphql-jit' : 'unknown');
      return original.apply(this, args);
    });
    try {
      // A text no other test sends, so this instance has never seen it.
      for (let i = 0; i < requests; i += 1) expect((await app.graphql('query ExecutorProbe { treatments { slug } }')).status).toBe(200);
    } finally {
      spy.mockRestore();
    }
    return seen;
  }

  it('run every operation compiled from its first execution, and never, respectively', async () => {
    expect(await executorsOf(compiled, 2)).toEqual(['graphql-jit', 'graphql-jit']);
    expect(await executorsOf(interpreted, 2)).toEqual(['graphql-js', 'graphql-js']);
  });
});

describe('the same answer compiled and interpreted', () => {
  // A rest parameter: jest passes a `done` callback to a function with more parameters than a row has values.
  it.each(cases)('%s', async (...[, query, variables, as]: Case) => {
    await expectSameAnswers(query, variables, as === 'editor' ? editor.headers : undefined);
  });

  // The cases must exercise what they are named for: data where data is expected, errors where not.
  it('the table covers data, partial data, field errors and request errors', async () => {
    const catalog = await expectSameAnswers(CATALOG_PAGE);
    expect(catalog.body.data.products.edges).toHaveLength(50);
    expect(catalog.body.data.articles.edges.length).toBeGreaterThan(0);
    expect(catalog.body.data.articles.edges.some((e: any) => e.node.topicals.length > 0 && e.node.treatments.length > 0)).toBe(true);

    const shapes = await expectSameAnswers(FRAGMENTS, { withBrand: true, lean: false });
    expect(shapes.body.data.cheapest.edges[0].node).toEqual(expect.objectContaining({ brand: expect.any(Object), ingredients: expect.any(Array) }));
    expect(shapes.body.data.topicals[0]).toEqual(expect.objectContaining({ category: expect.any(String), inciAliases: expect.any(Array) }));
    expect(shapes.body.data.topicals[0]).not.toHaveProperty('name');
    const lean = await expectSameAnswers(FRAGMENTS, { withBrand: false, lean: true });
    expect(Object.keys(lean.body.data.cheapest.edges[0].node).sort()).toEqual(['id', 'label', 'slug']);
    expect(Object.keys(lean.body.data.topicals[0]).sort()).toEqual(['label', 'name', 'slug']);
    expect(lean.body.data.cheapest.edges).toHaveLength(4);

    const search = await expectSameAnswers(SEARCH, { query: 'acne', first: 30 });
    expect(new Set(search.body.data.search.edges.map((e: any) => e.node.__typename)).size).toBeGreaterThan(2);

    // The parameters' union is told apart synchronously, as graphql-jit needs: every kind answers.
    const rules = await expectSameAnswers(RULES);
    expect(rules.body.errors).toBeUndefined();
    expect(new Set(rules.body.data.compatibilityRules.map((r: any) => r.kindParameters.__typename)).size).toBe(6);

    const wrongType = await expectSameAnswers(`query($first: Int) { products(first: $first) { totalCount } }`, { first: 'ten' });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(wrongType.body).not.toHaveProperty('data');
    const missing = await expectSameAnswers(PRODUCT, {});
    expect(missing.status).toBe(400);
    expect(missing.body.errors![0]).toMatchObject({ message: expect.stringContaining('$slug'), extensions: { code: 'BAD_USER_INPUT' } });

    const validator = await expectSameAnswers('{ products(first: 101) { totalCount } }');
    expect(validator.body.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'first' })] });
    const partial = await expectSameAnswers(
      `{ ok: product(slug: "${PRODUCT_SLUG}") { slug } bad: topical(slug: "Not A Slug; DROP TABLE topical") { slug } }`,
    );
    expect(partial.body.data).toEqual({ ok: { slug: PRODUCT_SLUG }, bad: null });
    expect(partial.body.errors![0].path).toEqual(['bad']);

    const unknownReference = await expectSameAnswers(FULL_REGIMEN, { input: { lastSession: session, currentProducts: ['no-such-product'] } });
    expect(unknownReference.body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(unknownReference.body.errors![0].extensions.fields.map((f: any) => f.field)).toContain('input.currentProducts[0]');

    const anonymousMutation = await expectSameAnswers(
      `mutation { createBrand(input: { slug: "anon-brand", name: "Anon", description: "No." }) { id } }`,
    );
    expect(anonymousMutation.status).toBe(401);
    expect(anonymousMutation.body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    const anonymousQuery = await expectSameAnswers(`{ treatments { slug } me { id } trash(type: ARTICLE) { id } }`);
    expect(anonymousQuery.body.data).toBeNull();
    expect(anonymousQuery.body.errors![0]).toMatchObject({ path: ['me'], extensions: { code: 'UNAUTHENTICATED' } });
    const forbidden = await expectSameAnswers(`{ users { id } treatments { slug } }`, undefined, editor.headers);
    expect(forbidden.body.errors![0]).toMatchObject({ path: ['users'], extensions: { code: 'FORBIDDEN' } });
  });
});

describe('field errors inside lists', () => {
  const RULE_CITATIONS = `{ compatibilityRules(filter: { kind: PAIR_CONFLICT }) { code citations { key } } }`;
  const ADVICE_CITATIONS = `query($input: RegimenInput!) {
    recommendRegimen(input: $input) {
      eligibility
      warnings { code rule { code citations { key } } }
      days { date avoid { activity level rule { code citations { key } } } }
    }
  }`;
  const input = { lastSession: session, conditions: ['ACTIVE_ACNE'], fitzpatrickType: 5, days: 3, timeZone: 'UTC' };

  it('a relation failing for every item: the same errors, paths and null propagation', async () => {
    // Only while this test runs: rules' citations (read by a loader, per rule) cannot be read.
    await compiled.dataSource.query('ALTER TABLE rule_citation RENAME TO rule_citation_unreadable');
    try {
      // Non-null all the way up: the whole answer is null.
      const rules = await expectSameAnswers(RULE_CITATIONS);
      expect(rules.body.data).toBeNull();
      expect(rules.body.errors![0]).toMatchObject({ path: ['compatibilityRules', 0, 'citations'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });

      // A nullable rule in each list item: those items lose their rule, the rest of the plan stays.
      const plan = await expectSameAnswers(ADVICE_CITATIONS, { input });
      expect(plan.body.data.recommendRegimen.days).toHaveLength(3);
      const paths = plan.body.errors!.map((e) => e.path);
      expect(paths).toContainEqual(['recommendRegimen', 'warnings', 0, 'rule', 'citations']);
      expect(paths).toContainEqual(['recommendRegimen', 'days', 0, 'avoid', 0, 'rule', 'citations']);
      expect(plan.body.data.recommendRegimen.warnings[0]).toEqual({ code: expect.any(String), rule: null });
    } finally {
      await compiled.dataSource.query('ALTER TABLE rule_citation_unreadable RENAME TO rule_citation');
    }
    // Back to normal, on both.
    const rules = await expectSameAnswers(RULE_CITATIONS);
    expect(rules.body.data.compatibilityRules[0].citations.length).toBeGreaterThan(0);
  });
});

describe('signed in as an editor', () => {
  const ENTRY = `id key type status version hasPendingDraft draft lastEditedBy deletedAt publishedAt`;
  const CREATE = `mutation($input: ProductInput!) { createProduct(input: $input) { ${ENTRY} } }`;
  const READ = `query($id: ID!) { editorialEntry(id: $id, type: PRODUCT) { ${ENTRY} } me { id email role } }`;
  const DRAFT_SEARCH = `query($query: String!) { search(query: $query, first: 50) { totalCount edges { node { __typename ... on Product { slug status } } } } }`;

  it('creates drafts the same way, and reads them the same way', async () => {
    const viaCompiled = await compiled.graphql(CREATE, { input: CONTENT_INPUTS.PRODUCT.input() }, editor.headers);
    const viaInterpreted = await interpreted.graphql(CREATE, { input: CONTENT_INPUTS.PRODUCT.input() }, editor.headers);
    expect(viaCompiled.body.errors).toBeUndefined();
    expect(viaCompiled.status).toBe(viaInterpreted.status);
    const made = [viaCompiled, viaInterpreted].map((response) => response.body.data!.createProduct);
    expect(made[0]).toMatchObject({ type: 'PRODUCT', status: 'DRAFT', version: 1, lastEditedBy: editor.user.id });
    // Equal but for the generated id and the (unique) slug.
    const normalised = made.map((entry: any) => ({ ...entry, id: '<id>', key: '<slug>', draft: { ...entry.draft, slug: '<slug>' } }));
    expect(normalised[0]).toEqual(normalised[1]);

    for (const entry of made) {
      const read = await expectSameAnswers(READ, { id: entry.id }, editor.headers);
      expect(read.body.data.editorialEntry).toEqual(entry);
    }
    // Editors find drafts; the storefront does not.
    const drafts = await expectSameAnswers(DRAFT_SEARCH, { query: 'test serum' }, editor.headers);
    const found = drafts.body.data.search.edges.map((edge: any) => edge.node.slug);
    expect(found).toEqual(expect.arrayContaining(made.map((entry: any) => entry.key)));
    const storefront = await expectSameAnswers(DRAFT_SEARCH, { query: 'test serum' });
    expect(storefront.body.data.search.edges.map((edge: any) => edge.node.slug)).not.toContain(made[0].key);
    await expectSameAnswers(`{ trash(type: PRODUCT) { id } scheduledPublications { id } }`, undefined, editor.headers);
  });

  it('refuses a duplicate slug the same way', async () => {
    const input = { ...CONTENT_INPUTS.PRODUCT.input(), slug: PRODUCT_SLUG };
    const answer = await expectSameAnswers(CREATE, { input }, editor.headers);
    expect(answer.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.slug' }] });
  });
});
