// recommendRegimen(asOf:) recomputes a plan with the knowledge published at an instant, from the
// stored revisions: after a reviewer publishes a change (or trashes a rule), an instant before it
// gives the old plan and provenance, and one after it the new.
import { Role } from '../../src/core/roles';
import { fieldAs, SignedIn, signInAs } from '../support/auth';
import { onlyError } from '../support/errors';
import { sleep } from '../support/waiting';
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(60_000);

const PLAN = `query($input: RegimenInput!, $asOf: DateTime) {
  recommendRegimen(input: $input, asOf: $asOf) {
    warnings { code rule { code } }
    holds { topical { slug } rule { code title } }
    days { date am { topical { slug } why } pm { topical { slug } why } avoid { rule { code } } }
    provenance { knowledgeRevision computedAt rules { code version publishedAt reviewedBy } }
  }
}`;
// A session booked while tretinoin is in use: stop-before/retinoids holds it, stop-before/scrubs warns.
const PLAN_INPUT = {
  nextSession: { treatment: 'professional-microneedling', performedAt: '2026-12-20T10:00:00Z', needleDepthMm: 1.0 },
  currentTopicals: ['tretinoin'],
  startDate: '2026-12-08',
  days: 14,
  timeZone: 'UTC',
};
const RULES = `{ compatibilityRules { id code } }`;
const ENTRY = `query($id: ID!) { editorialEntry(type: COMPATIBILITY_RULE, id: $id) { version draft } }`;

let app: TestApp;
let editor: SignedIn;
let reviewer: SignedIn;
beforeAll(async () => {
  app = await startTestApp();
  [editor, reviewer] = await Promise.all([signInAs(app, Role.EDITOR), signInAs(app, Role.REVIEWER)]);
});
afterAll(() => app?.close());

const as = (who: SignedIn, query: string, variables: Record<string, unknown>) => fieldAs(app, who, query, variables);

async function plan(asOf?: string): Promise<any> {
  return (await app.data(PLAN, { input: PLAN_INPUT, asOf })).recommendRegimen;
}

/** The plan without when it was computed and how its knowledge is labelled. */
function advice(regimen: any): any {
  const { provenance, ...rest } = regimen;
  return { ...rest, rules: provenance.rules };
}

async function ruleId(code: string): Promise<string> {
  const { compatibilityRules } = await app.data(RULES);
  return compatibilityRules.find((rule: any) => rule.code === code).id;
}

/** An instant strictly between two changes (revisions are timestamped to the microsecond). */
async function instant(): Promise<string> {
  await sleep(20);
  const at = new Date().toISOString();
  await sleep(20);
  return at;
}

describe('replaying a plan with the knowledge published at an instant', () => {
  it('gives the plan and provenance of before a reviewer’s change, and of after it', async () => {
    const original = await plan();
    const beforeChange = await instant();

    const id = await ruleId('stop-before/retinoids');
    const { version, draft } = await as(editor, ENTRY, { id });
    const edited = await as(
      editor,
      `mutation($id: ID!, $v: Int!, $input: CompatibilityRuleInput!) { updateCompatibilityRule(id: $id, expectedVersion: $v, input: $input) { version } }`,
      {
        id,
        v: version,
        input: { ...draft, title: 'Retinoids and retinol: stop 10 days before a session', parameters: { ...draft.parameters, hours: 240 } },
      },
    );
    await as(
      reviewer,
      `mutation($id: ID!, $v: Int!) { publishEntry(type: COMPATIBILITY_RULE, id: $id, expectedVersion: $v) { entry { version } } }`,
      {
        id,
        v: edited.version,
      },
    );
    const scrubs = await ruleId('stop-before/scrubs');
    await as(reviewer, `mutation($id: ID!) { deleteEntry(type: COMPATIBILITY_RULE, id: $id) { id } }`, { id: scrubs });
    const afterChange = await instant();

    const changed = await plan();
    expect(advice(changed)).not.toEqual(advice(original));

    const replayedBefore = await plan(beforeChange);
    expect(advice(replayedBefore)).toEqual(advice(original));
    expect(replayedBefore.provenance.knowledgeRevision).toBe(`as of ${beforeChange}`);
    expect(replayedBefore.provenance.rules.map((r: any) => r.code)).toContain('stop-before/scrubs');

    const replayedAfter = await plan(afterChange);
    expect(advice(replayedAfter)).toEqual(advice(changed));
    const retinoids = replayedAfter.provenance.rules.find((r: any) => r.code === 'stop-before/retinoids');
    expect(retinoids.reviewedBy).toBe('a Dermaplan medical reviewer');
    expect(retinoids.version).toBeGreaterThan(original.provenance.rules.find((r: any) => r.code === 'stop-before/retinoids').version);
    expect(replayedAfter.holds.find((h: any) => h.rule.code === 'stop-before/retinoids').rule.title).toBe(
      'Retinoids and retinol: stop 10 days before a session',
    );
  });

  it('refuses an instant before any knowledge was published, or in the future, naming asOf', async () => {
    const early = await app.graphql(PLAN, { input: PLAN_INPUT, asOf: '2020-01-01T00:00:00Z' });
    expect(onlyError(early)).toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'asOf', message: expect.stringMatching(/^no knowledge was published before \d{4}-/) }],
      },
    });
    const future = await app.graphql(PLAN, { input: PLAN_INPUT, asOf: new Date(Date.now() + 86_400_000).toISOString() });
    expect(onlyError(future)).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'asOf', message: 'must not be in the future' }] },
    });
  });
});
