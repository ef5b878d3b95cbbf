// Images with alt text, width and height on products (several, in order), brands, articles and
// treatments: written by editors (alt text required, URLs https or site-relative), kept in
// revisions, read by storefronts; the deprecated Product.imageUrl still answers.
import { Role } from '../../src/core/roles';
import { dataAs, SignedIn, signInAs } from '../support/auth';
import { CONTENT_INPUTS } from '../support/editorial-inputs';
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

const IMAGES = 'images { url alt width height }';

const front = {
  url: 'https://images.dermaplan.example/products/test-front.jpg',
  alt: 'A white tube of serum standing upright',
  width: 1200,
  height: 1200,
};
const texture = { url: '/images/products/test-texture.jpg', alt: 'A drop of clear serum on a fingertip', width: 800, height: 600 };

async function createAndPublish(type: string, input: Record<string, unknown>): Promise<{ id: string; version: number }> {
  const { name } = CONTENT_INPUTS[type];
  const created = (await dataAs(app, editor, `mutation($input: ${name}Input!) { create${name}(input: $input) { id version } }`, { input }))[
    `create${name}`
  ];
  // Treatments change what plans say: a reviewer signs their publication off.
  const { publishEntry } = await dataAs(
    app,
    type === 'TREATMENT' ? reviewer : editor,
    `mutation($type: ContentType!, $id: ID!, $v: Int!) { publishEntry(type: $type, id: $id, expectedVersion: $v) { entry { version } } }`,
    { type, id: created.id, v: created.version },
  );
  return { id: created.id, version: publishEntry.entry.version };
}

describe('storefront reads', () => {
  it('gives a demo product its images in order, each with alt text and size, and keeps imageUrl answering', async () => {
    const { product } = await app.data(`{ product(slug: "halden-labs-retinol-glycolic-night-serum") { imageUrl ${IMAGES} } }`);
    expect(product.images).toHaveLength(2);
    expect(product.images[0]).toEqual({
      url: product.imageUrl,
      alt: 'An amber glass dropper bottle of night serum standing on a bathroom shelf',
      width: 1200,
      height: 1200,
    });
    expect(product.images[1].url).toMatch(/-texture\.jpg$/);
  });

  it('gives brands and articles their images, and an entry without any an empty list', async () => {
    const data = await app.data(`{
      brand(slug: "marrow-and-moss") { ${IMAGES} }
      article(slug: "home-dermarolling-doing-it-safely") { ${IMAGES} }
      treatment(slug: "home-dermaroller") { ${IMAGES} }
    }`);
    expect(data.brand.images[0].alt).toMatch(/^Marrow & Moss logo/);
    expect(data.article.images.map((image: { width: number }) => image.width)).toEqual([1600, 1600]);
    expect(data.treatment.images).toEqual([]);
  });

  it('reads images in lists too, in one statement for the page', async () => {
    const response = await app.graphql(`{ products(first: 50) { edges { node { slug ${IMAGES} } } } }`);
    expect(response.body.errors).toBeUndefined();
    expect(response.headers.get('x-sql-statement-count')).toBe('1');
    const withImages = response.body.data!.products.edges.filter((edge: any) => edge.node.images.length > 0);
    expect(withImages.length).toBeGreaterThan(0);
  });

  it('marks imageUrl deprecated', async () => {
    const { __type } = await app.data(`{ __type(name: "Product") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }`);
    expect(__type.fields.find((field: { name: string }) => field.name === 'imageUrl')).toEqual(
      expect.objectContaining({ isDeprecated: true, deprecationReason: expect.stringContaining('images') }),
    );
  });
});

describe('editors', () => {
  it.each([
    ['PRODUCT', 'product'],
    ['BRAND', 'brand'],
    ['ARTICLE', 'article'],
    ['TREATMENT', 'treatment'],
  ])('give a %s images in order, which storefronts read back', async (type, field) => {
    const input: Record<string, unknown> = { ...CONTENT_INPUTS[type].input(), images: [front, texture] };
    await createAndPublish(type, input);
    const data = await app.data(`query($slug: String!) { ${field}(slug: $slug) { ${IMAGES} } }`, { slug: input.slug });
    expect(data[field].images).toEqual([front, texture]);
  });

  it('keep images in revisions: restoring one from before them leaves none', async () => {
    const input = CONTENT_INPUTS.ARTICLE.input();
    const { name } = CONTENT_INPUTS.ARTICLE;
    const created = (await dataAs(app, editor, `mutation($input: ${name}Input!) { createArticle(input: $input) { id version } }`, { input }))
      .createArticle;
    const updated = (
      await dataAs(
        app,
        editor,
        `mutation($id: ID!, $v: Int!, $input: ArticleInput!) { updateArticle(id: $id, expectedVersion: $v, input: $input) { version draft } }`,
        {
          id: created.id,
          v: created.version,
          input: { ...input, images: [texture, front] },
        },
      )
    ).updateArticle;
    expect(updated.draft.images).toEqual([texture, front]);
    const { revisions } = await dataAs(app, editor, `query($id: ID!) { revisions(type: ARTICLE, id: $id) { id version snapshot } }`, {
      id: created.id,
    });
    const first = revisions.find((revision: { version: number }) => revision.version === created.version);
    expect(first.snapshot.images).toBeUndefined();
    const { restoreRevision } = await dataAs(
      app,
      editor,
      `mutation($r: ID!, $v: Int!) { restoreRevision(revisionId: $r, expectedVersion: $v) { draft } }`,
      {
        r: first.id,
        v: updated.version,
      },
    );
    expect(restoreRevision.draft.images).toBeUndefined();
    const [row] = await app.dataSource.query<{ images: unknown[] }[]>(`SELECT images FROM article WHERE id = $1`, [created.id]);
    expect(row.images).toEqual([]);
  });

  it.each([
    ['no alt text', { ...front, alt: undefined }, null],
    ['a blank alt text', { ...front, alt: '   ' }, 'images.0.alt'],
    ['a file name as alt text', { ...front, alt: 'IMG_2041.JPG' }, 'images.0.alt'],
    ['an http:// URL', { ...front, url: 'http://images.dermaplan.example/a.jpg' }, 'images.0.url'],
    ['a protocol-relative URL', { ...front, url: '//images.dermaplan.example/a.jpg' }, 'images.0.url'],
    ['a javascript: URL', { ...front, url: 'javascript:alert(1)' }, 'images.0.url'],
    ['a zero width', { ...front, width: 0 }, 'images.0.width'],
  ])('are refused an image with %s, naming the field', async (_case, image, field) => {
    const response = await app.graphql(
      `mutation($input: ProductInput!) { createProduct(input: $input) { id } }`,
      { input: { ...CONTENT_INPUTS.PRODUCT.input(), images: [image] } },
      editor.headers,
    );
    const error = firstError(response);
    expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    if (field === null) {
      // A required field left out is refused by GraphQL itself, naming it in the message.
      expect(error.message).toMatch(/alt/);
    } else {
      expect((error.extensions!.fields as { field: string }[]).map((entry) => entry.field)).toContain(`input.${field}`);
    }
  });
});
