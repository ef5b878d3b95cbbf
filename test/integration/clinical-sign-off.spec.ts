// Sign-off covers every change to published clinical knowledge: whatever an EDITOR tries against a
// published compatibility rule, plans say exactly what they said until a reviewer acts.
import { Role } from '../../src/core/roles';
import { fieldAs, SignedIn, signInAs } from '../support/auth';
import { refusal } from '../support/errors';
import { GraphQLResponse, startTestApp, TestApp } from '../support/test-app';
import { startWebhookReceiver, WebhookReceiver } from '../support/webhook-receiver';

jest.setTimeout(60_000);

/** Flags tretinoin with benzoyl peroxide in one slot, in checkRoutine and in a plan's conflicts. */
const RULE_CODE = 'pair-conflict/tretinoin-with-benzoyl-peroxide';

const CHECK_ROUTINE = `query($items: [RoutineItemInput!]!) {
  checkRoutine(input: { items: $items }) { a { slug } b { slug } severity management scope rule { code citations { title } } }
}`;
const ROUTINE = [
  { slot: 'PM', topical: 'tretinoin' },
  { slot: 'PM', topical: 'benzoyl-peroxide' },
];
const RECOMMEND = `query($input: RegimenInput!) {
  recommendRegimen(input: $input) {
    eligibility
    warnings { code message rule { code } }
    holds { topical { slug } from until rule { code } }
    conflicts { a { slug } b { slug } severity management rule { code citations { title } } }
    days { date am { topical { slug } } pm { topical { slug } } }
  }
}`;
const PLAN_INPUT = {
  lastSession: { treatment: 'professional-microneedling', performedAt: '2026-11-20T10:00:00Z', needleDepthMm: 1.0 },
  currentTopicals: ['tretinoin', 'benzoyl-peroxide'],
  days: 7,
  timeZone: 'UTC',
};

const DELETE = `mutation($id: ID!) { deleteEntry(type: COMPATIBILITY_RULE, id: $id) { version deletedAt } }`;
const RESTORE = `mutation($id: ID!) { restoreEntry(type: COMPATIBILITY_RULE, id: $id) { version status deletedAt } }`;
const PURGE = `mutation($id: ID!) { purgeEntry(type: COMPATIBILITY_RULE, id: $id) }`;
const PUBLISH = `mutation($id: ID!, $v: Int!, $at: DateTime) {
  publishEntry(type: COMPATIBILITY_RULE, id: $id, expectedVersion: $v, at: $at) { entry { version } scheduled { id } }
}`;
const UNPUBLISH = PUBLISH.replace('publishEntry', 'unpublishEntry');
const UPDATE = `mutation($id: ID!, $v: Int!, $input: CompatibilityRuleInput!) {
  updateCompatibilityRule(id: $id, expectedVersion: $v, input: $input) { version status hasPendingDraft }
}`;
const RESTORE_REVISION = `mutation($r: ID!, $v: Int!) { restoreRevision(revisionId: $r, expectedVersion: $v) { version status hasPendingDraft } }`;
const ENTRY = `query($id: ID!) { editorialEntry(type: COMPATIBILITY_RULE, id: $id) { version status draft } }`;
const REVISIONS = `query($id: ID!) { revisions(type: COMPATIBILITY_RULE, id: $id) { id } }`;

const TRASHING = 'Trashing a published compatibility rule';
const RESTORING = 'Restoring a published compatibility rule from the trash';
const PUBLISHING = 'Publishing a compatibility rule';
const UNPUBLISHING = 'Unpublishing a compatibility rule';

let app: TestApp;
let receiver: WebhookReceiver;
let editor: SignedIn;
let reviewer: SignedIn;
let ruleId: string;

beforeAll(async () => {
  [app, receiver] = await Promise.all([startTestApp({ WEBHOOK_DISPATCHER_ENABLED: 'true', WEBHOOK_POLL_INTERVAL_MS: '20' }), startWebhookReceiver()]);
  [editor, reviewer] = await Promise.all([signInAs(app, Role.EDITOR), signInAs(app, Role.REVIEWER)]);
  [{ id: ruleId }] = await app.dataSource.query<{ id: string }[]>(`SELECT id FROM compatibility_rule WHERE code = $1 AND status = 'PUBLISHED'`, [
    RULE_CODE,
  ]);
});
afterAll(async () => {
  await app?.close();
  await receiver?.close();
});

/** The first root field's value; fails the test on any error. */
const as = (who: SignedIn, query: string, variables: Record<string, unknown>) => fieldAs(app, who, query, variables);

/** What storefronts are told about the routine and the plan, as the exact JSON they receive. */
async function whatPlansSay(): Promise<string> {
  const routine = await app.data(CHECK_ROUTINE, { items: ROUTINE });
  const plan = await app.data(RECOMMEND, { input: PLAN_INPUT });
  return JSON.stringify({ routine, plan });
}

const currentVersion = async () => (await as(editor, ENTRY, { id: ruleId })).version as number;

/** Refused as needing a reviewer's sign-off, naming the change (e.g. "Trashing a published compatibility rule"). */
function expectNeedsSignOff(response: GraphQLResponse, change: string): void {
  const error = refusal(response);
  expect(error.extensions!.code).toBe('FAILED_PRECONDITION');
  expect(error.message).toBe(`${change} changes what plans say and needs a reviewer's sign-off (REVIEWER or ADMIN)`);
}

it('lets no EDITOR change what a published rule makes plans say; a reviewer trashes and restores it, and receivers hear of both', async () => {
  const path = '/sign-off';
  const admin = await signInAs(app, Role.ADMIN);
  await as(admin, `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }`, {
    input: { url: receiver.url(path), events: ['ENTRY_DELETED', 'ENTRY_RESTORED'], description: 'sign-off receiver' },
  });

  const before = await whatPlansSay();
  const { routine, plan } = JSON.parse(before);
  expect(routine.checkRoutine.map((conflict: any) => conflict.rule.code)).toEqual([RULE_CODE]);
  expect(plan.recommendRegimen.conflicts.map((conflict: any) => conflict.rule.code)).toContain(RULE_CODE);

  // Every way an EDITOR could take the rule out of force, change it or bring it back.
  const later = new Date(Date.now() + 3_600_000).toISOString();
  const editorTries = (query: string, variables: Record<string, unknown>) => app.graphql(query, variables, editor.headers);
  let v = await currentVersion();
  expectNeedsSignOff(await editorTries(DELETE, { id: ruleId }), TRASHING);
  expectNeedsSignOff(await editorTries(UNPUBLISH, { id: ruleId, v }), UNPUBLISHING);
  expectNeedsSignOff(await editorTries(UNPUBLISH, { id: ruleId, v, at: later }), UNPUBLISHING);
  expectNeedsSignOff(await editorTries(PUBLISH, { id: ruleId, v }), PUBLISHING);
  expectNeedsSignOff(await editorTries(PUBLISH, { id: ruleId, v, at: later }), PUBLISHING);
  expectNeedsSignOff(await editorTries(RESTORE, { id: ruleId }), RESTORING);
  expect(refusal(await editorTries(PURGE, { id: ruleId })).extensions!.code).toBe('FORBIDDEN');

  // An edit only saves a pending draft, which the EDITOR cannot publish, now or later.
  const { draft } = await as(editor, ENTRY, { id: ruleId });
  const edited = await as(editor, UPDATE, { id: ruleId, v, input: { ...draft, severity: 'LOW', pairB: ['adapalene'] } });
  expect(edited).toMatchObject({ status: 'PUBLISHED', hasPendingDraft: true });
  v = edited.version;
  expectNeedsSignOff(await editorTries(PUBLISH, { id: ruleId, v }), PUBLISHING);
  expectNeedsSignOff(await editorTries(PUBLISH, { id: ruleId, v, at: later }), PUBLISHING);

  // Restoring a revision is an edit too: a pending draft again.
  const revisions: { id: string }[] = await as(editor, REVISIONS, { id: ruleId });
  const restored = await as(editor, RESTORE_REVISION, { r: revisions[revisions.length - 1].id, v });
  expect(restored).toMatchObject({ status: 'PUBLISHED', hasPendingDraft: true });
  expectNeedsSignOff(await editorTries(PUBLISH, { id: ruleId, v: restored.version }), PUBLISHING);

  expect(await app.graphql(`{ scheduledPublications { id } }`, {}, editor.headers)).toMatchObject({ body: { data: { scheduledPublications: [] } } });
  expect(await whatPlansSay()).toBe(before);

  // A reviewer, who is not the rule's last editor, takes it out of force: plans change at once.
  expect((await as(reviewer, DELETE, { id: ruleId })).deletedAt).toBeTruthy();
  const withoutRule = await whatPlansSay();
  expect(withoutRule).not.toBe(before);
  const { routine: routineWithout, plan: planWithout } = JSON.parse(withoutRule);
  expect(routineWithout.checkRoutine).toEqual([]);
  expect(planWithout.recommendRegimen.conflicts.map((conflict: any) => conflict.rule.code)).not.toContain(RULE_CODE);
  const [deleted] = await receiver.waitFor(path, 1);
  expect(deleted.headers['x-dermaplan-event']).toBe('ENTRY_DELETED');

  // Back from the trash it would be live again: not an EDITOR's call either, nor purging it.
  expectNeedsSignOff(await editorTries(RESTORE, { id: ruleId }), RESTORING);
  expect(refusal(await editorTries(PURGE, { id: ruleId })).extensions!.code).toBe('FORBIDDEN');
  expect(await whatPlansSay()).toBe(withoutRule);

  const back = await as(reviewer, RESTORE, { id: ruleId });
  expect(back).toMatchObject({ status: 'PUBLISHED', deletedAt: null });
  expect(await whatPlansSay()).toBe(before);

  const [, restoredEvent] = await receiver.waitFor(path, 2);
  expect(restoredEvent.headers['x-dermaplan-event']).toBe('ENTRY_RESTORED');
  expect(restoredEvent.rawBody).toContain('"entityType":"COMPATIBILITY_RULE"');
  expect(JSON.parse(restoredEvent.rawBody)).toMatchObject({
    type: 'ENTRY_RESTORED',
    data: { entityType: 'COMPATIBILITY_RULE', entityId: ruleId, slugOrCode: RULE_CODE, version: back.version, actorId: reviewer.user.id },
  });
  expect(receiver.received(path)).toHaveLength(2);
});
