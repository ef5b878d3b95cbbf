// A plan names the published knowledge it was computed from: the knowledge revision, and each rule it
// cites with the version a reviewer published, when, and by whom (a role, never an email).
import { Role } from '../../src/core/roles';
import { fieldAs, SignedIn, signInAs } from '../support/auth';
import { bearer, createPartner } from '../support/partners';
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(60_000);

const PLAN = `query($input: RegimenInput!) {
  recommendRegimen(input: $input) {
    warnings { rule { code } }
    holds { rule { code } }
    conflicts { rule { code } }
    days { am { why } pm { why } avoid { rule { code } } }
    provenance { knowledgeRevision computedAt rules { code version publishedAt reviewedBy } }
  }
}`;
const PLAN_INPUT = {
  lastSession: { treatment: 'professional-microneedling', performedAt: '2026-11-20T10:00:00Z', needleDepthMm: 1.0 },
  currentTopicals: ['tretinoin', 'benzoyl-peroxide', 'glycolic-acid'],
  fitzpatrickType: 5,
  days: 7,
  timeZone: 'UTC',
};
const RULES = `{ compatibilityRules { id code kind title } }`;
const ENTRY = `query($id: ID!) { editorialEntry(type: COMPATIBILITY_RULE, id: $id) { version draft } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: CompatibilityRuleInput!) {
  updateCompatibilityRule(id: $id, expectedVersion: $v, input: $input) { version }
}`;
const PUBLISH = `mutation($id: ID!, $v: Int!) { publishEntry(type: COMPATIBILITY_RULE, id: $id, expectedVersion: $v) { entry { version } } }`;

interface RuleProvenance {
  code: string;
  version: number;
  publishedAt: string;
  reviewedBy: string | null;
}

let app: TestApp;
let editor: SignedIn;
let reviewer: SignedIn;
beforeAll(async () => {
  app = await startTestApp();
  [editor, reviewer] = await Promise.all([signInAs(app, Role.EDITOR), signInAs(app, Role.REVIEWER)]);
});
afterAll(() => app?.close());

const as = (who: SignedIn, query: string, variables: Record<string, unknown>) => fieldAs(app, who, query, variables);

async function plan(headers: Record<string, string> = {}) {
  const response = await app.graphql(PLAN, { input: PLAN_INPUT }, headers);
  expect(response.body.errors).toBeUndefined();
  return {
    plan: response.body.data!.recommendRegimen,
    statements: Number(response.headers.get('x-sql-statement-count')),
    raw: JSON.stringify(response.body),
  };
}

describe('plan provenance', () => {
  it('lists exactly the rules the plan cites, once each by code, and costs no statement beyond the plan', async () => {
    const { plan: first } = await plan();
    const { plan: planned, statements } = await plan();
    // The revision check only: the plan's product candidates were kept from the first plan.
    expect(statements).toBe(1);

    const named = new Set<string>([
      ...planned.warnings.flatMap((w: any) => (w.rule ? [w.rule.code] : [])),
      ...planned.holds.map((h: any) => h.rule.code),
      ...planned.conflicts.map((c: any) => c.rule.code),
      ...planned.days.flatMap((d: any) => d.avoid.flatMap((a: any) => (a.rule ? [a.rule.code] : []))),
    ]);
    // Steps name the requirement or pair conflict behind them by its title only.
    const whys = planned.days.flatMap((d: any) => [...d.am, ...d.pm].map((s: any) => s.why as string)).join('\n');
    const { compatibilityRules } = await app.data(RULES);
    for (const rule of compatibilityRules) {
      if ((rule.kind === 'REQUIREMENT' || rule.kind === 'PAIR_CONFLICT') && whys.includes(`(${rule.title})`)) named.add(rule.code);
    }
    expect(planned.holds.length).toBeGreaterThan(0);
    expect(planned.provenance.rules.map((r: RuleProvenance) => r.code)).toEqual([...named].sort());
    expect(compatibilityRules.some((r: any) => r.kind === 'REQUIREMENT' && named.has(r.code))).toBe(true);

    for (const rule of planned.provenance.rules) {
      expect(rule).toEqual({
        code: rule.code,
        version: expect.any(Number),
        publishedAt: expect.any(String),
        reviewedBy: 'the Dermaplan knowledge release',
      });
    }
    expect(planned.provenance.knowledgeRevision).toMatch(/^\d+$/);
    expect(Date.parse(planned.provenance.computedAt)).toBeGreaterThanOrEqual(Date.parse(first.provenance.computedAt));
  });

  it('shows the version a reviewer published, when, and the role, never an email, to anonymous and partner callers alike', async () => {
    const { plan: before } = await plan();
    const [cited] = before.provenance.rules as RuleProvenance[];
    const { compatibilityRules } = await app.data(RULES);
    const ruleId = compatibilityRules.find((r: any) => r.code === cited.code).id;

    const { version, draft } = await as(editor, ENTRY, { id: ruleId });
    const edited = await as(editor, UPDATE, {
      id: ruleId,
      v: version,
      input: { ...draft, rationale: `${draft.rationale as string} Reviewed again.` },
    });
    // A pending draft changes nothing plans say, provenance included.
    expect((await plan()).plan.provenance.rules).toEqual(before.provenance.rules);
    const published = await as(reviewer, PUBLISH, { id: ruleId, v: edited.version });

    const partner = await createPartner(app, { scopes: ['REGIMEN_READ'] });
    for (const headers of [{}, bearer(partner.apiKey)]) {
      const { plan: after, raw } = await plan(headers);
      expect(after.provenance.knowledgeRevision).not.toBe(before.provenance.knowledgeRevision);
      const republished = after.provenance.rules.find((r: RuleProvenance) => r.code === cited.code);
      expect(republished).toEqual({
        code: cited.code,
        version: published.entry.version,
        publishedAt: expect.any(String),
        reviewedBy: 'a Dermaplan medical reviewer',
      });
      expect(republished.version).toBeGreaterThan(cited.version);
      expect(Date.parse(republished.publishedAt)).toBeGreaterThan(Date.parse(cited.publishedAt));
      expect(raw).not.toContain(reviewer.user.email);
      // The other rules are as they were.
      expect(after.provenance.rules.filter((r: RuleProvenance) => r.code !== cited.code)).toEqual(
        before.provenance.rules.filter((r: RuleProvenance) => r.code !== cited.code),
      );
    }
    // Signed-in staff are told the same.
    expect((await plan(editor.headers)).raw).not.toContain(reviewer.user.email);
  });
});
