// The staff list behind the editor console: every entry of a type (drafts, pending drafts, the
// trash), searched and filtered on the server, a keyset page at a time in key order.
import { Role } from '../../src/core/roles';
import { dataAs, SignedIn, signInAs } from '../support/auth';
import { CONTENT_INPUTS } from '../support/editorial-inputs';
import { firstError } from '../support/errors';
import { startTestApp, TestApp } from '../support/test-app';

let app: TestApp;
let editor: SignedIn;

beforeAll(async () => {
  app = await startTestApp();
  editor = await signInAs(app, Role.EDITOR);
});
afterAll(() => app.close());

const LIST = `query($type: ContentType!, $filter: EditorialEntryFilter, $first: Int, $after: String) {
  editorialEntries(type: $type, filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id key status version hasPendingDraft deletedAt draft } }
  }
}`;

const as = <T = any>(query: string, variables: Record<string, unknown> = {}) => dataAs<T>(app, editor, query, variables);
const list = async (type: string, filter: Record<string, unknown> = {}, first = 100, after?: string) =>
  (await as(LIST, { type, filter, first, after })).editorialEntries;
const keys = (connection: any): string[] => connection.edges.map((edge: any) => edge.node.key);

async function create(type: string, overrides: Record<string, unknown> = {}): Promise<{ id: string; key: string; version: number }> {
  const { name, inputType, input } = CONTENT_INPUTS[type];
  const result = await as(`mutation($input: ${inputType}!) { create${name}(input: $input) { id key version } }`, {
    input: { ...input(), ...overrides },
  });
  return result[`create${name}`];
}

describe('editorialEntries', () => {
  it('lists drafts beside published entries, in key order, and pages through them without gaps', async () => {
    const draft = await create('BRAND', { slug: 'aaa-console-draft-brand', name: 'Console Draft Brand' });
    const all = await list('BRAND');
    expect(keys(all)).toEqual([...keys(all)].sort());
    expect(all.edges[0].node).toMatchObject({ key: draft.key, status: 'DRAFT', draft: expect.objectContaining({ name: 'Console Draft Brand' }) });
    expect(all.totalCount).toBe(all.edges.length);

    const paged: string[] = [];
    let after: string | undefined;
    do {
      const page = await list('BRAND', {}, 2, after);
      paged.push(...keys(page));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
    } while (after);
    expect(paged).toEqual(keys(all));
  });

  it("searches keys and names (a pending draft's too), any case, with wildcards taken literally", async () => {
    const brand = await create('BRAND', { slug: 'console-search-brand', name: 'Lumière Labs' });
    await as(`mutation($type: ContentType!, $id: ID!, $v: Int!) { publishEntry(type: $type, id: $id, expectedVersion: $v) { entry { version } } }`, {
      type: 'BRAND',
      id: brand.id,
      v: 1,
    });
    await as(`mutation($id: ID!, $v: Int!, $input: BrandInput!) { updateBrand(id: $id, expectedVersion: $v, input: $input) { version } }`, {
      id: brand.id,
      v: 2,
      input: { slug: 'console-search-brand', name: 'Renamed Radiance', description: 'Pending rename.' },
    });

    expect(keys(await list('BRAND', { search: 'LUMIÈRE' }))).toEqual(['console-search-brand']);
    expect(keys(await list('BRAND', { search: 'radiance' }))).toEqual(['console-search-brand']);
    expect(keys(await list('BRAND', { search: 'search-br' }))).toEqual(['console-search-brand']);
    expect(keys(await list('BRAND', { search: '%' }))).toEqual([]);

    const pending = await list('BRAND', { pendingDraft: true });
    expect(keys(pending)).toEqual(['console-search-brand']);
    expect(pending.edges[0].node).toMatchObject({ status: 'PUBLISHED', hasPendingDraft: true });
  });

  it("filters by status, by a product's brand and by a rule's kind", async () => {
    const drafts = await list('TOPICAL', { status: 'DRAFT' });
    const published = await list('TOPICAL', { status: 'PUBLISHED' });
    expect(drafts.edges.every((edge: any) => edge.node.status === 'DRAFT')).toBe(true);
    expect(published.edges.length).toBeGreaterThan(0);
    expect(published.edges.every((edge: any) => edge.node.status === 'PUBLISHED')).toBe(true);

    const products = await list('PRODUCT');
    const brand = products.edges[0].node.draft.brand as string;
    const ofBrand = await list('PRODUCT', { brand });
    expect(ofBrand.edges.length).toBeGreaterThan(0);
    expect(ofBrand.edges.every((edge: any) => edge.node.draft.brand === brand)).toBe(true);
    expect(ofBrand.totalCount).toBeLessThan(products.totalCount);

    const rules = await list('COMPATIBILITY_RULE');
    const kind = rules.edges[0].node.draft.kind as string;
    const ofKind = await list('COMPATIBILITY_RULE', { ruleKind: kind });
    expect(ofKind.edges.length).toBeGreaterThan(0);
    expect(ofKind.edges.every((edge: any) => edge.node.draft.kind === kind)).toBe(true);
  });

  it('lists the trash only when asked', async () => {
    const article = await create('ARTICLE');
    await as(`mutation($id: ID!) { deleteEntry(type: ARTICLE, id: $id) { deletedAt } }`, { id: article.id });
    expect(keys(await list('ARTICLE'))).not.toContain(article.key);
    const trash = await list('ARTICLE', { trashed: true });
    expect(keys(trash)).toEqual([article.key]);
    expect(trash.edges[0].node.deletedAt).not.toBeNull();
  });

  it('refuses a filter of another type, naming it', async () => {
    const error = firstError(await app.graphql(LIST, { type: 'ARTICLE', filter: { brand: 'x' } }, editor.headers));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'filter.brand', message: expect.stringMatching(/product entries only/) }),
    ]);
  });

  it('is for staff only', async () => {
    const error = firstError(await app.graphql(LIST, { type: 'BRAND' }));
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('validateCompatibilityRule', () => {
  const VALIDATE = `query($input: CompatibilityRuleInput!, $id: ID) { validateCompatibilityRule(input: $input, id: $id) { field message } }`;
  const validate = async (input: Record<string, unknown>, id?: string) => (await as(VALIDATE, { input, id })).validateCompatibilityRule;
  const ruleInput = (overrides: Record<string, unknown> = {}) => ({ ...CONTENT_INPUTS.COMPATIBILITY_RULE.input(), ...overrides });

  it('finds nothing wrong with a rule the save would accept, and saves nothing', async () => {
    const input = ruleInput();
    expect(await validate(input)).toEqual([]);
    expect(keys(await list('COMPATIBILITY_RULE', { search: input.code as string }))).toEqual([]);
  });

  it("reports the engine's problems with the kind's parameters and topical roles, as the save would", async () => {
    const input = ruleInput({
      kind: 'PAIR_CONFLICT',
      subjects: [],
      pairA: ['retinol'],
      pairB: ['glycolic-acid'],
      parameters: { scope: 'SAME_DAY', management: 'SEPARATE_AM_PM' },
    });
    const problems = await validate(input);
    expect(problems).toEqual([expect.objectContaining({ field: 'input.parameters', message: expect.stringMatching(/SEPARATE_AM_PM/) })]);

    const save = firstError(
      await app.graphql(`mutation($input: CompatibilityRuleInput!) { createCompatibilityRule(input: $input) { id } }`, { input }, editor.headers),
    );
    expect(save.extensions?.fields).toEqual(problems);
  });

  it('reports unknown topicals and a code in use, except the rule’s own code when editing it', async () => {
    const rule = await create('COMPATIBILITY_RULE');
    expect(await validate(ruleInput({ code: rule.key, subjects: ['no-such-topical'] }))).toEqual([
      expect.objectContaining({ field: 'input.code' }),
      expect.objectContaining({ field: 'input.subjects[0]', message: 'unknown topical "no-such-topical"' }),
    ]);
    expect(await validate(ruleInput({ code: rule.key }), rule.id)).toEqual([]);
  });

  it('is for editors', async () => {
    const reviewer = await signInAs(app, Role.REVIEWER);
    const error = firstError(await app.graphql(VALIDATE, { input: ruleInput() }, reviewer.headers));
    expect(error.extensions?.code).toBe('FORBIDDEN');
  });
});
