// The reference data shipped with the project, checked as the engine and the loader will see it:
// the rules compile with the engine's own compiler, and every entry another one names exists.
// (The loader skips links to missing entries silently, so a typo would only show as missing advice.)
import { REFERENCE_DATA } from '../../src/db/reference-data';
import { compileRules, RuleFact } from '../../src/engine';

const { citations, scarTypes, treatments, topicals, brands, products, articles, rules } = REFERENCE_DATA;

/** The keys `named` lists that `existing` lacks, as "where: key". */
function missing(existing: readonly string[], named: { where: string; keys: readonly string[] }[]): string[] {
  const known = new Set(existing);
  return named.flatMap(({ where, keys }) => keys.filter((key) => !known.has(key)).map((key) => `${where}: ${key}`));
}

function duplicates(keys: readonly string[]): string[] {
  return keys.filter((key, index) => keys.indexOf(key) !== index);
}

describe('the shipped reference data', () => {
  it('compiles with the engine’s rule compiler without a problem', () => {
    // Topicals are identified by slug here; the loader gives them database ids.
    const facts: RuleFact[] = rules.map(({ subjectTopicalSlugs, pairATopicalSlugs, pairBTopicalSlugs, citationKeys: _citations, ...rule }) => ({
      ...rule,
      id: rule.code,
      subjectTopicalIds: subjectTopicalSlugs,
      pairATopicalIds: pairATopicalSlugs,
      pairBTopicalIds: pairBTopicalSlugs,
    }));
    const compiled = compileRules(facts, new Set(topicals.map((topical) => topical.slug)));
    expect(compiled.all).toHaveLength(rules.length);
  });

  it('has unique keys within each type', () => {
    expect({
      citations: duplicates(citations.map((c) => c.key)),
      scarTypes: duplicates(scarTypes.map((s) => s.slug)),
      treatments: duplicates(treatments.map((t) => t.slug)),
      topicals: duplicates(topicals.map((t) => t.slug)),
      brands: duplicates(brands.map((b) => b.slug)),
      products: duplicates(products.map((p) => p.slug)),
      articles: duplicates(articles.map((a) => a.slug)),
      rules: duplicates(rules.map((r) => r.code)),
    }).toEqual({ citations: [], scarTypes: [], treatments: [], topicals: [], brands: [], products: [], articles: [], rules: [] });
  });

  it('names only citations, topicals, scar types, treatments and brands that exist', () => {
    const problems = [
      ...missing(
        citations.map((c) => c.key),
        [
          ...rules.map((r) => ({ where: `rule ${r.code}`, keys: r.citationKeys })),
          ...articles.map((a) => ({ where: `article ${a.slug}`, keys: a.citationKeys })),
        ],
      ),
      ...missing(
        topicals.map((t) => t.slug),
        [
          ...rules.map((r) => ({ where: `rule ${r.code}`, keys: [...r.subjectTopicalSlugs, ...r.pairATopicalSlugs, ...r.pairBTopicalSlugs] })),
          ...products.map((p) => ({ where: `product ${p.slug}`, keys: p.ingredients.map((i) => i.topicalSlug) })),
          ...articles.map((a) => ({ where: `article ${a.slug}`, keys: a.topicalSlugs })),
        ],
      ),
      ...missing(
        scarTypes.map((s) => s.slug),
        [
          ...treatments.map((t) => ({ where: `treatment ${t.slug}`, keys: t.scarTypeSlugs })),
          ...topicals.map((t) => ({ where: `topical ${t.slug}`, keys: t.helpsScarTypeSlugs })),
          ...articles.map((a) => ({ where: `article ${a.slug}`, keys: a.scarTypeSlugs })),
        ],
      ),
      ...missing(
        treatments.map((t) => t.slug),
        articles.map((a) => ({ where: `article ${a.slug}`, keys: a.treatmentSlugs })),
      ),
      ...missing(
        brands.map((b) => b.slug),
        products.map((p) => ({ where: `product ${p.slug}`, keys: [p.brandSlug] })),
      ),
    ];
    expect(problems).toEqual([]);
  });

  it('cites at least one source for every rule', () => {
    expect(rules.filter((rule) => rule.citationKeys.length === 0).map((rule) => rule.code)).toEqual([]);
  });
});
