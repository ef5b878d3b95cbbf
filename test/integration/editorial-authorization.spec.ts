// Who may do what in the editorial API: every mutation and sensitive query, as anonymous,
// EDITOR, REVIEWER and ADMIN. Changes to published clinical knowledge need a reviewer's sign-off.
import { Role } from '../../src/core/roles';
import { fieldAs, SignedIn, signInAs } from '../support/auth';
import { authorizationCases, expectAuthorization, Operation as Request, Who } from '../support/authorization';
import { CONTENT_INPUTS } from '../support/editorial-inputs';
import { refusal } from '../support/errors';
import { GraphQLResponse, startTestApp, TestApp } from '../support/test-app';

const EVERYONE: Who[] = ['anonymous', Role.EDITOR, Role.REVIEWER, Role.ADMIN];
const SIGNED_IN: Who[] = [Role.EDITOR, Role.REVIEWER, Role.ADMIN];
const EDITORS: Who[] = [Role.EDITOR, Role.ADMIN];
const REVIEWERS: Who[] = [Role.REVIEWER, Role.ADMIN];
const ADMIN_ONLY: Who[] = [Role.ADMIN];

/** The types whose published content changes what plans say: the rest need no sign-off. */
const SIGN_OFF_TYPES = new Set(['TREATMENT', 'SCAR_TYPE', 'TOPICAL', 'CITATION', 'COMPATIBILITY_RULE']);

let app: TestApp;
let author: SignedIn;
/** Publishes, trashes and schedules entries for the cases: an ADMIN, so a reviewer other than their last editor. */
let publisher: SignedIn;
const sessions = new Map<Who, Record<string, string>>();

beforeAll(async () => {
  app = await startTestApp();
  // Entries are prepared by a separate editor, so nobody in the table is their last editor.
  author = await signInAs(app, Role.EDITOR);
  publisher = await signInAs(app, Role.ADMIN);
  sessions.set('anonymous', {});
  for (const role of [Role.EDITOR, Role.REVIEWER, Role.ADMIN]) sessions.set(role, (await signInAs(app, role)).headers);
});
afterAll(() => app.close());

const as = (who: SignedIn, query: string, variables: Record<string, unknown>) =>
  fieldAs<{ id: string; version: number; entry: { version: number }; scheduled: { id: string } }>(app, who, query, variables);

const byAuthor = (query: string, variables: Record<string, unknown>) => as(author, query, variables);

async function draftOf(type: string): Promise<{ id: string; version: number }> {
  const { inputType, name, input } = CONTENT_INPUTS[type];
  return byAuthor(`mutation($input: ${inputType}!) { create${name}(input: $input) { id version } }`, { input: input() });
}

const trashed = async (type: string) => {
  const { id } = await draftOf(type);
  return byAuthor(`mutation($id: ID!) { deleteEntry(type: ${type}, id: $id) { id version } }`, { id });
};

const published = async (type: string) => {
  const { id, version } = await draftOf(type);
  const { entry } = await as(
    publisher,
    `mutation($id: ID!, $v: Int!) { publishEntry(type: ${type}, id: $id, expectedVersion: $v) { entry { version } } }`,
    {
      id,
      v: version,
    },
  );
  return { id, version: entry.version };
};

/** Published, then trashed: restoring it makes it live again. */
const trashedWhilePublished = async (type: string) => {
  const { id } = await published(type);
  return as(publisher, `mutation($id: ID!) { deleteEntry(type: ${type}, id: $id) { id version } }`, { id });
};

const scheduledPublication = async (type: string, who: SignedIn) => {
  const { id, version } = await draftOf(type);
  const at = new Date(Date.now() + 3_600_000).toISOString();
  const { scheduled } = await as(
    who,
    `mutation($id: ID!, $v: Int!, $at: DateTime) { publishEntry(type: ${type}, id: $id, expectedVersion: $v, at: $at) { scheduled { id } } }`,
    { id, v: version, at },
  );
  return scheduled.id;
};

type Operation = [string, Who[], () => Promise<Request>];

const contentOperations: Operation[] = Object.entries(CONTENT_INPUTS).flatMap(([type, { inputType, name, input }]): Operation[] => [
  [`mutation create${name}`, EDITORS, async () => [`mutation($input: ${inputType}!) { create${name}(input: $input) { id } }`, { input: input() }]],
  [
    `mutation update${name}`,
    EDITORS,
    async () => {
      const { id, version } = await draftOf(type);
      return [
        `mutation($id: ID!, $v: Int!, $input: ${inputType}!) { update${name}(id: $id, expectedVersion: $v, input: $input) { id } }`,
        { id, v: version, input: input() },
      ];
    },
  ],
]);

/** Trashing a draft of `type`, and restoring one from the trash. */
const draftOperations = (type: string): Operation[] => [
  [
    `mutation deleteEntry (draft ${type})`,
    EDITORS,
    async () => [`mutation($id: ID!) { deleteEntry(type: ${type}, id: $id) { id } }`, { id: (await draftOf(type)).id }],
  ],
  [
    `mutation restoreEntry (trashed draft ${type})`,
    EDITORS,
    async () => [`mutation($id: ID!) { restoreEntry(type: ${type}, id: $id) { id } }`, { id: (await trashed(type)).id }],
  ],
];

/** Restoring the entry's first revision (its creation), based on its current version. */
async function restoringFirstRevision({ id, version }: { id: string; version: number }): Promise<Request> {
  const [{ revisionId }] = await app.dataSource.query(`SELECT id AS "revisionId" FROM revision WHERE entity_id = $1 AND action = 'CREATE'`, [id]);
  return [`mutation($r: ID!, $v: Int!) { restoreRevision(revisionId: $r, expectedVersion: $v) { id } }`, { r: revisionId, v: version }];
}

const operations: Operation[] = [
  ...contentOperations,
  // Publishing and unpublishing, by type: see publicationOperations.
  [
    'mutation cancelScheduledPublication (article)',
    EDITORS,
    async () => [`mutation($id: ID!) { cancelScheduledPublication(id: $id) }`, { id: await scheduledPublication('ARTICLE', author) }],
  ],
  // Drafts change no plan: trashing and restoring them is editors' work, whatever the type.
  ...draftOperations('ARTICLE'),
  ...draftOperations('COMPATIBILITY_RULE'),
  ['mutation restoreRevision', EDITORS, async () => restoringFirstRevision(await draftOf('BRAND'))],
  // Only a pending draft, which the engine does not see.
  ['mutation restoreRevision (published rule)', EDITORS, async () => restoringFirstRevision(await published('COMPATIBILITY_RULE'))],
  // Purging stays an ADMIN's, whatever the type.
  [
    'mutation purgeEntry',
    ADMIN_ONLY,
    async () => [`mutation($id: ID!) { purgeEntry(type: ARTICLE, id: $id) }`, { id: (await trashed('ARTICLE')).id }],
  ],
  [
    'mutation purgeEntry (rule trashed while published)',
    ADMIN_ONLY,
    async () => [
      `mutation($id: ID!) { purgeEntry(type: COMPATIBILITY_RULE, id: $id) }`,
      { id: (await trashedWhilePublished('COMPATIBILITY_RULE')).id },
    ],
  ],
  [
    'query editorialEntry',
    SIGNED_IN,
    async () => [`query($id: ID!) { editorialEntry(type: ARTICLE, id: $id) { id } }`, { id: (await draftOf('ARTICLE')).id }],
  ],
  ['query revisions', SIGNED_IN, async () => [`query($id: ID!) { revisions(type: ARTICLE, id: $id) { id } }`, { id: (await draftOf('ARTICLE')).id }]],
  ['query trash', SIGNED_IN, async () => [`{ trash(type: ARTICLE) { id } }`, {}]],
  ['query scheduledPublications', SIGNED_IN, async () => [`{ scheduledPublications { id } }`, {}]],
  ['query auditLog', ADMIN_ONLY, async () => [`{ auditLog(first: 5) { totalCount } }`, {}]],
];

/**
 * Publication changes of every type, and changes to published entries: a type that needs sign-off
 * needs a reviewer (and refuses an EDITOR for want of sign-off, not of a role), the others an editor.
 */
const publicationOperations: Operation[] = Object.keys(CONTENT_INPUTS).flatMap((type): Operation[] => {
  const allowed = SIGN_OFF_TYPES.has(type) ? REVIEWERS : EDITORS;
  const entryMutation = (name: string) => `mutation($id: ID!) { ${name}(type: ${type}, id: $id) { id } }`;
  const publication = (name: string) => `mutation($id: ID!, $v: Int!) { ${name}(type: ${type}, id: $id, expectedVersion: $v) { entry { id } } }`;
  return [
    [
      `mutation publishEntry (${type})`,
      allowed,
      async () => {
        const { id, version } = await draftOf(type);
        return [publication('publishEntry'), { id, v: version }];
      },
    ],
    [
      `mutation unpublishEntry (${type})`,
      allowed,
      async () => {
        const { id, version } = await published(type);
        return [publication('unpublishEntry'), { id, v: version }];
      },
    ],
    [`mutation deleteEntry (published ${type})`, allowed, async () => [entryMutation('deleteEntry'), { id: (await published(type)).id }]],
    [
      `mutation restoreEntry (${type} trashed while published)`,
      allowed,
      async () => [entryMutation('restoreEntry'), { id: (await trashedWhilePublished(type)).id }],
    ],
  ];
});

const signOffOperations: Operation[] = [
  ...publicationOperations,
  [
    'mutation cancelScheduledPublication (rule)',
    REVIEWERS,
    async () => [`mutation($id: ID!) { cancelScheduledPublication(id: $id) }`, { id: await scheduledPublication('COMPATIBILITY_RULE', publisher) }],
  ],
];

/** As expectAuthorization, except that a refused EDITOR is told the change needs a reviewer's sign-off. */
function expectSignOff(response: GraphQLResponse, who: Who, allowed: boolean): void {
  if (allowed || who !== Role.EDITOR) return expectAuthorization(response, who, allowed);
  const error = refusal(response);
  expect(error.extensions!.code).toBe('FAILED_PRECONDITION');
  expect(error.message).toMatch(/changes what plans say and needs a reviewer's sign-off \(REVIEWER or ADMIN\)/);
}

it.each(authorizationCases(operations, EVERYONE))('%s as %s: allowed %s', async (_name, who, allowed, prepare) => {
  const [query, variables] = await prepare();
  expectAuthorization(await app.graphql(query, variables, sessions.get(who)), who, allowed);
});

it.each(authorizationCases(signOffOperations, EVERYONE))('%s as %s: allowed %s', async (_name, who, allowed, prepare) => {
  const [query, variables] = await prepare();
  expectSignOff(await app.graphql(query, variables, sessions.get(who)), who, allowed);
});

it('storefront queries show drafts to signed-in staff only', async () => {
  const { id } = await draftOf('TOPICAL');
  const [{ slug }] = await app.dataSource.query('SELECT slug FROM topical WHERE id = $1', [id]);
  const query = `query($slug: String!) { topical(slug: $slug) { slug } }`;
  expect((await app.graphql(query, { slug })).body.data!.topical).toBeNull();
  for (const role of [Role.EDITOR, Role.REVIEWER, Role.ADMIN]) {
    expect((await app.graphql(query, { slug }, sessions.get(role))).body.data!.topical).toEqual({ slug });
  }
});
