// Who may do what in the editorial API: every mutation and sensitive query, as anonymous,
// EDITOR, REVIEWER and ADMIN.
import { Role } from '../../src/core/roles';
import { signInAs, SignedIn } from '../support/auth';
import { authorizationCases, expectAuthorization, Operation as Request, Who } from '../support/authorization';
import { CONTENT_INPUTS } from '../support/editorial-inputs';
import { startTestApp, TestApp } from '../support/test-app';

const EVERYONE: Who[] = ['anonymous', Role.EDITOR, Role.REVIEWER, Role.ADMIN];
const SIGNED_IN: Who[] = [Role.EDITOR, Role.REVIEWER, Role.ADMIN];
const EDITORS: Who[] = [Role.EDITOR, Role.ADMIN];
const REVIEWERS: Who[] = [Role.REVIEWER, Role.ADMIN];
const ADMIN_ONLY: Who[] = [Role.ADMIN];

let app: TestApp;
let author: SignedIn;
const sessions = new Map<Who, Record<string, string>>();

beforeAll(async () => {
  app = await startTestApp();
  // Entries are prepared by a separate editor, so nobody in the table is their last editor.
  author = await signInAs(app, Role.EDITOR);
  sessions.set('anonymous', {});
  for (const role of [Role.EDITOR, Role.REVIEWER, Role.ADMIN]) sessions.set(role, (await signInAs(app, role)).headers);
});
afterAll(() => app.close());

async function byAuthor(query: string, variables: Record<string, unknown>) {
  const response = await app.graphql(query, variables, author.headers);
  if (response.body.errors) throw new Error(JSON.stringify(response.body.errors));
  return Object.values(response.body.data!)[0] as { id: string; version: number };
}

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
  await app.graphql(
    `mutation($id: ID!, $v: Int!) { publishEntry(type: ${type}, id: $id, expectedVersion: $v) { entry { id } } }`,
    { id, v: version },
    (await signInAs(app, Role.ADMIN)).headers,
  );
  return { id, version: version + 1 };
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

const operations: Operation[] = [
  ...contentOperations,
  [
    'mutation publishEntry (article)',
    EDITORS,
    async () => {
      const { id, version } = await draftOf('ARTICLE');
      return [`mutation($id: ID!, $v: Int!) { publishEntry(type: ARTICLE, id: $id, expectedVersion: $v) { entry { id } } }`, { id, v: version }];
    },
  ],
  [
    'mutation publishEntry (rule)',
    REVIEWERS,
    async () => {
      const { id, version } = await draftOf('COMPATIBILITY_RULE');
      return [
        `mutation($id: ID!, $v: Int!) { publishEntry(type: COMPATIBILITY_RULE, id: $id, expectedVersion: $v) { entry { id } } }`,
        { id, v: version },
      ];
    },
  ],
  [
    'mutation unpublishEntry (article)',
    EDITORS,
    async () => {
      const { id, version } = await published('ARTICLE');
      return [`mutation($id: ID!, $v: Int!) { unpublishEntry(type: ARTICLE, id: $id, expectedVersion: $v) { entry { id } } }`, { id, v: version }];
    },
  ],
  [
    'mutation unpublishEntry (rule)',
    REVIEWERS,
    async () => {
      const { id, version } = await published('COMPATIBILITY_RULE');
      return [
        `mutation($id: ID!, $v: Int!) { unpublishEntry(type: COMPATIBILITY_RULE, id: $id, expectedVersion: $v) { entry { id } } }`,
        { id, v: version },
      ];
    },
  ],
  [
    'mutation cancelScheduledPublication (article)',
    EDITORS,
    async () => {
      const { id, version } = await draftOf('ARTICLE');
      const at = new Date(Date.now() + 3_600_000).toISOString();
      const response = await app.graphql(
        `mutation($id: ID!, $v: Int!, $at: DateTime) { publishEntry(type: ARTICLE, id: $id, expectedVersion: $v, at: $at) { scheduled { id } } }`,
        { id, v: version, at },
        author.headers,
      );
      return [`mutation($id: ID!) { cancelScheduledPublication(id: $id) }`, { id: response.body.data!.publishEntry.scheduled.id }];
    },
  ],
  [
    'mutation deleteEntry',
    EDITORS,
    async () => [`mutation($id: ID!) { deleteEntry(type: ARTICLE, id: $id) { id } }`, { id: (await draftOf('ARTICLE')).id }],
  ],
  [
    'mutation restoreEntry',
    EDITORS,
    async () => [`mutation($id: ID!) { restoreEntry(type: ARTICLE, id: $id) { id } }`, { id: (await trashed('ARTICLE')).id }],
  ],
  [
    'mutation purgeEntry',
    ADMIN_ONLY,
    async () => [`mutation($id: ID!) { purgeEntry(type: ARTICLE, id: $id) }`, { id: (await trashed('ARTICLE')).id }],
  ],
  [
    'mutation restoreRevision',
    EDITORS,
    async () => {
      const { id, version } = await draftOf('BRAND');
      const [{ revisionId }] = await app.dataSource.query(`SELECT id AS "revisionId" FROM revision WHERE entity_id = $1`, [id]);
      return [`mutation($r: ID!, $v: Int!) { restoreRevision(revisionId: $r, expectedVersion: $v) { id } }`, { r: revisionId, v: version }];
    },
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

it.each(authorizationCases(operations, EVERYONE))('%s as %s: allowed %s', async (_name, who, allowed, prepare) => {
  const [query, variables] = await prepare();
  expectAuthorization(await app.graphql(query, variables, sessions.get(who)), who, allowed);
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
