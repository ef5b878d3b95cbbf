// The knowledge shipped in knowledge/, read and checked as start-up reads it: the files are valid,
// the rules compile with the engine's own compiler, and a bad file is refused with a message that
// names the file, the entry and the field. The demo catalog names only knowledge that is shipped.
import { shippedKnowledgeDir } from '../../src/config';
import { DEMO_CATALOG } from '../../src/db/demo-catalog';
import { ContentType } from '../../src/modules/editorial/content-type';
import { KnowledgeFileError, readShippedKnowledge } from '../../src/modules/knowledge';
import { ShippedEntry } from '../../src/modules/knowledge/shipped-knowledge';
import { knowledgeWith } from '../support/knowledge-files';

let shipped: ShippedEntry[];
beforeAll(async () => {
  shipped = await readShippedKnowledge(shippedKnowledgeDir());
});

const keysOf = (type: ContentType) => new Set(shipped.filter((entry) => entry.type === type).map((entry) => entry.key));

const copyWith = (file: string, edit: (text: string) => string) => knowledgeWith({ [file]: edit });

async function problemsOf(folder: string): Promise<KnowledgeFileError> {
  const error = await readShippedKnowledge(folder).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(KnowledgeFileError);
  return error as KnowledgeFileError;
}

describe('the shipped knowledge', () => {
  it('has every type, each entry with its key and a version', () => {
    for (const type of [ContentType.CITATION, ContentType.SCAR_TYPE, ContentType.TREATMENT, ContentType.TOPICAL, ContentType.COMPATIBILITY_RULE]) {
      expect(keysOf(type).size).toBeGreaterThan(0);
    }
    for (const entry of shipped) {
      expect(entry.key).toMatch(/^[a-z0-9][a-z0-9/-]*$/);
      expect(entry.version).toBeGreaterThanOrEqual(1);
    }
  });

  it('cites at least one source for every rule', () => {
    const uncited = shipped.filter((e) => e.type === ContentType.COMPATIBILITY_RULE && (e.input.citations as string[]).length === 0);
    expect(uncited.map((e) => e.key)).toEqual([]);
  });

  it('holds every topical, scar type, treatment and citation the demo catalog names', () => {
    const topicals = keysOf(ContentType.TOPICAL);
    const missing = [
      ...DEMO_CATALOG.products.flatMap((p) =>
        p.ingredients.filter((i) => !topicals.has(i.topicalSlug)).map((i) => `product ${p.slug}: ${i.topicalSlug}`),
      ),
      ...DEMO_CATALOG.articles.flatMap((a) => [
        ...a.topicalSlugs.filter((slug) => !topicals.has(slug)),
        ...a.scarTypeSlugs.filter((slug) => !keysOf(ContentType.SCAR_TYPE).has(slug)),
        ...a.treatmentSlugs.filter((slug) => !keysOf(ContentType.TREATMENT).has(slug)),
        ...a.citationKeys.filter((key) => !keysOf(ContentType.CITATION).has(key)),
      ]),
      ...DEMO_CATALOG.products.filter((p) => !DEMO_CATALOG.brands.some((b) => b.slug === p.brandSlug)).map((p) => `product ${p.slug}: brand`),
    ];
    expect(missing).toEqual([]);
  });
});

describe('a bad knowledge file', () => {
  it('names the file, the entry and the field of a wrong value', async () => {
    const folder = copyWith('rules/stop-before.yaml', (text) => text.replace('    hours: 168\n', '    hours: a week\n'));
    const { message, problems } = await problemsOf(folder);
    expect(problems[0]).toEqual({
      file: 'knowledge/rules/stop-before.yaml',
      entry: 'stop-before/retinoids',
      field: 'parameters',
      message: expect.any(String),
    });
    expect(problems[0].message).toMatch(/hours/);
    expect(message).toContain('knowledge/rules/stop-before.yaml, entry "stop-before/retinoids", field "parameters"');
  });

  it('names a misspelt field, a missing one and a value outside the enum', async () => {
    const folder = copyWith('topicals.yaml', (text) =>
      text
        .replace('- slug: tretinoin\n  version: 1\n', '- slug: tretinoin\n  version: 1\n  benefit: typo\n')
        .replace('category: RETINOID', 'category: RETINOIDS'),
    );
    const { problems } = await problemsOf(folder);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'knowledge/topicals.yaml', entry: 'tretinoin', field: 'category' }),
        expect.objectContaining({ file: 'knowledge/topicals.yaml', entry: 'tretinoin', field: null, message: expect.stringContaining('benefit') }),
      ]),
    );
  });

  it('names a reference to an entry that is not shipped', async () => {
    const folder = copyWith('rules/stop-before.yaml', (text) => text.replace('subjects: [tretinoin,', 'subjects: [tretinion,'));
    const { problems } = await problemsOf(folder);
    expect(problems).toEqual([
      {
        file: 'knowledge/rules/stop-before.yaml',
        entry: 'stop-before/retinoids',
        field: 'subjects[0]',
        message: 'no topical "tretinion" is shipped',
      },
    ]);
  });

  it('names a key used twice and a file that is not YAML', async () => {
    const twice = copyWith('citations.yaml', (text) => `${text}\n${text.slice(text.indexOf('- key:'), text.indexOf('\n\n- key:'))}\n`);
    expect((await problemsOf(twice)).problems).toEqual([
      expect.objectContaining({ file: 'knowledge/citations.yaml', field: 'key', message: expect.stringContaining('already used') }),
    ]);

    const broken = copyWith('scar-types.yaml', (text) => `${text}\n- slug: [unclosed\n`);
    expect((await problemsOf(broken)).problems).toEqual([expect.objectContaining({ file: 'knowledge/scar-types.yaml', entry: null })]);
  });
});
