// The published-contract check behind `npm run check:schema` and `npm run schema:publish`.
import { baselineFingerprint, checkContract, publishedChangelog, recordedFingerprint } from '../../src/cli/schema-contract';

const PUBLISHED = `type Query {
  product(slug: String!): Product
}

type Product {
  slug: String!
  priceCents: Int!
}
`;

const INTRO = '# Schema changelog\n\nIntro.\n';
const changelogFor = (baseline: string) => `${INTRO}\n## 2026-12-01: baseline ${baselineFingerprint(baseline)}\n\nFirst.\n`;

const withField = PUBLISHED.replace('  priceCents: Int!\n', '  priceCents: Int!\n  prescriptionOnly: Boolean!\n');
const withoutPrice = PUBLISHED.replace('  priceCents: Int!\n', '');
const priceDeprecated = PUBLISHED.replace('  priceCents: Int!\n', '  priceCents: Int! @deprecated(reason: "Use price.")\n');
const withRequiredArgument = PUBLISHED.replace('product(slug: String!)', 'product(slug: String!, locale: String!)');

describe('checkContract', () => {
  it('passes the published schema itself', async () => {
    expect(await checkContract({ baseline: PUBLISHED, changelog: changelogFor(PUBLISHED), current: PUBLISHED })).toEqual({ problems: [], notes: [] });
  });

  it('passes additions and deprecations, noting that they are not published yet', async () => {
    for (const current of [withField, priceDeprecated]) {
      const result = await checkContract({ baseline: PUBLISHED, changelog: changelogFor(PUBLISHED), current });
      expect(result.problems).toEqual([]);
      expect(result.notes.join('\n')).toMatch(/safe change\(s\) not yet in the baseline/);
    }
  });

  it.each([
    ['a removed field', withoutPrice, /Field 'priceCents' was removed from object type 'Product'/],
    ['a new required argument', withRequiredArgument, /Argument 'locale: String!' added to field 'Query.product'/],
  ])('fails on %s, saying how to go on', async (_case, current, message) => {
    const { problems } = await checkContract({ baseline: PUBLISHED, changelog: changelogFor(PUBLISHED), current });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
    expect(problems[0]).toMatch(/npm run schema:publish -- --breaking/);
  });

  it('fails when the baseline was changed without a changelog entry', async () => {
    const { problems } = await checkContract({ baseline: withoutPrice, changelog: changelogFor(PUBLISHED), current: withoutPrice });
    expect(problems).toEqual([expect.stringMatching(/is not the one the newest entry of schema\/CHANGELOG.md records/)]);
  });
});

describe('publishedChangelog', () => {
  const publish = (current: string, why: string, breakingAcknowledged = false) =>
    publishedChangelog({
      baseline: PUBLISHED,
      changelog: changelogFor(PUBLISHED),
      current,
      why,
      breakingAcknowledged,
      date: new Date('2026-12-07T12:00:00Z'),
    });

  it('records a change as the newest entry, after which the check passes', async () => {
    const changelog = await publish(withField, 'Products say whether they need a prescription.');
    expect(changelog.startsWith(INTRO)).toBe(true);
    expect(recordedFingerprint(changelog)).toBe(baselineFingerprint(withField));
    expect(changelog).toContain(
      `## 2026-12-07: baseline ${baselineFingerprint(withField)}\n\nProducts say whether they need a prescription.\n\nSafe:\n\n- Field 'prescriptionOnly' was added to object type 'Product'\n`,
    );
    expect(changelog.indexOf('2026-12-07')).toBeLessThan(changelog.indexOf('2026-12-01'));
    expect(await checkContract({ baseline: withField, changelog, current: withField })).toEqual({ problems: [], notes: [] });
  });

  it('publishes a breaking change only when told it is one, and lists it', async () => {
    await expect(publish(withoutPrice, 'Prices moved to price.')).rejects.toThrow(/1 breaking change\(s\)[\s\S]*add --breaking/);
    const changelog = await publish(withoutPrice, 'Prices moved to price.', true);
    expect(changelog).toContain("Breaking:\n\n- Field 'priceCents' was removed from object type 'Product'\n");
    expect((await checkContract({ baseline: withoutPrice, changelog, current: withoutPrice })).problems).toEqual([]);
  });

  it('needs a reason and a change', async () => {
    await expect(publish(withField, '  ')).rejects.toThrow(/Say why/);
    await expect(publish(PUBLISHED, 'Nothing.')).rejects.toThrow(/published baseline already/);
  });
});
