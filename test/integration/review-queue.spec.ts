// The review queue through the real server: what waits for a reviewer's sign-off, with who changed
// it (by name), a field-by-field diff against the published version, and whether the viewer may
// sign it off; the same person who edited an entry is told why not, and publishEntry refuses them.
import { Role } from '../../src/core/roles';
import { importKnowledge } from '../../src/modules/knowledge';
import { createTestUser, fieldAs, login, SignedIn, signInAs } from '../support/auth';
import { refusal } from '../support/errors';
import { editEntry, knowledgeWith } from '../support/knowledge-files';
import { bearer, createPartner } from '../support/partners';
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(60_000);

const RULE = 'wait-after/vitamin-c/t1';
const IMPORTED_RULE = 'stop-before/retinoids';

const QUEUE = `query($first: Int, $after: String, $last: Int, $before: String, $types: [ContentType!]) {
  reviewQueue(first: $first, after: $after, last: $last, before: $before, types: $types) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node {
      entry { type id key version status hasPendingDraft editedBy { name role kind } }
      change fromKnowledgeImport changedAt publishedContent draftContent
      changes { field published draft }
      editedBy { id name role kind }
      canSignOff signOffRefusal
    } }
  }
}`;
const ENTRY = `query($type: ContentType!, $id: ID!) { editorialEntry(type: $type, id: $id) { version draft } }`;
const UPDATE_RULE = `mutation($id: ID!, $v: Int!, $input: CompatibilityRuleInput!) {
  updateCompatibilityRule(id: $id, expectedVersion: $v, input: $input) { version hasPendingDraft editedBy { name kind } }
}`;
const CREATE_RULE = `mutation($input: CompatibilityRuleInput!) { createCompatibilityRule(input: $input) { id version status } }`;
const PUBLISH = `mutation($type: ContentType!, $id: ID!, $v: Int!) { publishEntry(type: $type, id: $id, expectedVersion: $v) { entry { version status } } }`;
const REVISIONS = `query($id: ID!) { revisions(type: COMPATIBILITY_RULE, id: $id) { action actorId actor { id name role kind } } }`;

let app: TestApp;
let editor: SignedIn;
let reviewer: SignedIn;
let admin: SignedIn;

/** A staff user made through createUser as an admin would, with a display name, then signed in. */
async function staffNamed(role: Role, displayName: string | null): Promise<SignedIn> {
  const email = `${role.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}@clinic.example`;
  const password = 'a long enough password';
  await fieldAs(app, admin, `mutation($input: CreateUserInput!) { createUser(input: $input) { id displayName } }`, {
    input: { email, password, role, ...(displayName === null ? {} : { displayName }) },
  });
  return login(app, email, password);
}

const ruleId = async (code: string): Promise<string> =>
  (await app.dataSource.query<{ id: string }[]>(`SELECT id FROM compatibility_rule WHERE code = $1`, [code]))[0].id;

const queue = (who: SignedIn, variables: Record<string, unknown> = {}) => fieldAs(app, who, QUEUE, variables);
const nodes = (page: any): any[] => page.edges.map((edge: any) => edge.node);
const inQueue = async (who: SignedIn, key: string) => nodes(await queue(who, { first: 100 })).find((node) => node.entry.key === key);

beforeAll(async () => {
  app = await startTestApp();
  admin = await signInAs(app, Role.ADMIN);
  [editor, reviewer] = await Promise.all([staffNamed(Role.EDITOR, 'Eda Editor'), staffNamed(Role.REVIEWER, 'Dr Rhea Reviewer')]);
});
afterAll(async () => {
  await app?.close();
});

it('starts empty: the shipped knowledge is published', async () => {
  const page = await queue(reviewer);
  expect(page).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false } });
});

it("lists an editor's change to a published rule with its diff, by name; the editor may read it but not sign it off, a reviewer signs it off", async () => {
  const id = await ruleId(RULE);
  const { version, draft } = await fieldAs(app, editor, ENTRY, { type: 'COMPATIBILITY_RULE', id });
  const edited = await fieldAs(app, editor, UPDATE_RULE, {
    id,
    v: version,
    input: { ...draft, severity: 'MODERATE', subjects: ['vitamin-c'], parameters: { ...draft.parameters, hours: 120 } },
  });
  expect(edited).toMatchObject({ hasPendingDraft: true, editedBy: { name: 'Eda Editor', kind: 'STAFF' } });

  const seenByReviewer = await inQueue(reviewer, RULE);
  expect(seenByReviewer).toMatchObject({
    entry: { type: 'COMPATIBILITY_RULE', id, status: 'PUBLISHED', hasPendingDraft: true, version: edited.version },
    change: 'EDIT',
    fromKnowledgeImport: false,
    editedBy: { name: 'Eda Editor', role: 'EDITOR', kind: 'STAFF' },
    canSignOff: true,
    signOffRefusal: null,
  });
  expect(seenByReviewer.publishedContent.parameters.hours).toBe(72);
  expect(seenByReviewer.draftContent.parameters.hours).toBe(120);
  // Nested parameters are one line per leaf; lists are joined; unchanged fields are left out.
  expect(seenByReviewer.changes).toEqual([
    { field: 'severity', published: 'HIGH', draft: 'MODERATE' },
    { field: 'subjects', published: 'vitamin-c, vitamin-c-derivatives', draft: 'vitamin-c' },
    { field: 'parameters.hours', published: '72', draft: '120' },
  ]);

  const seenByEditor = await inQueue(editor, RULE);
  expect(seenByEditor).toMatchObject({
    canSignOff: false,
    signOffRefusal: 'Only a reviewer (REVIEWER or ADMIN) signs off a compatibility rule; editors can read the queue.',
  });

  await fieldAs(app, reviewer, PUBLISH, { type: 'COMPATIBILITY_RULE', id, v: edited.version });
  expect(await inQueue(reviewer, RULE)).toBeUndefined();
  const { publishedBy, editedBy } = await fieldAs(
    app,
    editor,
    `query($id: ID!) { editorialEntry(type: COMPATIBILITY_RULE, id: $id) { editedBy { name } publishedBy { name role } } }`,
    { id },
  );
  expect({ publishedBy, editedBy }).toEqual({ publishedBy: { name: 'Dr Rhea Reviewer', role: 'REVIEWER' }, editedBy: { name: 'Eda Editor' } });
  const revisions = await fieldAs(app, reviewer, REVISIONS, { id });
  expect(revisions[0]).toMatchObject({ action: 'PUBLISH', actor: { name: 'Dr Rhea Reviewer', role: 'REVIEWER', kind: 'STAFF' } });
  expect(revisions[1]).toMatchObject({ action: 'UPDATE_DRAFT', actor: { name: 'Eda Editor', role: 'EDITOR' } });
});

it('tells a reviewer who made the change that another reviewer must sign it off, as publishEntry does', async () => {
  const id = await ruleId(RULE);
  const { version, draft } = await fieldAs(app, reviewer, ENTRY, { type: 'COMPATIBILITY_RULE', id });
  // Reviewers lack EDIT_CONTENT; an admin may edit and sign off, so the same person is an admin here.
  const editingAdmin = await staffNamed(Role.ADMIN, null);
  const edited = await fieldAs(app, editingAdmin, UPDATE_RULE, { id, v: version, input: { ...draft, management: `${draft.management} Rewritten.` } });

  const own = await inQueue(editingAdmin, RULE);
  expect(own).toMatchObject({
    canSignOff: false,
    signOffRefusal: 'You made the last change to this compatibility rule, so another reviewer must sign it off.',
  });
  // Without a display name, staff are named by their email's local part.
  expect(own.editedBy.name).toMatch(/^admin-[a-z0-9]+$/);
  const refused = refusal(await app.graphql(PUBLISH, { type: 'COMPATIBILITY_RULE', id, v: edited.version }, editingAdmin.headers));
  expect(refused.message).toBe('A compatibility rule is signed off by a reviewer other than its last editor');

  expect(await inQueue(reviewer, RULE)).toMatchObject({ canSignOff: true });
  await fieldAs(app, reviewer, PUBLISH, { type: 'COMPATIBILITY_RULE', id, v: edited.version });
});

it('lists a new draft as NEW, every field against nothing published', async () => {
  const { draft } = await fieldAs(app, editor, ENTRY, { type: 'COMPATIBILITY_RULE', id: await ruleId(RULE) });
  const created = await fieldAs(app, editor, CREATE_RULE, { input: { ...draft, code: 'wait-after/vitamin-c/review-test' } });
  const node = await inQueue(reviewer, 'wait-after/vitamin-c/review-test');
  expect(node).toMatchObject({ change: 'NEW', publishedContent: null, entry: { id: created.id, status: 'DRAFT' }, canSignOff: true });
  expect(node.changes).toContainEqual({ field: 'code', published: null, draft: 'wait-after/vitamin-c/review-test' });
  expect(node.changes).toContainEqual({ field: 'parameters.scope.devices', published: null, draft: 'DERMAROLLER, DERMAPEN' });
});

it("marks the knowledge import's pending changes as such, named as the import", async () => {
  await importKnowledge(
    app.dataSource,
    knowledgeWith({
      'rules/stop-before.yaml': editEntry(IMPORTED_RULE, (e) => e.replace('version: 1', 'version: 2').replace('hours: 168', 'hours: 240')),
    }),
  );
  const node = await inQueue(reviewer, IMPORTED_RULE);
  expect(node).toMatchObject({
    change: 'EDIT',
    fromKnowledgeImport: true,
    editedBy: { name: 'knowledge import', role: null, kind: 'KNOWLEDGE_IMPORT' },
    canSignOff: true,
    changes: [{ field: 'parameters.hours', published: '168', draft: '240' }],
  });
});

it('pages forwards and backwards over every waiting type, newest first, and filters by type', async () => {
  const topical = (await app.data(`{ topical(slug: "niacinamide") { id } }`)).topical.id;
  const { version, draft } = await fieldAs(app, editor, ENTRY, { type: 'TOPICAL', id: topical });
  await fieldAs(
    app,
    editor,
    `mutation($id: ID!, $v: Int!, $input: TopicalInput!) { updateTopical(id: $id, expectedVersion: $v, input: $input) { version } }`,
    {
      id: topical,
      v: version,
      input: { ...draft, benefits: 'Calms redness.' },
    },
  );

  const all = nodes(await queue(reviewer, { first: 100 }));
  expect(all.map((node) => node.entry.key)).toEqual(['niacinamide', IMPORTED_RULE, 'wait-after/vitamin-c/review-test']);
  const first = await queue(reviewer, { first: 2 });
  expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true, hasPreviousPage: false } });
  const second = await queue(reviewer, { first: 2, after: first.pageInfo.endCursor });
  expect(nodes(second).map((node) => node.entry.key)).toEqual(['wait-after/vitamin-c/review-test']);
  expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  const back = await queue(reviewer, { last: 2, before: second.pageInfo.startCursor });
  expect(nodes(back).map((node) => node.entry.key)).toEqual(['niacinamide', IMPORTED_RULE]);

  const topicals = await queue(reviewer, { types: ['TOPICAL'] });
  expect(nodes(topicals).map((node) => node.entry.key)).toEqual(['niacinamide']);
  const wrongType = refusal(await app.graphql(QUEUE, { types: ['ARTICLE'] }, reviewer.headers));
  expect(wrongType.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    fields: [{ field: 'types', message: expect.stringContaining('need no sign-off') }],
  });
});

it('is for staff only', async () => {
  expect(refusal(await app.graphql(QUEUE, {})).extensions!.code).toBe('UNAUTHENTICATED');
  const partner = await createPartner(app, { scopes: ['CATALOG_READ', 'REGIMEN_READ'] }, admin);
  expect(refusal(await app.graphql(QUEUE, {}, bearer(partner.apiKey))).extensions!.code).toBe('FORBIDDEN');
});

it('names staff by display name, settable by an admin and reset to the local part with an empty string', async () => {
  const user = await createTestUser(app, Role.EDITOR, { email: 'pat.smith@clinic.example' });
  const USERS = `{ users { id email displayName } }`;
  const named = async () => (await fieldAs(app, admin, USERS)).find((u: any) => u.id === user.id).displayName;
  expect(await named()).toBe('pat.smith');
  const UPDATE_USER = `mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { displayName role } }`;
  expect(await fieldAs(app, admin, UPDATE_USER, { id: user.id, input: { displayName: '  Pat Smith ' } })).toEqual({
    displayName: 'Pat Smith',
    role: 'EDITOR',
  });
  expect(await fieldAs(app, admin, UPDATE_USER, { id: user.id, input: { displayName: '' } })).toEqual({ displayName: 'pat.smith', role: 'EDITOR' });
  const tooLong = refusal(await app.graphql(UPDATE_USER, { id: user.id, input: { displayName: 'x'.repeat(81) } }, admin.headers));
  expect(tooLong.extensions!.code).toBe('BAD_USER_INPUT');
});
