// The impact preview through the real server: representative plans computed with the published
// knowledge and with one pending draft applied, in memory only.
import { Role } from '../../src/core/roles';
import { fieldAs, SignedIn, signInAs } from '../support/auth';
import { refusal } from '../support/errors';
import { bearer, createPartner } from '../support/partners';
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(60_000);

/** Vitamin C after a home roll up to 0.25 mm: a 72-hour wait. */
const RULE = 'wait-after/vitamin-c/t1';
const HOLD = `vitamin-c (${RULE})`;

const PREVIEW = `query($type: ContentType!, $id: ID!) {
  regimenImpactPreview(type: $type, id: $id) {
    entry { key version hasPendingDraft }
    affectsPlans computedAt
    scenarios {
      code title
      published { eligibility holds { topical from until rule reason } warnings { code } days { date am pm } }
      draft { eligibility holds { topical from until rule } }
      differences { kind subject published draft }
    }
  }
}`;
const ENTRY = `query($id: ID!) { editorialEntry(type: COMPATIBILITY_RULE, id: $id) { version draft } }`;
const UPDATE_RULE = `mutation($id: ID!, $v: Int!, $input: CompatibilityRuleInput!) {
  updateCompatibilityRule(id: $id, expectedVersion: $v, input: $input) { version hasPendingDraft }
}`;
const RULES = `{ compatibilityRules { code kindParameters { ... on WaitAfterNeedlingParameters { hours } } } }`;
/** The rule as storefronts and plans see it. */
const ruleAsPublished = async () => (await app.data(RULES)).compatibilityRules.find((rule: any) => rule.code === RULE);

let app: TestApp;
let editor: SignedIn;
let reviewer: SignedIn;
let ruleId: string;

beforeAll(async () => {
  app = await startTestApp();
  [editor, reviewer] = await Promise.all([signInAs(app, Role.EDITOR), signInAs(app, Role.REVIEWER)]);
  [{ id: ruleId }] = await app.dataSource.query<{ id: string }[]>(`SELECT id FROM compatibility_rule WHERE code = $1`, [RULE]);
});
afterAll(async () => {
  await app?.close();
});

const preview = (who: SignedIn, type = 'COMPATIBILITY_RULE', id = ruleId) => fieldAs(app, who, PREVIEW, { type, id });
const scenario = (result: any, code: string) => result.scenarios.find((s: any) => s.code === code);
const hoursOf = (hold: { from: string; until: string }) => (Date.parse(hold.until) - Date.parse(hold.from)) / 3_600_000;

async function editRule(change: (draft: any) => any): Promise<number> {
  const { version, draft } = await fieldAs(app, editor, ENTRY, { id: ruleId });
  return (await fieldAs(app, editor, UPDATE_RULE, { id: ruleId, v: version, input: change(draft) })).version;
}

it('shows no differences for a draft identical to the published rule', async () => {
  await editRule((draft) => draft);
  const result = await preview(reviewer);
  expect(result).toMatchObject({ entry: { key: RULE, hasPendingDraft: true }, affectsPlans: true });
  expect(result.scenarios.map((s: any) => s.code)).toEqual([
    'home-roll-0.25mm',
    'home-roll-0.25mm-actives',
    'clinic-pen-1.0mm',
    'clinic-pen-1.5mm-actives',
    'rf-1.5mm',
    'rf-1.5mm-actives',
    'clinic-pen-1.0mm-fitzpatrick-v-actives',
    'planned-clinic-pen-1.5mm-actives',
  ]);
  for (const s of result.scenarios) expect(s.differences).toEqual([]);
  // The published side is a real plan: the home roll with vitamin C holds it for 72 hours.
  const hold = scenario(result, 'home-roll-0.25mm-actives').published.holds.find((h: any) => h.rule === RULE);
  expect(hoursOf(hold)).toBe(72);
});

it('shows the longer hold of a draft that lengthens a wait-after window in the draft column only, and writes nothing', async () => {
  const version = await editRule((draft) => ({ ...draft, parameters: { ...draft.parameters, hours: 120 } }));
  const published = await ruleAsPublished();

  const result = await preview(editor);
  const affected = scenario(result, 'home-roll-0.25mm-actives');
  expect(hoursOf(affected.published.holds.find((h: any) => h.rule === RULE))).toBe(72);
  expect(hoursOf(affected.draft.holds.find((h: any) => h.rule === RULE))).toBe(120);
  const held = affected.differences.find((d: any) => d.subject === HOLD);
  expect(held).toMatchObject({ kind: 'HOLD_CHANGED' });
  expect(held.published).toMatch(/^\d{4}-\d\d-\d\d 09:00 → \d{4}-\d\d-\d\d 09:00$/);
  expect(held.draft.slice(-16, -6)).not.toBe(held.published.slice(-16, -6));
  // Vitamin C comes back in the routine two days later with the draft.
  expect(affected.differences.some((d: any) => d.kind === 'STEPS_CHANGED')).toBe(true);
  // Sessions deeper than 0.25 mm, and plans without vitamin C, are not concerned.
  for (const code of ['home-roll-0.25mm', 'clinic-pen-1.0mm', 'clinic-pen-1.5mm-actives', 'rf-1.5mm-actives']) {
    expect(scenario(result, code).differences).toEqual([]);
  }

  // Nothing was written: the entry and what plans use are as before the preview.
  expect((await fieldAs(app, editor, ENTRY, { id: ruleId })).version).toBe(version);
  expect(await ruleAsPublished()).toEqual(published);
  expect(published.kindParameters.hours).toBe(72);
});

it('says a citation changes no plan', async () => {
  const [{ id }] = await app.dataSource.query<{ id: string }[]>(`SELECT id FROM citation LIMIT 1`);
  const result = await preview(reviewer, 'CITATION', id);
  expect(result.affectsPlans).toBe(false);
  for (const s of result.scenarios) expect(s.differences).toEqual([]);
});

it('is for staff only: anonymous and partner callers are refused', async () => {
  const variables = { type: 'COMPATIBILITY_RULE', id: ruleId };
  expect(refusal(await app.graphql(PREVIEW, variables)).extensions!.code).toBe('UNAUTHENTICATED');
  const partner = await createPartner(app, { scopes: ['CATALOG_READ', 'REGIMEN_READ'] });
  expect(refusal(await app.graphql(PREVIEW, variables, bearer(partner.apiKey))).extensions!.code).toBe('FORBIDDEN');
  const missing = refusal(await app.graphql(PREVIEW, { ...variables, id: '00000000-0000-4000-8000-000000000000' }, reviewer.headers));
  expect(missing.extensions!.code).toBe('NOT_FOUND');
});

it('lets staff compute a plan with their own token, as the console playground does (recommendRegimen is open to every caller)', async () => {
  const plan = await fieldAs(
    app,
    editor,
    `query($input: RegimenInput!) { recommendRegimen(input: $input) { eligibility holds { topical { slug } } } }`,
    {
      input: {
        lastSession: { treatment: 'home-dermaroller', needleDepthMm: 0.25, performedAt: '2026-12-01T09:00:00Z' },
        currentTopicals: ['vitamin-c'],
        startDate: '2026-12-01',
        days: 7,
        timeZone: 'UTC',
      },
    },
  );
  expect(plan.holds.map((hold: any) => hold.topical.slug)).toContain('vitamin-c');
});
