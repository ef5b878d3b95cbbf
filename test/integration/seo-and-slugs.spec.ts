// Meta title and description (the editor's, else the name and summary) and slug history: a
// published product, article or treatment renamed by an editor is still found by its old slug,
// with the current slug in the answer so that storefronts can redirect; another entry cannot take
// the old slug over; revisions and restore carry the meta fields.
import { Role } from '../../src/core/roles';
import { dataAs, SignedIn, signInAs } from '../support/auth';
import { CONTENT_INPUTS, uniqueSlug } from '../support/editorial-inputs';
import { firstError } from '../support/errors';
import { startTestApp, TestApp } from '../support/test-app';

let app: TestApp;
let editor: SignedIn;
let reviewer: SignedIn;
beforeAll(async () => {
  app = await startTestApp();
  [editor, reviewer] = await Promise.all([signInAs(app, Role.EDITOR), signInAs(app, Role.REVIEWER)]);
});
afterAll(() => app.close());

const as = <T = any>(query: string, variables: Record<string, unknown> = {}) => dataAs<T>(app, editor, query, variables);

const PAGES = [
  ['PRODUCT', 'product', 'name', 'description'],
  ['ARTICLE', 'article', 'title', 'summary'],
  ['TREATMENT', 'treatment', 'name', 'summary'],
] as const;

type PageType = (typeof PAGES)[number][0];

const ENTRY = 'id key version';
const create = async (type: PageType, input: Record<string, unknown>) => {
  const { name } = CONTENT_INPUTS[type];
  const data = await as(`mutation($input: ${name}Input!) { create${name}(input: $input) { ${ENTRY} } }`, { input });
  return data[`create${name}`] as { id: string; version: number };
};
const update = async (type: PageType, id: string, version: number, input: Record<string, unknown>) => {
  const { name } = CONTENT_INPUTS[type];
  const data = await as(
    `mutation($id: ID!, $v: Int!, $input: ${name}Input!) { update${name}(id: $id, expectedVersion: $v, input: $input) { ${ENTRY} } }`,
    {
      id,
      v: version,
      input,
    },
  );
  return data[`update${name}`] as { id: string; version: number };
};
/** Treatments change what plans say: a reviewer publishes them (sign-off); editors publish the rest. */
const publish = async (type: PageType, id: string, version: number) => {
  const { publishEntry } = await dataAs(
    app,
    type === 'TREATMENT' ? reviewer : editor,
    `mutation($type: ContentType!, $id: ID!, $v: Int!) { publishEntry(type: $type, id: $id, expectedVersion: $v) { entry { version } } }`,
    {
      type,
      id,
      v: version,
    },
  );
  return publishEntry.entry.version as number;
};

/** Created and published with `input`; its id and version. */
async function published(type: PageType, input: Record<string, unknown>) {
  const created = await create(type, input);
  return { id: created.id, version: await publish(type, created.id, created.version) };
}

/** The entry as a storefront asks for it by `slug` (anonymous, so as the public sees it). */
async function fetchPage(field: string, slug: string) {
  const response = await app.graphql(`query($slug: String!) { ${field}(slug: $slug) { id slug redirectFrom seo { title description } } }`, { slug });
  expect(response.body.errors).toBeUndefined();
  return response.body.data![field] as { id: string; slug: string; redirectFrom: string | null; seo: { title: string; description: string } } | null;
}

describe.each(PAGES)('%s', (type, field, titleField, summaryField) => {
  it('falls back to the name and summary, and says what the editor wrote once there is one', async () => {
    const input = CONTENT_INPUTS[type].input();
    const { id, version } = await published(type, input);
    expect((await fetchPage(field, input.slug as string))!.seo).toEqual({ title: input[titleField], description: input[summaryField] });

    const meta = {
      metaTitle: `${String(input[titleField])} | Dermaplan`,
      metaDescription: 'What it is, who it suits and how to use it after needling.',
    };
    await publish(type, id, (await update(type, id, version, { ...input, ...meta })).version);
    const page = await fetchPage(field, input.slug as string);
    expect(page!.seo).toEqual({ title: meta.metaTitle, description: meta.metaDescription });
    expect(page!.redirectFrom).toBeNull();
  });

  it('finds a renamed entry by its old slug, with the current slug and where it was asked from', async () => {
    const input = CONTENT_INPUTS[type].input();
    const oldSlug = input.slug as string;
    const { id, version } = await published(type, input);
    const newSlug = uniqueSlug(`${field}-renamed`);
    // The rename is an edit of a published entry: old links keep working until it is published, and after.
    const edited = await update(type, id, version, { ...input, slug: newSlug });
    expect((await fetchPage(field, oldSlug))!).toMatchObject({ id, slug: oldSlug, redirectFrom: null });
    await publish(type, id, edited.version);

    expect(await fetchPage(field, newSlug)).toMatchObject({ id, slug: newSlug, redirectFrom: null });
    expect(await fetchPage(field, oldSlug)).toMatchObject({ id, slug: newSlug, redirectFrom: oldSlug });
  });
});

describe('the demo catalog', () => {
  it("says an entry's own meta fields, and cuts a long description at a word for one without", async () => {
    expect((await fetchPage('product', 'kestrel-dispensary-tretinoin-0-025-cream'))!.seo.title).toBe(
      'Tretinoin 0.025% cream, prescription only | Kestrel Dispensary',
    );
    const { product } = await app.data(
      `{ product(slug: "tidewell-skin-peptide-hyaluronic-healing-gel") { name description seo { title description } } }`,
    );
    expect(product.seo.title).toBe(product.name);
    expect(product.description.length).toBeGreaterThan(160);
    expect(product.seo.description.length).toBeLessThanOrEqual(160);
    expect(product.seo.description).toMatch(/\w…$/);
    expect(product.description.startsWith(product.seo.description.slice(0, -1))).toBe(true);
  });
});

describe('slug history', () => {
  it('keeps every old slug of an entry renamed twice, and lets it take an old one back', async () => {
    const input = CONTENT_INPUTS.ARTICLE.input();
    const first = input.slug as string;
    const second = uniqueSlug('article-second');
    const third = uniqueSlug('article-third');
    const { id, version: created } = await published('ARTICLE', input);
    let version = created;
    const rename = async (slug: string) => {
      version = await publish('ARTICLE', id, (await update('ARTICLE', id, version, { ...input, slug })).version);
    };
    await rename(second);
    await rename(third);
    expect(await fetchPage('article', first)).toMatchObject({ slug: third, redirectFrom: first });
    expect(await fetchPage('article', second)).toMatchObject({ slug: third, redirectFrom: second });

    await rename(first);
    expect(await fetchPage('article', first)).toMatchObject({ slug: first, redirectFrom: null });
    expect(await fetchPage('article', third)).toMatchObject({ slug: first, redirectFrom: third });
  });

  it('refuses another entry the old slug of a renamed one, naming the field and where the slug leads now', async () => {
    const input = CONTENT_INPUTS.PRODUCT.input();
    const oldSlug = input.slug as string;
    const { id, version } = await published('PRODUCT', input);
    const newSlug = uniqueSlug('product-renamed');
    await publish('PRODUCT', id, (await update('PRODUCT', id, version, { ...input, slug: newSlug })).version);

    const response = await app.graphql(
      `mutation($input: ProductInput!) { createProduct(input: $input) { id } }`,
      { input: { ...CONTENT_INPUTS.PRODUCT.input(), slug: oldSlug } },
      editor.headers,
    );
    const error = firstError(response);
    expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    expect(error.extensions!.fields).toEqual([{ field: 'input.slug', message: expect.stringContaining(`now at "${newSlug}"`) }]);
    // The old slug still leads to the renamed product.
    expect(await fetchPage('product', oldSlug)).toMatchObject({ id, slug: newSlug });
  });

  it('keeps no history for a draft renamed before it was ever published', async () => {
    const input = CONTENT_INPUTS.TREATMENT.input();
    const created = await create('TREATMENT', input);
    const newSlug = uniqueSlug('treatment-renamed');
    await update('TREATMENT', created.id, created.version, { ...input, slug: newSlug });
    const [{ count }] = await app.dataSource.query<{ count: number }[]>(`SELECT count(*)::int AS count FROM slug_history WHERE entity_id = $1`, [
      created.id,
    ]);
    expect(count).toBe(0);
    // Its first slug is free for another entry.
    await create('TREATMENT', { ...CONTENT_INPUTS.TREATMENT.input(), slug: input.slug });
  });

  it('frees the old slugs of an entry purged for good', async () => {
    const input = CONTENT_INPUTS.ARTICLE.input();
    const oldSlug = input.slug as string;
    const { id, version } = await published('ARTICLE', input);
    await publish('ARTICLE', id, (await update('ARTICLE', id, version, { ...input, slug: uniqueSlug('article-renamed') })).version);
    const admin = await signInAs(app, Role.ADMIN);
    await dataAs(app, admin, `mutation($id: ID!) { deleteEntry(type: ARTICLE, id: $id) { id } }`, { id });
    await dataAs(app, admin, `mutation($id: ID!) { purgeEntry(type: ARTICLE, id: $id) }`, { id });
    expect(await fetchPage('article', oldSlug)).toBeNull();
    await create('ARTICLE', { ...CONTENT_INPUTS.ARTICLE.input(), slug: oldSlug });
  });
});

describe('editorial', () => {
  it('keeps the meta fields in revisions, and restoring a revision without them clears them', async () => {
    const input = CONTENT_INPUTS.PRODUCT.input();
    const created = await create('PRODUCT', input);
    const withMeta = await update('PRODUCT', created.id, created.version, {
      ...input,
      metaTitle: 'Test serum for dry skin',
      metaDescription: 'A light serum.',
    });
    const { revisions } = await as(`query($id: ID!) { revisions(type: PRODUCT, id: $id) { id version snapshot } }`, { id: created.id });
    const first = revisions.find((revision: { version: number }) => revision.version === created.version);
    const latest = revisions.find((revision: { version: number }) => revision.version === withMeta.version);
    expect(first.snapshot.metaTitle).toBeUndefined();
    expect(latest.snapshot).toMatchObject({ metaTitle: 'Test serum for dry skin', metaDescription: 'A light serum.' });

    const { restoreRevision } = await as(`mutation($r: ID!, $v: Int!) { restoreRevision(revisionId: $r, expectedVersion: $v) { version draft } }`, {
      r: first.id,
      v: withMeta.version,
    });
    expect(restoreRevision.draft.metaTitle).toBeUndefined();
    const [row] = await app.dataSource.query<{ meta_title: string | null }[]>(`SELECT meta_title FROM product WHERE id = $1`, [created.id]);
    expect(row.meta_title).toBeNull();
  });

  it.each([
    ['an empty meta title', { metaTitle: '' }, 'input.metaTitle'],
    ['a meta description over 320 characters', { metaDescription: 'x'.repeat(321) }, 'input.metaDescription'],
  ])('refuses %s, naming the field', async (_case, meta, field) => {
    const response = await app.graphql(
      `mutation($input: ArticleInput!) { createArticle(input: $input) { id } }`,
      { input: { ...CONTENT_INPUTS.ARTICLE.input(), ...meta } },
      editor.headers,
    );
    const error = firstError(response);
    expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    expect((error.extensions!.fields as { field: string }[]).map((entry) => entry.field)).toContain(field);
  });
});

describe('an article’s dates', () => {
  const DATES = `query($slug: String!) { article(slug: $slug) { publishedAt updatedAt } }`;
  const datesOf = async (slug: string) => (await app.data(DATES, { slug })).article as { publishedAt: string; updatedAt: string };

  it('updatedAt is when its published content last changed: not a draft saved on it, but its next publication', async () => {
    const input = CONTENT_INPUTS.ARTICLE.input();
    const first = await published('ARTICLE', input);
    const firstDates = await datesOf(input.slug as string);
    expect(firstDates.updatedAt).toBe(firstDates.publishedAt);

    // A draft saved on the published article changes nothing the public sees.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const drafted = await update('ARTICLE', first.id, first.version, { ...input, title: 'Test article, revised' });
    expect(await datesOf(input.slug as string)).toEqual(firstDates);

    // Publishing it moves updatedAt; publishedAt stays the first publication.
    await publish('ARTICLE', drafted.id, drafted.version);
    const republished = await datesOf(input.slug as string);
    expect(republished.publishedAt).toBe(firstDates.publishedAt);
    expect(Date.parse(republished.updatedAt)).toBeGreaterThan(Date.parse(firstDates.updatedAt));
  });
});
