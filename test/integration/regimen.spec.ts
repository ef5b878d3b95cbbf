import { DateTime } from 'luxon';
import { startTestApp, TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const REGIMEN = `query($input: RegimenInput!) {
  recommendRegimen(input: $input) {
    eligibility
    warnings { code severity message condition rule { code citations { title } } }
    holds { topical { slug } from until reason rule { code kind citations { title } } }
    days { date daysSinceSession
      am { topical { slug } products { slug ingredients { topical { slug } } } why }
      pm { topical { slug } products { slug ingredients { topical { slug } } } why }
      avoid { activity level reason rule { code } } }
    conflicts { a { slug } b { slug } severity management rule { code } }
    relatedArticles { slug }
  }
}`;

const twoDaysAgo = DateTime.utc().minus({ days: 2 }).set({ hour: 10, minute: 0, second: 0, millisecond: 0 });

async function glycolicProduct(): Promise<string> {
  const [{ slug }] = await app.dataSource.query(`
    SELECT p.slug FROM product p
    WHERE (SELECT array_agg(t.slug::text) FROM product_ingredient pi JOIN topical t ON t.id = pi.topical_id WHERE pi.product_id = p.id) = ARRAY['glycolic-acid']::text[]
    ORDER BY p.slug LIMIT 1`);
  return slug;
}

async function closingNoteScenario() {
  return {
    lastSession: { treatment: 'professional-microneedling', performedAt: twoDaysAgo.toISO(), needleDepthMm: 1.5 },
    currentTopicals: ['tretinoin'],
    currentProducts: [await glycolicProduct()],
    scarTypes: ['rolling'],
    fitzpatrickType: 5,
    days: 28,
    timeZone: 'UTC',
  };
}

const slotInstant = (date: string, slot: 'am' | 'pm') => DateTime.fromISO(`${date}T${slot === 'am' ? '08:00' : '21:00'}`, { zone: 'UTC' });

describe('recommendRegimen on the reference data', () => {
  it('plans a 1.5 mm pen session, tretinoin and a glycolic toner, rolling scars, Fitzpatrick V', async () => {
    const { recommendRegimen: plan } = await app.data(REGIMEN, { input: await closingNoteScenario() });

    expect(plan.eligibility).toBe('CAUTION');
    expect(plan.warnings.map((w: any) => w.code)).toContain('PIGMENTATION_RISK');
    expect(plan.days).toHaveLength(28);
    expect(plan.days[0].date).toBe(twoDaysAgo.toISODate());
    expect(plan.days[0].daysSinceSession).toBe(0);

    const tretinoinHold = plan.holds.find((h: any) => h.topical.slug === 'tretinoin' && h.rule.kind === 'WAIT_AFTER_NEEDLING');
    expect(DateTime.fromISO(tretinoinHold.until).diff(DateTime.fromISO(tretinoinHold.from), 'days').days).toBe(14);
    expect(tretinoinHold.rule.kind).toBe('WAIT_AFTER_NEEDLING');
    expect(tretinoinHold.rule.citations.length).toBeGreaterThan(0);

    for (const hold of plan.holds) {
      for (const day of plan.days) {
        for (const slot of ['am', 'pm'] as const) {
          const t = slotInstant(day.date, slot);
          const covered = (!hold.from || t >= DateTime.fromISO(hold.from)) && (!hold.until || t < DateTime.fromISO(hold.until));
          if (covered) expect(day[slot].map((s: any) => s.topical.slug)).not.toContain(hold.topical.slug);
        }
      }
    }

    const dayUses = (day: any, slug: string) => [...day.am, ...day.pm].some((s: any) => s.topical.slug === slug);
    const tretinoinDays = plan.days.filter((d: any) => dayUses(d, 'tretinoin'));
    const glycolicDays = plan.days.filter((d: any) => dayUses(d, 'glycolic-acid'));
    expect(tretinoinDays.length).toBeGreaterThan(0);
    expect(glycolicDays.length).toBeGreaterThan(0);
    expect(tretinoinDays.every((d: any) => d.pm.some((s: any) => s.topical.slug === 'tretinoin'))).toBe(true);
    // Retinoid and AHA alternate: never on the same day.
    expect(plan.days.filter((d: any) => dayUses(d, 'tretinoin') && dayUses(d, 'glycolic-acid'))).toEqual([]);
    expect(plan.conflicts.some((c: any) => [c.a.slug, c.b.slug].sort().join() === 'glycolic-acid,tretinoin')).toBe(true);

    // Sunscreen in every morning slot that mineral sunscreen is allowed in.
    const mineralHolds = plan.holds.filter((h: any) => h.topical.slug === 'mineral-sunscreen');
    const allowedMornings = plan.days.filter(
      (d: any) =>
        !mineralHolds.some(
          (h: any) => slotInstant(d.date, 'am') >= DateTime.fromISO(h.from) && slotInstant(d.date, 'am') < DateTime.fromISO(h.until),
        ),
    );
    expect(allowedMornings.length).toBeGreaterThan(20);
    for (const day of allowedMornings) expect(day.am.map((s: any) => s.topical.slug).join()).toMatch(/sunscreen/);

    for (const day of plan.days) {
      for (const step of [...day.am, ...day.pm]) {
        expect(step.why).toBeTruthy();
        for (const product of step.products) {
          expect(product.ingredients.map((i: any) => i.topical.slug)).toContain(step.topical.slug);
        }
      }
    }
    expect(plan.days.some((d: any) => d.avoid.some((a: any) => a.activity === 'DIRECT_SUN'))).toBe(true);
    expect(plan.relatedArticles.length).toBeGreaterThan(0);
  });

  it('relates the published articles that share the most tags with the plan, most first', async () => {
    const input = await closingNoteScenario();
    const { recommendRegimen: plan } = await app.data(
      `query($input: RegimenInput!) { recommendRegimen(input: $input) {
        holds { topical { slug } } days { am { topical { slug } } pm { topical { slug } } } relatedArticles { slug } } }`,
      { input },
    );
    const planTags = new Set<string>([
      'treatment:professional-microneedling',
      ...input.scarTypes.map((slug) => `scarType:${slug}`),
      ...plan.holds.map((h: any) => `topical:${h.topical.slug}`),
      ...plan.days.flatMap((d: any) => [...d.am, ...d.pm].map((s: any) => `topical:${s.topical.slug}`)),
    ]);
    const { articles } = await app.data(`{ articles(first: 100) { edges { node { slug
      treatments { slug } scarTypes { slug } topicals { slug } } } } }`);
    const shared = new Map<string, number>(
      articles.edges.map(({ node }: any) => [
        node.slug,
        [
          ...node.treatments.map((t: any) => `treatment:${t.slug}`),
          ...node.scarTypes.map((t: any) => `scarType:${t.slug}`),
          ...node.topicals.map((t: any) => `topical:${t.slug}`),
        ].filter((tag) => planTags.has(tag)).length,
      ]),
    );
    const related: string[] = plan.relatedArticles.map((a: any) => a.slug);
    expect(related.length).toBeGreaterThan(1);
    const scores = related.map((slug) => shared.get(slug)!);
    expect(scores[0]).toBeGreaterThan(0);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    // No article left out shares more tags than the last one taken.
    const left = [...shared].filter(([slug]) => !related.includes(slug)).map(([, score]) => score);
    expect(Math.max(0, ...left)).toBeLessThanOrEqual(scores[scores.length - 1]);
  });

  it('sees an article unpublished by any writer on the next request, and asks PostgreSQL for related articles once per tag set', async () => {
    const input = await closingNoteScenario();
    const RELATED = `query($input: RegimenInput!) { recommendRegimen(input: $input) { relatedArticles { slug } } }`;
    const related = async () => {
      const response = await app.graphql(RELATED, { input });
      expect(response.body.errors).toBeUndefined();
      return {
        slugs: response.body.data!.recommendRegimen.relatedArticles.map((a: any) => a.slug) as string[],
        statements: Number(response.headers.get('x-sql-statement-count')),
      };
    };
    const first = await related();
    const again = await related();
    expect(again.slugs).toEqual(first.slugs);
    // The revision check and the product it names: the same tags at the same content revision reuse the ranked rows, and the
    // same topicals at the same catalog revision reuse their product candidates.
    expect(again.statements).toBe(2);
    const [top] = first.slugs;
    // Straight in PostgreSQL, as another instance or a person with psql would: the triggers move the revision.
    await app.dataSource.query(`UPDATE article SET status = 'DRAFT' WHERE slug = $1`, [top]);
    try {
      const unpublished = await related();
      expect(unpublished.slugs).not.toContain(top);
      expect(unpublished.statements).toBe(again.statements + 1);
    } finally {
      await app.dataSource.query(`UPDATE article SET status = 'PUBLISHED' WHERE slug = $1`, [top]);
    }
    expect((await related()).slugs).toEqual(first.slugs);
  });

  it('defers needling for active acne and names the condition', async () => {
    const { recommendRegimen: plan } = await app.data(REGIMEN, { input: { conditions: ['ACTIVE_ACNE'], days: 3 } });
    expect(plan.eligibility).toBe('DEFER');
    const warning = plan.warnings.find((w: any) => w.code === 'ACTIVE_ACNE');
    expect(warning.condition).toBe('ACTIVE_ACNE');
    expect(warning.rule.citations.length).toBeGreaterThan(0);
  });

  it('does not recommend needling for keloid tendency or raised scars, yet still returns a plan', async () => {
    for (const input of [{ conditions: ['KELOID_TENDENCY'] }, { scarTypes: ['keloid'] }]) {
      const { recommendRegimen: plan } = await app.data(REGIMEN, { input: { ...input, days: 2 } });
      expect(plan.eligibility).toBe('NOT_RECOMMENDED');
      expect(plan.days).toHaveLength(2);
    }
  });

  it('holds every retinoid for the whole plan during pregnancy', async () => {
    const { recommendRegimen: plan } = await app.data(REGIMEN, {
      input: { conditions: ['PREGNANT'], currentTopicals: ['tretinoin', 'retinol'], days: 5 },
    });
    for (const slug of ['tretinoin', 'retinol']) {
      const hold = plan.holds.find((h: any) => h.topical.slug === slug);
      expect(hold).toMatchObject({ from: null, until: null });
    }
    const used = plan.days.flatMap((d: any) => [...d.am, ...d.pm].map((s: any) => s.topical.slug));
    expect(used).not.toContain('tretinoin');
    expect(used).not.toContain('retinol');
  });

  it('warns when the next session comes sooner than the interval allows', async () => {
    const performedAt = DateTime.fromISO('2026-03-01T10:00:00Z');
    const { recommendRegimen: plan } = await app.data(REGIMEN, {
      input: {
        lastSession: { treatment: 'professional-microneedling', performedAt: performedAt.toISO(), needleDepthMm: 1.5 },
        nextSession: { treatment: 'professional-microneedling', performedAt: performedAt.plus({ days: 10 }).toISO(), needleDepthMm: 1.5 },
        days: 14,
      },
    });
    expect(plan.warnings.map((w: any) => w.code)).toContain('SESSION_TOO_SOON');
  });
});

describe('rules are data', () => {
  const input = {
    lastSession: { treatment: 'professional-microneedling', performedAt: '2026-03-01T10:00:00Z', needleDepthMm: 1.5 },
    currentTopicals: ['tretinoin'],
    days: 28,
  };
  const tretinoinHold = async () => {
    const { recommendRegimen } = await app.data(REGIMEN, { input });
    return recommendRegimen.holds.find((h: any) => h.topical.slug === 'tretinoin' && h.rule.kind === 'WAIT_AFTER_NEEDLING');
  };

  it('a changed rule row changes the plan at once, and a draft rule does not count', async () => {
    const before = await tretinoinHold();
    const code = before.rule.code;
    await app.dataSource.query(`UPDATE compatibility_rule SET parameters = jsonb_set(parameters, '{hours}', '480') WHERE code = $1`, [code]);
    const longer = await tretinoinHold();
    expect(DateTime.fromISO(longer.until).diff(DateTime.fromISO(longer.from), 'hours').hours).toBe(480);

    await app.dataSource.query(`UPDATE compatibility_rule SET status = 'DRAFT' WHERE code = $1`, [code]);
    const withoutRule = await tretinoinHold();
    expect(withoutRule?.rule.code).not.toBe(code);
    await app.dataSource.query(
      `UPDATE compatibility_rule SET status = 'PUBLISHED', parameters = jsonb_set(parameters, '{hours}', '336') WHERE code = $1`,
      [code],
    );
  });

  it('a malformed rule fails loudly instead of producing a plan', async () => {
    const [{ code, kind }] = await app.dataSource.query(`SELECT code, kind FROM compatibility_rule ORDER BY code LIMIT 1`);
    await app.dataSource.query(`UPDATE compatibility_rule SET kind = 'NOT_A_KIND' WHERE code = $1`, [code]);
    try {
      const response = await app.graphql(REGIMEN, { input: { days: 1 } });
      expect(response.body.errors![0].extensions!.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await app.dataSource.query(`UPDATE compatibility_rule SET kind = $2 WHERE code = $1`, [code, kind]);
    }
    expect((await app.graphql(REGIMEN, { input: { days: 1 } })).body.errors).toBeUndefined();
  });
});

describe('checkRoutine', () => {
  const CHECK = `query($items: [RoutineItemInput!]!) {
    checkRoutine(input: { items: $items }) { a { slug } b { slug } severity management scope rule { code citations { title } } }
  }`;
  const check = async (...items: [string, string][]) =>
    (await app.data(CHECK, { items: items.map(([slot, topical]) => ({ slot, topical })) })).checkRoutine;

  it('never flags vitamin C with niacinamide, nor adapalene with benzoyl peroxide', async () => {
    expect(await check(['AM', 'vitamin-c'], ['AM', 'niacinamide'])).toEqual([]);
    expect(await check(['PM', 'adapalene'], ['PM', 'benzoyl-peroxide'])).toEqual([]);
  });

  it('flags tretinoin with benzoyl peroxide in one slot, naming the rule and its sources', async () => {
    const [conflict] = await check(['PM', 'tretinoin'], ['PM', 'benzoyl-peroxide']);
    expect([conflict.a.slug, conflict.b.slug].sort()).toEqual(['benzoyl-peroxide', 'tretinoin']);
    expect(conflict.management).toBe('SEPARATE_AM_PM');
    expect(conflict.rule.citations.length).toBeGreaterThan(0);
    expect(await check(['AM', 'benzoyl-peroxide'], ['PM', 'tretinoin'])).toEqual([]);
  });

  it('flags a retinoid and an acid anywhere in the same day', async () => {
    const [conflict] = await check(['AM', 'glycolic-acid'], ['PM', 'retinol']);
    expect(conflict.scope).toBe('SAME_DAY');
    expect(conflict.management).toBe('ALTERNATE_DAYS');
  });
});

describe('bad regimen input', () => {
  const session = { treatment: 'professional-microneedling', performedAt: '2026-03-01T10:00:00Z', needleDepthMm: 1.5 };
  it.each([
    [{ lastSession: { ...session, treatment: 'laser-magic' } }, 'input.lastSession.treatment'],
    [{ currentTopicals: ['vitamin-c', 'unicorn-oil'] }, 'input.currentTopicals[1]'],
    [{ currentProducts: ['no-such-product'] }, 'input.currentProducts[0]'],
    [{ scarTypes: ['moon-crater'] }, 'input.scarTypes[0]'],
    [{ lastSession: { ...session, needleDepthMm: 4 } }, 'input.lastSession.needleDepthMm'],
    [{ lastSession: { ...session, needleDepthMm: 0.05 } }, 'input.lastSession.needleDepthMm'],
    [{ days: 0 }, 'input.days'],
    [{ days: 91 }, 'input.days'],
    [{ timeZone: 'Mars/Olympus_Mons' }, 'input.timeZone'],
    [{ fitzpatrickType: 7 }, 'input.fitzpatrickType'],
    [{ lastSession: session, nextSession: { ...session, performedAt: '2026-02-01T10:00:00Z' } }, 'input.nextSession.performedAt'],
  ])('%j is rejected naming %s', async (input, field) => {
    const response = await app.graphql(REGIMEN, { input });
    const [error] = response.body.errors!;
    expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    expect(error.extensions!.fields.map((f: any) => f.field)).toContain(field);
  });

  it.each([
    [[{ slot: 'AM' }], 'input.items[0]'],
    [[{ slot: 'AM', topical: 'vitamin-c', product: 'anything' }], 'input.items[0]'],
  ])('routine item %j is rejected naming %s', async (items, field) => {
    const response = await app.graphql(`query($items: [RoutineItemInput!]!) { checkRoutine(input: { items: $items }) { severity } }`, { items });
    expect(response.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(response.body.errors![0].extensions!.fields.map((f: any) => f.field)).toContain(field);
  });

  it('rejects a date-time without an offset', async () => {
    const response = await app.graphql(REGIMEN, { input: { lastSession: { ...session, performedAt: '2026-03-01T10:00:00' } } });
    expect(response.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(response.body.errors![0].message).toMatch(/offset/);
  });
});
