// The shipped knowledge arrives through the editorial workflow: published with revisions and audit
// entries on an empty database; afterwards a change in the files waits as a pending draft for a
// reviewer, editors' changes and deletions are never overwritten, a bad file stops start-up, and a
// database loaded before imports existed gets a baseline instead of a second copy.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { loadConfig } from '../../src/config';
import { Role } from '../../src/core/roles';
import { KNOWLEDGE_IMPORT_ACTOR } from '../../src/modules/editorial/actor';
import { readShippedKnowledge } from '../../src/modules/knowledge';
import { adminQuery } from '../support/admin-database';
import { fieldAs, SignedIn, signInAs } from '../support/auth';
import { editEntry, knowledgeWith } from '../support/knowledge-files';
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(120_000);

const RULES = `{ compatibilityRules { id code kindParameters { ... on StopBeforeNeedlingParameters { hours } } } }`;
const PLAN = `query($input: RegimenInput!) {
  recommendRegimen(input: $input) {
    holds { rule { code } }
    days { am { why } pm { why } avoid { rule { code } } }
    provenance { rules { code version reviewedBy } }
  }
}`;
// A session booked while tretinoin is in use: the plan holds it under stop-before/retinoids.
const PLAN_INPUT = {
  nextSession: { treatment: 'professional-microneedling', performedAt: '2026-12-20T10:00:00Z', needleDepthMm: 1.0 },
  currentTopicals: ['tretinoin'],
  startDate: '2026-12-08',
  days: 14,
  timeZone: 'UTC',
};
const ENTRY = `query($type: ContentType!, $id: ID!) { editorialEntry(type: $type, id: $id) { version status hasPendingDraft draft lastEditedBy } }`;
const DIVERGENCES = `{ knowledgeImportDivergences { type key entryId shippedVersion reason detectedAt } }`;

const RETINOIDS = 'stop-before/retinoids';
const SCRUBS = 'stop-before/scrubs';

/** The shipped files, with stop-before/retinoids made stricter (10 days) as a new version 2. */
const stricterRetinoids = {
  'rules/stop-before.yaml': editEntry(RETINOIDS, (entry) => entry.replace('version: 1', 'version: 2').replace('hours: 168', 'hours: 240')),
};

async function emptyDatabase(): Promise<string> {
  const database = `dermaplan_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${database}`);
  return database;
}

/** An instance importing `knowledgeDir` at start-up, as production runs (no demo catalog). */
function start(database: string, knowledgeDir: string): Promise<TestApp> {
  return startTestApp({ LOAD_REFERENCE_DATA: 'true', LOAD_DEMO_CATALOG: 'false', KNOWLEDGE_DIR: knowledgeDir }, { database });
}

const as = fieldAs;

async function ruleByCode(app: TestApp, code: string): Promise<any> {
  const { compatibilityRules } = await app.data(RULES);
  return compatibilityRules.find((rule: any) => rule.code === code);
}

const count = async (app: TestApp, sql: string, params: unknown[] = []) => Number((await app.dataSource.query(sql, params))[0].n);

describe('importing the shipped knowledge', () => {
  let database: string;
  let app: TestApp;
  let editor: SignedIn;
  let reviewer: SignedIn;
  const shippedDir = knowledgeWith();
  /** The knowledge files of the release the instance runs. */
  let current = shippedDir;

  /** Starts the instance on the current files, with staff signed in to it (tokens do not outlive an instance in tests). */
  async function restart(): Promise<void> {
    await app?.close();
    app = await start(database, current);
    [editor, reviewer] = await Promise.all([signInAs(app, Role.EDITOR), signInAs(app, Role.REVIEWER)]);
  }

  beforeAll(async () => {
    database = await emptyDatabase();
    await restart();
  });
  afterAll(async () => {
    await app?.close();
    await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  });

  it('publishes every shipped entry on an empty database, each with its revisions and audit entry, attributed to the import', async () => {
    const shipped = await readShippedKnowledge(shippedDir);
    const rules = shipped.filter((entry) => entry.type === 'COMPATIBILITY_RULE').length;
    expect(await count(app, `SELECT count(*) AS n FROM compatibility_rule WHERE status = 'PUBLISHED'`)).toBe(rules);
    expect(await count(app, `SELECT count(*) AS n FROM brand`)).toBe(0);
    const byImport = [KNOWLEDGE_IMPORT_ACTOR.id];
    expect(await count(app, `SELECT count(*) AS n FROM revision WHERE action = 'PUBLISH' AND actor_id = $1`, byImport)).toBe(shipped.length);
    expect(await count(app, `SELECT count(*) AS n FROM revision WHERE action = 'CREATE' AND actor_id = $1`, byImport)).toBe(shipped.length);
    expect(
      await count(app, `SELECT count(*) AS n FROM audit_log WHERE action = 'importKnowledge:PUBLISH' AND actor_email = 'knowledge import'`),
    ).toBe(shipped.length);

    const { recommendRegimen: plan } = await app.data(PLAN, { input: PLAN_INPUT });
    expect(plan.provenance.rules.map((r: any) => r.code)).toContain(RETINOIDS);
    for (const rule of plan.provenance.rules) expect(rule.reviewedBy).toBe('the Dermaplan knowledge release');
  });

  it('imports a changed entry as a pending draft: plans keep the published rule until a reviewer publishes it', async () => {
    const retinoids = await ruleByCode(app, RETINOIDS);
    // Editors change one shipped entry and delete another before the release with both changes arrives.
    const retinol = await app.data(`{ topical(slug: "retinol") { id } }`).then((d: any) => d.topical.id);
    const retinolEntry = await as(app, editor, ENTRY, { type: 'TOPICAL', id: retinol });
    await as(
      app,
      editor,
      `mutation($id: ID!, $v: Int!, $input: TopicalInput!) { updateTopical(id: $id, expectedVersion: $v, input: $input) { version } }`,
      {
        id: retinol,
        v: retinolEntry.version,
        input: { ...retinolEntry.draft, benefits: 'Rewritten by an editor.' },
      },
    );
    const scrubs = await ruleByCode(app, SCRUBS);
    await as(app, reviewer, `mutation($id: ID!) { deleteEntry(type: COMPATIBILITY_RULE, id: $id) { id } }`, { id: scrubs.id });

    const planBefore = (await app.data(PLAN, { input: PLAN_INPUT })).recommendRegimen;
    current = knowledgeWith({
      ...stricterRetinoids,
      'rules/stop-before.yaml': (text) =>
        editEntry(SCRUBS, (entry) => entry.replace('version: 1', 'version: 2').replace('Swap scrubs', 'Replace scrubs'))(
          stricterRetinoids['rules/stop-before.yaml'](text),
        ),
      'topicals.yaml': editEntry('retinol', (entry) =>
        entry.replace('version: 1', 'version: 2').replace('name: Retinol', 'name: Retinol (vitamin A)'),
      ),
    });
    await restart();

    // The change waits, validated, as a pending draft by the import; what is published is unchanged.
    const entry = await as(app, reviewer, ENTRY, { type: 'COMPATIBILITY_RULE', id: retinoids.id });
    expect(entry).toMatchObject({ status: 'PUBLISHED', hasPendingDraft: true, lastEditedBy: KNOWLEDGE_IMPORT_ACTOR.id });
    expect(entry.draft.parameters.hours).toBe(240);
    expect((await ruleByCode(app, RETINOIDS)).kindParameters.hours).toBe(168);
    expect((await app.data(PLAN, { input: PLAN_INPUT })).recommendRegimen).toEqual(planBefore);

    // The editor's entry and the deleted one are left as editors have them, and reported.
    const { draft } = await as(app, editor, ENTRY, { type: 'TOPICAL', id: retinol });
    expect(draft).toMatchObject({ name: 'Retinol', benefits: 'Rewritten by an editor.' });
    expect(await ruleByCode(app, SCRUBS)).toBeUndefined();
    const divergences = await as(app, editor, DIVERGENCES);
    expect(divergences).toEqual(
      expect.arrayContaining([
        { type: 'TOPICAL', key: 'retinol', entryId: retinol, shippedVersion: 2, reason: 'EDITED', detectedAt: expect.any(String) },
        { type: 'COMPATIBILITY_RULE', key: SCRUBS, entryId: scrubs.id, shippedVersion: 2, reason: 'DELETED', detectedAt: expect.any(String) },
      ]),
    );
    expect(divergences).toHaveLength(2);

    // A reviewer's publication is the sign-off: plans change, and cite the version they published.
    await as(
      app,
      reviewer,
      `mutation($id: ID!, $v: Int!) { publishEntry(type: COMPATIBILITY_RULE, id: $id, expectedVersion: $v) { entry { version } } }`,
      {
        id: retinoids.id,
        v: entry.version,
      },
    );
    expect((await ruleByCode(app, RETINOIDS)).kindParameters.hours).toBe(240);
    const after = (await app.data(PLAN, { input: PLAN_INPUT })).recommendRegimen;
    expect(after).not.toEqual(planBefore);
    const cited = after.provenance.rules.find((r: any) => r.code === RETINOIDS);
    const before = planBefore.provenance.rules.find((r: any) => r.code === RETINOIDS);
    expect(cited.version).toBeGreaterThan(before.version);
    expect(cited.reviewedBy).toBe('a Dermaplan medical reviewer');
  });

  it('does nothing on a restart with the same files', async () => {
    const revisions = await count(app, `SELECT count(*) AS n FROM revision`);
    await restart();
    expect(await count(app, `SELECT count(*) AS n FROM revision`)).toBe(revisions);
  });

  it('stops start-up on a bad file with a message naming file, entry and field, and writes nothing', async () => {
    const revisions = await count(app, `SELECT count(*) AS n FROM revision`);
    const broken = knowledgeWith({
      'topicals.yaml': editEntry('tretinoin', (entry) => entry.replace('prescriptionOnly: true', 'prescriptionOnly: sometimes')),
    });
    // A second instance of a release with the bad file, beside the running one.
    await expect(start(database, broken)).rejects.toThrow('knowledge/topicals.yaml, entry "tretinoin", field "prescriptionOnly"');
    expect(await count(app, `SELECT count(*) AS n FROM revision`)).toBe(revisions);
  });

  it('prints what an import would do with --dry-run, and writes nothing', async () => {
    const revisions = await count(app, `SELECT count(*) AS n FROM revision`);
    const release = knowledgeWith({
      'citations.yaml': (text) =>
        editEntry('seed-000', (entry) => entry.replace('version: 1', 'version: 2').replace('Banishing Acne Scars', 'Fading Acne Scars'))(text),
    });
    const cli = spawnSync(
      process.execPath,
      ['-r', path.resolve('test/support/ts-register.js'), path.resolve('src/cli/import-knowledge.ts'), '--dry-run'],
      {
        env: { ...process.env, DATABASE_URL: app.databaseUrl, KNOWLEDGE_DIR: release, NODE_ENV: 'test' },
        encoding: 'utf8',
      },
    );
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(0);
    expect(cli.stdout).toContain('Dry run: nothing was written');
    expect(cli.stdout).toMatch(/CITATION seed-000 \(v1 -> v2, knowledge\/citations\.yaml\): changed: a pending draft for a reviewer to publish/);
    expect(await count(app, `SELECT count(*) AS n FROM revision`)).toBe(revisions);
  });
});

describe('a database loaded before imports existed', () => {
  it('gets a baseline revision per published entry instead of drafts, and entries editors removed stay removed', async () => {
    const database = await emptyDatabase();
    const shippedDir = knowledgeWith();
    let app = await start(database, shippedDir);
    try {
      // As the former loader left it: rows without revisions or import records, each key noted as applied.
      await app.dataSource.query(`DELETE FROM revision; DELETE FROM knowledge_import_entry; DELETE FROM audit_log`);
      await app.dataSource.query(
        `INSERT INTO reference_data_applied (key)
           SELECT 'rule:' || code FROM compatibility_rule UNION ALL SELECT 'topical:' || slug FROM topical
           UNION ALL SELECT 'treatment:' || slug FROM treatment UNION ALL SELECT 'scar-type:' || slug FROM scar_type
           UNION ALL SELECT 'citation:' || key FROM citation`,
      );
      await app.dataSource.query(`UPDATE compatibility_rule SET last_edited_by = NULL, version = 1`);
      await app.dataSource.query(`DELETE FROM compatibility_rule WHERE code = $1`, [SCRUBS]);
      const published = await count(
        app,
        `SELECT (SELECT count(*) FROM compatibility_rule) + (SELECT count(*) FROM topical) + (SELECT count(*) FROM treatment)
        + (SELECT count(*) FROM scar_type) + (SELECT count(*) FROM citation) AS n`,
      );
      await app.close();

      app = await start(database, shippedDir);
      let reviewer = await signInAs(app, Role.REVIEWER);
      expect(await count(app, `SELECT count(*) AS n FROM revision WHERE action = 'BASELINE'`)).toBe(published);
      expect(await count(app, `SELECT count(*) AS n FROM revision WHERE action <> 'BASELINE'`)).toBe(0);
      expect(await ruleByCode(app, SCRUBS)).toBeUndefined();
      expect(await as(app, reviewer, DIVERGENCES)).toEqual([expect.objectContaining({ key: SCRUBS, reason: 'DELETED', entryId: null })]);

      const { recommendRegimen: plan } = await app.data(PLAN, { input: PLAN_INPUT });
      const cited = plan.provenance.rules.find((r: any) => r.code === RETINOIDS);
      expect(cited).toEqual({ code: RETINOIDS, version: 1, reviewedBy: 'the Dermaplan knowledge release' });

      // From here on it imports like any other: a changed file is a pending draft.
      await app.close();
      app = await start(database, knowledgeWith(stricterRetinoids));
      reviewer = await signInAs(app, Role.REVIEWER);
      const rule = await ruleByCode(app, RETINOIDS);
      expect(await as(app, reviewer, ENTRY, { type: 'COMPATIBILITY_RULE', id: rule.id })).toMatchObject({ hasPendingDraft: true });
    } finally {
      await app.close();
      await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    }
  });
});

describe('the demo catalog', () => {
  const PRODUCTION = {
    NODE_ENV: 'production',
    JWT_SECRET: 'a production-like secret of at least thirty-two bytes',
    PARTNER_KEY_PEPPER: 'a production-like pepper of at least thirty-two bytes',
    WEBHOOK_SECRET_KEY: 'a production-like webhook key of at least thirty-two bytes',
  };

  it('loads by default outside production, and in production only when LOAD_DEMO_CATALOG says so', () => {
    expect(loadConfig({}).loadDemoCatalog).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).loadDemoCatalog).toBe(true);
    expect(loadConfig(PRODUCTION).loadDemoCatalog).toBe(false);
    expect(loadConfig({ ...PRODUCTION, LOAD_DEMO_CATALOG: 'true' }).loadDemoCatalog).toBe(true);
    expect(loadConfig({ LOAD_DEMO_CATALOG: 'false' }).loadDemoCatalog).toBe(false);
  });
});
