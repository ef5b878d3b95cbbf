import { Role } from '../../src/core/roles';
import { dataAs, SignedIn, signInAs } from '../support/auth';
import { CONTENT_INPUTS } from '../support/editorial-inputs';
import { firstError } from '../support/errors';
import { startTestApp, TestApp } from '../support/test-app';

let app: TestApp;
let editor: SignedIn;
let secondEditor: SignedIn;
let reviewer: SignedIn;
let admin: SignedIn;

beforeAll(async () => {
  app = await startTestApp();
  [editor, secondEditor, reviewer, admin] = await Promise.all([
    signInAs(app, Role.EDITOR),
    signInAs(app, Role.EDITOR),
    signInAs(app, Role.REVIEWER),
    signInAs(app, Role.ADMIN),
  ]);
});
afterAll(() => app.close());

const ENTRY = 'id key status version hasPendingDraft draft lastEditedBy deletedAt';

const articleInput = (slug: string, title = 'Healing week by week') => ({
  slug,
  title,
  summary: 'What to expect after a session.',
  body: '## Day one\n\nRedness settles within hours.',
  author: 'Dermaplan editorial team',
  treatments: ['home-dermaroller'],
  scarTypes: ['rolling'],
  topicals: ['hyaluronic-acid'],
  citations: ['seed-003'],
});

const as = <T = any>(who: SignedIn, query: string, variables: Record<string, unknown> = {}) => dataAs<T>(app, who, query, variables);

/** The first error of the request made as `who` (anonymous when null). */
async function errorOf(who: SignedIn | null, query: string, variables: Record<string, unknown> = {}) {
  return firstError(await app.graphql(query, variables, who?.headers ?? {})) as { message: string; extensions: Record<string, any> };
}

const CREATE_ARTICLE = `mutation($input: ArticleInput!) { createArticle(input: $input) { ${ENTRY} } }`;
const UPDATE_ARTICLE = `mutation($id: ID!, $v: Int!, $input: ArticleInput!) { updateArticle(id: $id, expectedVersion: $v, input: $input) { ${ENTRY} } }`;
const PUBLISH = `mutation($type: ContentType!, $id: ID!, $v: Int!, $at: DateTime) {
  publishEntry(type: $type, id: $id, expectedVersion: $v, at: $at) { entry { ${ENTRY} publishedAt } scheduled { id runAt action } }
}`;
const STOREFRONT_ARTICLE = `query($slug: String!) { article(slug: $slug) { slug title } }`;

describe('drafts, publishing and preview', () => {
  it('creates a draft that storefronts cannot see, editors can preview, and publishing reveals', async () => {
    const { createArticle } = await as(editor, CREATE_ARTICLE, { input: articleInput('healing-week-by-week') });
    expect(createArticle).toMatchObject({ status: 'DRAFT', version: 1, hasPendingDraft: false, lastEditedBy: editor.user.id });

    expect((await app.data(STOREFRONT_ARTICLE, { slug: 'healing-week-by-week' })).article).toBeNull();
    expect((await as(editor, STOREFRONT_ARTICLE, { slug: 'healing-week-by-week' })).article.title).toBe('Healing week by week');

    const { publishEntry } = await as(editor, PUBLISH, { type: 'ARTICLE', id: createArticle.id, v: 1 });
    expect(publishEntry.entry).toMatchObject({ status: 'PUBLISHED', version: 2 });
    expect((await app.data(STOREFRONT_ARTICLE, { slug: 'healing-week-by-week' })).article.title).toBe('Healing week by week');
  });

  it('keeps edits of a published entry as a pending draft until it is published again', async () => {
    const { createArticle: created } = await as(editor, CREATE_ARTICLE, { input: articleInput('pending-draft-article', 'First title') });
    const { publishEntry } = await as(editor, PUBLISH, { type: 'ARTICLE', id: created.id, v: 1 });
    const { updateArticle } = await as(editor, UPDATE_ARTICLE, {
      id: created.id,
      v: publishEntry.entry.version,
      input: articleInput('pending-draft-article', 'Second title'),
    });
    expect(updateArticle).toMatchObject({ status: 'PUBLISHED', hasPendingDraft: true });
    expect(updateArticle.draft.title).toBe('Second title');
    expect((await app.data(STOREFRONT_ARTICLE, { slug: 'pending-draft-article' })).article.title).toBe('First title');

    await as(editor, PUBLISH, { type: 'ARTICLE', id: created.id, v: updateArticle.version });
    expect((await app.data(STOREFRONT_ARTICLE, { slug: 'pending-draft-article' })).article.title).toBe('Second title');
  });
});

describe('no lost edits', () => {
  it('lets exactly one of two concurrent updates based on the same version win', async () => {
    const { createArticle } = await as(editor, CREATE_ARTICLE, { input: articleInput('concurrent-edits') });
    const attempts = await Promise.all(
      [editor, secondEditor].map((who, i) =>
        app.graphql(UPDATE_ARTICLE, { id: createArticle.id, v: 1, input: articleInput('concurrent-edits', `Title ${i}`) }, who.headers),
      ),
    );
    const winners = attempts.filter((r) => !r.body.errors);
    const losers = attempts.filter((r) => r.body.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0].body.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const { editorialEntry } = await as(editor, `query($id: ID!) { editorialEntry(type: ARTICLE, id: $id) { version draft } }`, {
      id: createArticle.id,
    });
    expect(editorialEntry.version).toBe(2);
    expect(editorialEntry.draft.title).toBe(winners[0].body.data!.updateArticle.draft.title);
  });

  it('refuses a stale version and changes nothing', async () => {
    const { createArticle } = await as(editor, CREATE_ARTICLE, { input: articleInput('stale-edit') });
    await as(editor, UPDATE_ARTICLE, { id: createArticle.id, v: 1, input: articleInput('stale-edit', 'Newer') });
    const error = await errorOf(secondEditor, UPDATE_ARTICLE, { id: createArticle.id, v: 1, input: articleInput('stale-edit', 'Older') });
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const { editorialEntry } = await as(editor, `query($id: ID!) { editorialEntry(type: ARTICLE, id: $id) { draft } }`, { id: createArticle.id });
    expect(editorialEntry.draft.title).toBe('Newer');
  });
});

describe('validation', () => {
  it('names every bad field and writes nothing', async () => {
    const before = Number((await app.dataSource.query('SELECT count(*) AS n FROM product'))[0].n);
    const error = await errorOf(editor, `mutation($input: ProductInput!) { createProduct(input: $input) { id } }`, {
      input: {
        slug: 'Bad Slug',
        name: 'X',
        brand: 'no-such-brand',
        description: '',
        priceCents: -5,
        currency: 'euro',
        inStock: true,
        skinTypes: [],
        imageUrl: 'javascript:alert(1)',
        ingredients: [{ topical: 'retinol', concentrationPercent: 0.5 }],
      },
    });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    const fields = error.extensions.fields.map((f: any) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['input.slug', 'input.priceCents', 'input.currency', 'input.imageUrl']));
    expect(Number((await app.dataSource.query('SELECT count(*) AS n FROM product'))[0].n)).toBe(before);
  });

  it('reports unknown references and duplicate slugs by field, leaving nothing half-written', async () => {
    const error = await errorOf(editor, CREATE_ARTICLE, {
      input: { ...articleInput('which-acne-scar-do-you-have'), topicals: ['hyaluronic-acid', 'unicorn-oil'] },
    });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.fields.map((f: any) => f.field)).toEqual(expect.arrayContaining(['input.slug', 'input.topicals[1]']));
    expect((await app.dataSource.query(`SELECT count(*) AS n FROM article WHERE slug = 'which-acne-scar-do-you-have'`))[0].n).toBe('1');
  });

  it('validates rule parameters with the engine compiler', async () => {
    const error = await errorOf(editor, `mutation($input: CompatibilityRuleInput!) { createCompatibilityRule(input: $input) { id } }`, {
      input: {
        code: 'wait-after/test/broken',
        kind: 'WAIT_AFTER_NEEDLING',
        severity: 'HIGH',
        title: 'Broken',
        rationale: 'Why',
        management: 'What',
        subjects: ['retinol'],
        pairA: [],
        pairB: [],
        parameters: { hours: -3 },
        citations: ['seed-001'],
      },
    });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.fields.every((f: any) => f.field === 'input.parameters')).toBe(true);
  });
});

describe('deleting', () => {
  it('refuses to trash a topical that products and rules still use, naming them', async () => {
    const [{ id }] = await app.dataSource.query(`SELECT id FROM topical WHERE slug = 'tretinoin'`);
    // A reviewer: trashing a published topical is theirs to sign off.
    const error = await errorOf(reviewer, `mutation($id: ID!) { deleteEntry(type: TOPICAL, id: $id) { id } }`, { id });
    expect(error.extensions.code).toBe('ENTRY_IN_USE');
    const kinds = error.extensions.references.map((r: any) => r.what);
    expect(kinds).toEqual(expect.arrayContaining(['products', 'rules']));
    expect(error.message).toMatch(/wait-after\/prescription-retinoids/);
  });

  it('trashes, restores, and only lets an ADMIN purge', async () => {
    const { createArticle } = await as(editor, CREATE_ARTICLE, { input: articleInput('to-the-trash') });
    const DELETE = `mutation($id: ID!) { deleteEntry(type: ARTICLE, id: $id) { deletedAt } }`;
    expect((await as(editor, DELETE, { id: createArticle.id })).deleteEntry.deletedAt).toBeTruthy();
    const { trash } = await as(editor, `{ trash(type: ARTICLE) { key } }`);
    expect(trash.map((t: any) => t.key)).toContain('to-the-trash');
    await as(editor, `mutation($id: ID!) { restoreEntry(type: ARTICLE, id: $id) { deletedAt } }`, { id: createArticle.id });
    await as(editor, DELETE, { id: createArticle.id });

    const PURGE = `mutation($id: ID!) { purgeEntry(type: ARTICLE, id: $id) }`;
    expect((await errorOf(editor, PURGE, { id: createArticle.id })).extensions.code).toBe('FORBIDDEN');
    expect((await as(admin, PURGE, { id: createArticle.id })).purgeEntry).toBe(true);
    expect((await app.dataSource.query(`SELECT count(*) AS n FROM article WHERE slug = 'to-the-trash'`))[0].n).toBe('0');
  });

  it('counts entries in the trash too before a purge: a brand whose product is only trashed stays', async () => {
    const brandInput = CONTENT_INPUTS.BRAND.input();
    const { createBrand } = await as(editor, `mutation($input: BrandInput!) { createBrand(input: $input) { id } }`, { input: brandInput });
    const { createProduct } = await as(editor, `mutation($input: ProductInput!) { createProduct(input: $input) { id key } }`, {
      input: { ...CONTENT_INPUTS.PRODUCT.input(), brand: brandInput.slug },
    });
    const trash = (type: string, id: string) => as(editor, `mutation($id: ID!) { deleteEntry(type: ${type}, id: $id) { deletedAt } }`, { id });
    // A live product keeps its brand out of the trash; a trashed one does not.
    expect((await errorOf(editor, `mutation($id: ID!) { deleteEntry(type: BRAND, id: $id) { id } }`, { id: createBrand.id })).extensions.code).toBe(
      'ENTRY_IN_USE',
    );
    await trash('PRODUCT', createProduct.id);
    await trash('BRAND', createBrand.id);

    const error = await errorOf(admin, `mutation($id: ID!) { purgeEntry(type: BRAND, id: $id) }`, { id: createBrand.id });
    expect(error.extensions).toMatchObject({ code: 'ENTRY_IN_USE', references: [{ what: 'products', keys: [createProduct.key] }] });
  });
});

describe('rule sign-off', () => {
  const RULE = `mutation($id: ID!, $v: Int!, $input: CompatibilityRuleInput!) { updateCompatibilityRule(id: $id, expectedVersion: $v, input: $input) { ${ENTRY} } }`;

  it('needs a reviewer who is not the last editor; editors cannot publish rules', async () => {
    const [rule] = await app.dataSource.query(`SELECT id, version FROM compatibility_rule WHERE code = 'wait-after/prescription-retinoids/t4'`);
    const { editorialEntry } = await as(editor, `query($id: ID!) { editorialEntry(type: COMPATIBILITY_RULE, id: $id) { draft } }`, { id: rule.id });
    const input = { ...editorialEntry.draft, parameters: { ...editorialEntry.draft.parameters, hours: 384 } };

    const { updateCompatibilityRule } = await as(editor, RULE, { id: rule.id, v: rule.version, input });
    expect(updateCompatibilityRule.hasPendingDraft).toBe(true);
    const v = updateCompatibilityRule.version;

    const refused = await errorOf(editor, PUBLISH, { type: 'COMPATIBILITY_RULE', id: rule.id, v });
    expect(refused.extensions.code).toBe('FAILED_PRECONDITION');
    expect(refused.message).toMatch(/needs a reviewer's sign-off/);
    const { publishEntry } = await as(reviewer, PUBLISH, { type: 'COMPATIBILITY_RULE', id: rule.id, v });
    expect(publishEntry.entry.hasPendingDraft).toBe(false);
    const [{ parameters }] = await app.dataSource.query(`SELECT parameters FROM compatibility_rule WHERE id = $1`, [rule.id]);
    expect(parameters.hours).toBe(384);
  });

  it('refuses a reviewer-editor signing off their own change', async () => {
    const [rule] = await app.dataSource.query(`SELECT id, version FROM compatibility_rule WHERE code = 'wait-after/retinol/t2'`);
    const { editorialEntry } = await as(admin, `query($id: ID!) { editorialEntry(type: COMPATIBILITY_RULE, id: $id) { draft } }`, { id: rule.id });
    const { updateCompatibilityRule } = await as(admin, RULE, {
      id: rule.id,
      v: rule.version,
      input: { ...editorialEntry.draft, title: 'Retinol after a light session' },
    });
    const error = await errorOf(admin, PUBLISH, { type: 'COMPATIBILITY_RULE', id: rule.id, v: updateCompatibilityRule.version });
    expect(error.extensions.code).toBe('FAILED_PRECONDITION');
  });
});

describe('rule parameters', () => {
  const CREATE_RULE = `mutation($input: CompatibilityRuleInput!) { createCompatibilityRule(input: $input) { id version } }`;
  // One selection per kind: `scope` is an enum in one kind and an object in another, and GraphQL
  // does not merge fields of one name and different shapes, even on different types of a union.
  const SELECTIONS: Record<string, string> = {
    PairConflictParameters: 'scope management',
    WaitAfterNeedlingParameters: 'scope { devices depthAboveMm depthUpToMm tier } hours activity adviceLevel minFitzpatrick',
  };
  const ruleInput = (kind: string, topicals: Record<string, string[]>, parameters: Record<string, unknown>) => ({
    code: `test/${kind.toLowerCase().replaceAll('_', '-')}`,
    kind,
    severity: 'MODERATE',
    title: `A ${kind} rule`,
    rationale: 'Why.',
    management: 'What to do.',
    subjects: [],
    pairA: [],
    pairB: [],
    ...topicals,
    parameters,
    citations: ['seed-001'],
  });

  it.each([
    [
      'PairConflictParameters',
      ruleInput('PAIR_CONFLICT', { pairA: ['retinol'], pairB: ['glycolic-acid'] }, { scope: 'SAME_SLOT', management: 'SEPARATE_AM_PM' }),
    ],
    [
      'WaitAfterNeedlingParameters',
      ruleInput(
        'WAIT_AFTER_NEEDLING',
        { subjects: ['retinol'] },
        {
          scope: { devices: ['DERMAPEN'], depthAboveMm: 0.5, depthUpToMm: 1.5, tier: 'T3' },
          hours: 96,
          activity: null,
          adviceLevel: null,
          minFitzpatrick: 4,
        },
      ),
    ],
  ])('reads a published rule back as %s, under the names and with the values it was written with', async (typename, input) => {
    const { createCompatibilityRule: rule } = await as(editor, CREATE_RULE, { input });
    await as(reviewer, PUBLISH, { type: 'COMPATIBILITY_RULE', id: rule.id, v: rule.version });

    const { compatibilityRules } = await app.data(
      `query($kind: RuleKind!) { compatibilityRules(filter: { kind: $kind }) { code kindParameters { __typename ... on ${typename} { ${SELECTIONS[typename]} } } } }`,
      { kind: input.kind },
    );
    const published = compatibilityRules.find((r: any) => r.code === input.code);
    expect(published.kindParameters).toEqual({ __typename: typename, ...input.parameters });
  });

  it('still answers the deprecated parameters field, under its own names', async () => {
    const { compatibilityRules } = await app.data(
      `{ compatibilityRules(filter: { kind: PAIR_CONFLICT }) { parameters { conflictScope conflictManagement } } }`,
    );
    expect(compatibilityRules.length).toBeGreaterThan(0);
    expect(compatibilityRules.every((r: any) => r.parameters.conflictScope !== null && r.parameters.conflictManagement !== null)).toBe(true);
  });
});

describe('history', () => {
  it('records who changed which fields, and restores an older revision as a new revision', async () => {
    const { createArticle } = await as(editor, CREATE_ARTICLE, { input: articleInput('with-history', 'Version one') });
    await as(secondEditor, UPDATE_ARTICLE, { id: createArticle.id, v: 1, input: articleInput('with-history', 'Version two') });
    const REVISIONS = `query($id: ID!) { revisions(type: ARTICLE, id: $id) { id version action actorId changedFields snapshot } }`;
    const { revisions } = await as(editor, REVISIONS, { id: createArticle.id });
    expect(revisions.map((r: any) => r.action)).toEqual(['UPDATE', 'CREATE']);
    expect(revisions[0]).toMatchObject({ actorId: secondEditor.user.id, changedFields: ['title'], version: 2 });

    const { restoreRevision } = await as(
      editor,
      `mutation($r: ID!, $v: Int!) { restoreRevision(revisionId: $r, expectedVersion: $v) { version draft } }`,
      {
        r: revisions[1].id,
        v: 2,
      },
    );
    expect(restoreRevision.draft.title).toBe('Version one');
    const after = (await as(editor, REVISIONS, { id: createArticle.id })).revisions;
    expect(after[0]).toMatchObject({ action: 'RESTORE_REVISION', version: 3, changedFields: ['title'] });
  });

  it('lists a changed link among the changed fields, like any other field', async () => {
    const { createArticle } = await as(editor, CREATE_ARTICLE, { input: articleInput('with-linked-history') });
    await as(editor, UPDATE_ARTICLE, {
      id: createArticle.id,
      v: 1,
      input: { ...articleInput('with-linked-history'), topicals: ['retinol', 'niacinamide'] },
    });
    const { revisions } = await as(editor, `query($id: ID!) { revisions(type: ARTICLE, id: $id) { changedFields } }`, { id: createArticle.id });
    expect(revisions[0].changedFields).toEqual(['topicals']);
  });
});

describe('scheduled publishing', () => {
  it('publishes at the scheduled time, once, even with several runners', async () => {
    const { createArticle } = await as(editor, CREATE_ARTICLE, { input: articleInput('scheduled-article') });
    const at = new Date(Date.now() + 60_000).toISOString();
    const { publishEntry } = await as(editor, PUBLISH, { type: 'ARTICLE', id: createArticle.id, v: 1, at });
    expect(publishEntry.scheduled).toMatchObject({ action: 'PUBLISH' });
    expect((await app.data(STOREFRONT_ARTICLE, { slug: 'scheduled-article' })).article).toBeNull();

    // Make it due, then run two passes at once as two instances would.
    await app.dataSource.query(`UPDATE publication_schedule SET run_at = now() - interval '1 second' WHERE id = $1`, [publishEntry.scheduled.id]);
    const editorial = app.services.editorial;
    const counts = await Promise.all([editorial.runDueSchedules(), editorial.runDueSchedules()]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    expect((await app.data(STOREFRONT_ARTICLE, { slug: 'scheduled-article' })).article).not.toBeNull();
    const revisions = await app.dataSource.query(`SELECT action FROM revision WHERE entity_id = $1 AND action = 'PUBLISH'`, [createArticle.id]);
    expect(revisions).toHaveLength(1);
  });
});

describe('audit log', () => {
  it('records successes and failures; only ADMINs read it', async () => {
    const AUDIT = `{ auditLog(first: 100, filter: { action: "updateArticle" }) { totalCount edges { node { actorEmail action outcome entityType } } } }`;
    const { auditLog } = await as(admin, AUDIT);
    const outcomes = auditLog.edges.map((e: any) => e.node.outcome);
    expect(outcomes).toEqual(expect.arrayContaining(['SUCCESS', 'CONFLICT']));
    expect((await errorOf(editor, AUDIT)).extensions.code).toBe('FORBIDDEN');
    expect((await errorOf(null, AUDIT)).extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('webhook events', () => {
  it('queues one delivery per subscribed endpoint when a change commits, and none when it fails', async () => {
    await app.dataSource.query(
      `INSERT INTO webhook_endpoint (url, events, secret) VALUES ('http://127.0.0.1:9/hook', ARRAY['ENTRY_PUBLISHED', 'ENTRY_DELETED'], 'test-secret')`,
    );
    const { createArticle } = await as(editor, CREATE_ARTICLE, { input: articleInput('announced-article') });
    const deliveries = () =>
      app.dataSource.query(`SELECT event_type AS type, payload FROM webhook_delivery WHERE payload->'data'->>'entityId' = $1 ORDER BY created_at`, [
        createArticle.id,
      ]);

    await errorOf(editor, PUBLISH, { type: 'ARTICLE', id: createArticle.id, v: 99 });
    expect(await deliveries()).toEqual([]);

    const { publishEntry } = await as(editor, PUBLISH, { type: 'ARTICLE', id: createArticle.id, v: 1 });
    await as(editor, `mutation($id: ID!, $v: Int!) { unpublishEntry(type: ARTICLE, id: $id, expectedVersion: $v) { entry { id } } }`, {
      id: createArticle.id,
      v: publishEntry.entry.version,
    });
    await as(editor, `mutation($id: ID!) { deleteEntry(type: ARTICLE, id: $id) { id } }`, { id: createArticle.id });

    const sent = await deliveries();
    expect(sent.map((d: any) => d.type)).toEqual(['ENTRY_PUBLISHED', 'ENTRY_DELETED']);
    expect(sent[0].payload.data).toMatchObject({ entityType: 'ARTICLE', slugOrCode: 'announced-article', version: 2, actorId: editor.user.id });
  });
});

describe('races on a new slug', () => {
  it('gives the loser of two simultaneous creates a field error, not an internal one', async () => {
    const responses = await Promise.all(
      [editor, secondEditor].map((who) => app.graphql(CREATE_ARTICLE, { input: articleInput('raced-slug') }, who.headers)),
    );
    const errors = responses.flatMap((r) => r.body.errors ?? []);
    expect(responses.filter((r) => !r.body.errors)).toHaveLength(1);
    expect(errors).toHaveLength(1);
    expect(errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.slug' }] });
  });
});
