// What differs between content types, declared once per type: columns, links to other entries
// (by slug or key), what still references an entry, and type-specific checks. The editorial
// service does everything else generically.
import { EntityManager, EntityTarget } from 'typeorm';
import { Permission } from '../../auth/roles';
import { RuleTopicalRole } from '../../domain/rule-topical-role';
import { compileRules, RuleCompilationError } from '../../engine';
import { Article, Brand, Citation, CompatibilityRule, Product, ScarType, Topical, Treatment } from '../../entities';
import { ContentEntity } from '../../entities/content-base';
import { FieldProblem } from '../../graphql/errors';
import { ContentType } from './content-type';
import {
  ArticleInput,
  BrandInput,
  CitationInput,
  CompatibilityRuleInput,
  ProductInput,
  ScarTypeInput,
  TopicalInput,
  TreatmentInput,
} from './editorial.inputs';

/** Resolves slugs (or keys) of other entries to ids inside the mutation's transaction. */
export class ReferenceResolver {
  readonly problems: FieldProblem[] = [];
  constructor(private readonly manager: EntityManager) {}

  async ids(table: string, keyColumn: string, keys: readonly string[], field: string, what: string): Promise<string[]> {
    if (keys.length === 0) return [];
    const rows: { id: string; key: string }[] = await this.manager.query(
      `SELECT id, ${keyColumn} AS key FROM ${table} WHERE ${keyColumn} = ANY($1) AND deleted_at IS NULL`,
      [keys],
    );
    const byKey = new Map(rows.map((row) => [row.key, row.id]));
    return keys.flatMap((key, index) => {
      const id = byKey.get(key);
      if (!id) this.problems.push({ field: `${field}[${index}]`, message: `unknown ${what} "${key}"` });
      return id ? [id] : [];
    });
  }

  async id(table: string, keyColumn: string, key: string, field: string, what: string): Promise<string | undefined> {
    const rows: { id: string }[] = await this.manager.query(
      `SELECT id FROM ${table} WHERE ${keyColumn} = $1 AND deleted_at IS NULL`,
      [key],
    );
    if (rows.length === 0) this.problems.push({ field, message: `unknown ${what} "${key}"` });
    return rows[0]?.id;
  }
}

/** Entries that still point at an entry; deleting it first would break them. */
interface Reference {
  what: string;
  /** Parameter $1 is the referenced entry's id; returns the referencing entries' slugs or codes. */
  sql: string;
}

export interface ContentDescriptor<I extends object = object, E extends ContentEntity = ContentEntity> {
  type: ContentType;
  entity: EntityTarget<E>;
  table: string;
  /** The GraphQL type name: in mutation names (`createProduct`) and webhook payloads. */
  typeName: string;
  /** Column holding the human-readable unique key. */
  keyColumn: 'slug' | 'key' | 'code';
  label: string;
  /** Needed to publish or unpublish an entry of this type. */
  publishPermission: Permission;
  inputClass: new () => I;
  keyOf(input: I): string;
  /** Entity column values (plain, without links) from an input; links are resolved by `resolveLinks`. */
  columns(input: I, refs: ReferenceResolver): Promise<Partial<E>>;
  /** Checks that need no database: ranges, cross-field rules. */
  check(input: I): FieldProblem[];
  /**
   * Resolves the input's links (unknown ones become problems on `refs`) and returns what replaces
   * the entry's links with them; a pending draft is resolved (validated) without being written.
   */
  resolveLinks(input: I, refs: ReferenceResolver): Promise<LinkWriter>;
  /** The entry's current editable state, in input shape. */
  read(manager: EntityManager, entity: E): Promise<I>;
  references: Reference[];
}

export type LinkWriter = (manager: EntityManager, id: string) => Promise<void>;

const NO_LINKS: LinkWriter = async () => undefined;

async function replaceLinks(
  manager: EntityManager,
  table: string,
  ownerColumn: string,
  ownerId: string,
  rows: Record<string, unknown>[],
): Promise<void> {
  await manager.query(`DELETE FROM ${table} WHERE ${ownerColumn} = $1`, [ownerId]);
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  const values: unknown[] = [];
  const tuples = rows.map((row) => `(${columns.map((column) => `$${values.push(row[column])}`).join(', ')})`);
  await manager.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`, values);
}

async function linkedKeys(manager: EntityManager, sql: string, id: string): Promise<string[]> {
  const rows: { key: string }[] = await manager.query(sql, [id]);
  return rows.map((row) => row.key);
}

const referencedBy = (what: string, sql: string): Reference => ({ what, sql });

const treatment: ContentDescriptor<TreatmentInput, Treatment> = {
  type: ContentType.TREATMENT,
  typeName: 'Treatment',
  entity: Treatment,
  table: 'treatment',
  keyColumn: 'slug',
  label: 'treatment',
  publishPermission: Permission.EDIT_CONTENT,
  inputClass: TreatmentInput,
  keyOf: (input) => input.slug,
  columns: async ({ scarTypes: _links, ...columns }) => columns,
  check(input) {
    const problems: FieldProblem[] = [];
    const ranges: [keyof TreatmentInput, keyof TreatmentInput][] = [
      ['needleDepthMinMm', 'needleDepthMaxMm'],
      ['minutesPerSessionMin', 'minutesPerSessionMax'],
      ['typicalSessionsMin', 'typicalSessionsMax'],
      ['daysBetweenSessionsMin', 'daysBetweenSessionsMax'],
    ];
    for (const [min, max] of ranges) {
      if ((input[min] as number) > (input[max] as number)) problems.push({ field: `input.${max}`, message: `must not be less than ${min}` });
    }
    return problems;
  },
  async resolveLinks(input, refs) {
    const scarTypeIds = await refs.ids('scar_type', 'slug', input.scarTypes, 'input.scarTypes', 'scar type');
    return (manager, id) =>
      replaceLinks(manager, 'treatment_scar_type', 'treatment_id', id, scarTypeIds.map((scar_type_id) => ({ treatment_id: id, scar_type_id })));
  },
  async read(manager, t) {
    const scarTypes = await linkedKeys(manager, 'SELECT s.slug AS key FROM treatment_scar_type l JOIN scar_type s ON s.id = l.scar_type_id WHERE l.treatment_id = $1 ORDER BY s.slug', t.id);
    return {
      slug: t.slug,
      name: t.name,
      summary: t.summary,
      device: t.device,
      setting: t.setting,
      needleDepthMinMm: t.needleDepthMinMm,
      needleDepthMaxMm: t.needleDepthMaxMm,
      minutesPerSessionMin: t.minutesPerSessionMin,
      minutesPerSessionMax: t.minutesPerSessionMax,
      typicalSessionsMin: t.typicalSessionsMin,
      typicalSessionsMax: t.typicalSessionsMax,
      daysBetweenSessionsMin: t.daysBetweenSessionsMin,
      daysBetweenSessionsMax: t.daysBetweenSessionsMax,
      risks: t.risks,
      contraindications: t.contraindications,
      scarTypes,
    };
  },
  references: [
    referencedBy('articles', 'SELECT a.slug AS key FROM article_treatment l JOIN article a ON a.id = l.article_id WHERE l.treatment_id = $1 AND a.deleted_at IS NULL'),
  ],
};

const scarType: ContentDescriptor<ScarTypeInput, ScarType> = {
  type: ContentType.SCAR_TYPE,
  typeName: 'ScarType',
  entity: ScarType,
  table: 'scar_type',
  keyColumn: 'slug',
  label: 'scar type',
  publishPermission: Permission.EDIT_CONTENT,
  inputClass: ScarTypeInput,
  keyOf: (input) => input.slug,
  columns: async (input) => ({ ...input }),
  check: () => [],
  resolveLinks: async () => NO_LINKS,
  async read(_manager, { slug, name, category, description, needlingResponse, otherTreatments }) {
    return { slug, name, category, description, needlingResponse, otherTreatments };
  },
  references: [
    referencedBy('treatments', 'SELECT t.slug AS key FROM treatment_scar_type l JOIN treatment t ON t.id = l.treatment_id WHERE l.scar_type_id = $1 AND t.deleted_at IS NULL'),
    referencedBy('topicals', 'SELECT t.slug AS key FROM topical_scar_type l JOIN topical t ON t.id = l.topical_id WHERE l.scar_type_id = $1 AND t.deleted_at IS NULL'),
    referencedBy('articles', 'SELECT a.slug AS key FROM article_scar_type l JOIN article a ON a.id = l.article_id WHERE l.scar_type_id = $1 AND a.deleted_at IS NULL'),
  ],
};

const topical: ContentDescriptor<TopicalInput, Topical> = {
  type: ContentType.TOPICAL,
  typeName: 'Topical',
  entity: Topical,
  table: 'topical',
  keyColumn: 'slug',
  label: 'topical',
  publishPermission: Permission.EDIT_CONTENT,
  inputClass: TopicalInput,
  keyOf: (input) => input.slug,
  columns: async ({ helpsScarTypes: _links, allowedSlots, ...columns }) => ({ ...columns, allowedSlots: [...new Set(allowedSlots)] }),
  check: () => [],
  async resolveLinks(input, refs) {
    const scarTypeIds = await refs.ids('scar_type', 'slug', input.helpsScarTypes, 'input.helpsScarTypes', 'scar type');
    return (manager, id) =>
      replaceLinks(manager, 'topical_scar_type', 'topical_id', id, scarTypeIds.map((scar_type_id) => ({ topical_id: id, scar_type_id })));
  },
  async read(manager, { id, slug, name, category, inciAliases, prescriptionOnly, allowedSlots, benefits }) {
    const helpsScarTypes = await linkedKeys(manager, 'SELECT s.slug AS key FROM topical_scar_type l JOIN scar_type s ON s.id = l.scar_type_id WHERE l.topical_id = $1 ORDER BY s.slug', id);
    return { slug, name, category, inciAliases, prescriptionOnly, allowedSlots, benefits, helpsScarTypes };
  },
  references: [
    referencedBy('products', 'SELECT DISTINCT p.slug AS key FROM product_ingredient l JOIN product p ON p.id = l.product_id WHERE l.topical_id = $1 AND p.deleted_at IS NULL'),
    referencedBy('rules', 'SELECT DISTINCT r.code AS key FROM rule_topical l JOIN compatibility_rule r ON r.id = l.rule_id WHERE l.topical_id = $1 AND r.deleted_at IS NULL'),
    referencedBy('articles', 'SELECT a.slug AS key FROM article_topical l JOIN article a ON a.id = l.article_id WHERE l.topical_id = $1 AND a.deleted_at IS NULL'),
  ],
};

const brand: ContentDescriptor<BrandInput, Brand> = {
  type: ContentType.BRAND,
  typeName: 'Brand',
  entity: Brand,
  table: 'brand',
  keyColumn: 'slug',
  label: 'brand',
  publishPermission: Permission.EDIT_CONTENT,
  inputClass: BrandInput,
  keyOf: (input) => input.slug,
  columns: async (input) => ({ ...input }),
  check: () => [],
  resolveLinks: async () => NO_LINKS,
  read: async (_manager, { slug, name, description }) => ({ slug, name, description }),
  references: [referencedBy('products', 'SELECT slug AS key FROM product WHERE brand_id = $1 AND deleted_at IS NULL')],
};

const product: ContentDescriptor<ProductInput, Product> = {
  type: ContentType.PRODUCT,
  typeName: 'Product',
  entity: Product,
  table: 'product',
  keyColumn: 'slug',
  label: 'product',
  publishPermission: Permission.EDIT_CONTENT,
  inputClass: ProductInput,
  keyOf: (input) => input.slug,
  async columns({ brand: brandSlug, ingredients: _links, skinTypes, ...columns }, refs) {
    const brandId = await refs.id('brand', 'slug', brandSlug, 'input.brand', 'brand');
    return { ...columns, skinTypes: [...new Set(skinTypes)], brandId };
  },
  check(input) {
    const seen = new Set<string>();
    return input.ingredients.flatMap((ingredient, index) => {
      if (!seen.has(ingredient.topical)) {
        seen.add(ingredient.topical);
        return [];
      }
      return [{ field: `input.ingredients[${index}].topical`, message: `lists "${ingredient.topical}" twice` }];
    });
  },
  async resolveLinks(input, refs) {
    const topicalIds = await refs.ids('topical', 'slug', input.ingredients.map((i) => i.topical), 'input.ingredients', 'topical');
    return (manager, id) =>
      replaceLinks(
        manager,
        'product_ingredient',
        'product_id',
        id,
        input.ingredients.map((ingredient, index) => ({
          product_id: id,
          topical_id: topicalIds[index],
          concentration_percent: ingredient.concentrationPercent ?? null,
        })),
      );
  },
  async read(manager, { id, slug, name, brandId, description, priceCents, currency, inStock, skinTypes, imageUrl }) {
    const [{ slug: brandSlug }] = await manager.query('SELECT slug FROM brand WHERE id = $1', [brandId]);
    const ingredients: { topical: string; concentrationPercent: number | null }[] = await manager.query(
      'SELECT t.slug AS topical, l.concentration_percent AS "concentrationPercent" FROM product_ingredient l JOIN topical t ON t.id = l.topical_id WHERE l.product_id = $1 ORDER BY t.slug',
      [id],
    );
    return { slug, name, brand: brandSlug, description, priceCents, currency, inStock, skinTypes, imageUrl, ingredients };
  },
  references: [],
};

const article: ContentDescriptor<ArticleInput, Article> = {
  type: ContentType.ARTICLE,
  typeName: 'Article',
  entity: Article,
  table: 'article',
  keyColumn: 'slug',
  label: 'article',
  publishPermission: Permission.EDIT_CONTENT,
  inputClass: ArticleInput,
  keyOf: (input) => input.slug,
  columns: async ({ treatments: _t, scarTypes: _s, topicals: _p, citations: _c, ...columns }) => columns,
  check: () => [],
  async resolveLinks(input, refs) {
    const treatmentIds = await refs.ids('treatment', 'slug', input.treatments, 'input.treatments', 'treatment');
    const scarTypeIds = await refs.ids('scar_type', 'slug', input.scarTypes, 'input.scarTypes', 'scar type');
    const topicalIds = await refs.ids('topical', 'slug', input.topicals, 'input.topicals', 'topical');
    const citationIds = await refs.ids('citation', 'key', input.citations, 'input.citations', 'citation');
    return async (manager, id) => {
      await replaceLinks(manager, 'article_treatment', 'article_id', id, treatmentIds.map((treatment_id) => ({ article_id: id, treatment_id })));
      await replaceLinks(manager, 'article_scar_type', 'article_id', id, scarTypeIds.map((scar_type_id) => ({ article_id: id, scar_type_id })));
      await replaceLinks(manager, 'article_topical', 'article_id', id, topicalIds.map((topical_id) => ({ article_id: id, topical_id })));
      await replaceLinks(manager, 'article_citation', 'article_id', id, citationIds.map((citation_id, position) => ({ article_id: id, citation_id, position })));
    };
  },
  async read(manager, { id, slug, title, summary, body, author }) {
    const keys = (sql: string) => linkedKeys(manager, sql, id);
    return {
      slug,
      title,
      summary,
      body,
      author,
      treatments: await keys('SELECT x.slug AS key FROM article_treatment l JOIN treatment x ON x.id = l.treatment_id WHERE l.article_id = $1 ORDER BY x.slug'),
      scarTypes: await keys('SELECT x.slug AS key FROM article_scar_type l JOIN scar_type x ON x.id = l.scar_type_id WHERE l.article_id = $1 ORDER BY x.slug'),
      topicals: await keys('SELECT x.slug AS key FROM article_topical l JOIN topical x ON x.id = l.topical_id WHERE l.article_id = $1 ORDER BY x.slug'),
      citations: await keys('SELECT x.key AS key FROM article_citation l JOIN citation x ON x.id = l.citation_id WHERE l.article_id = $1 ORDER BY l.position'),
    };
  },
  references: [],
};

const citation: ContentDescriptor<CitationInput, Citation> = {
  type: ContentType.CITATION,
  typeName: 'Citation',
  entity: Citation,
  table: 'citation',
  keyColumn: 'key',
  label: 'citation',
  publishPermission: Permission.EDIT_CONTENT,
  inputClass: CitationInput,
  keyOf: (input) => input.key,
  columns: async (input) => ({ ...input }),
  check: () => [],
  resolveLinks: async () => NO_LINKS,
  read: async (_manager, { key, title, url, evidenceLevel, source }) => ({ key, title, url, evidenceLevel, source }),
  references: [
    referencedBy('rules', 'SELECT r.code AS key FROM rule_citation l JOIN compatibility_rule r ON r.id = l.rule_id WHERE l.citation_id = $1 AND r.deleted_at IS NULL'),
    referencedBy('articles', 'SELECT a.slug AS key FROM article_citation l JOIN article a ON a.id = l.article_id WHERE l.citation_id = $1 AND a.deleted_at IS NULL'),
  ],
};

const ROLE_FIELDS: [RuleTopicalRole, 'subjects' | 'pairA' | 'pairB'][] = [
  [RuleTopicalRole.SUBJECT, 'subjects'],
  [RuleTopicalRole.PAIR_A, 'pairA'],
  [RuleTopicalRole.PAIR_B, 'pairB'],
];

const compatibilityRule: ContentDescriptor<CompatibilityRuleInput, CompatibilityRule> = {
  type: ContentType.COMPATIBILITY_RULE,
  typeName: 'CompatibilityRule',
  entity: CompatibilityRule,
  table: 'compatibility_rule',
  keyColumn: 'code',
  label: 'compatibility rule',
  publishPermission: Permission.APPROVE_RULES,
  inputClass: CompatibilityRuleInput,
  keyOf: (input) => input.code,
  columns: async ({ code, kind, severity, title, rationale, management, parameters }) => ({ code, kind, severity, title, rationale, management, parameters }),
  check(input) {
    // The engine's own compiler is the validator, with placeholder ids for the topicals: the
    // same checks that run when rules are loaded, so a saved rule can always be evaluated.
    const placeholder = (field: string) => (_: string, index: number) => `${field}:${index}`;
    const topicalIds = (field: 'subjects' | 'pairA' | 'pairB') => input[field].map(placeholder(field));
    const fact = {
      id: 'candidate',
      code: input.code,
      kind: input.kind,
      severity: input.severity,
      title: input.title,
      rationale: input.rationale,
      management: input.management,
      subjectTopicalIds: topicalIds('subjects'),
      pairATopicalIds: topicalIds('pairA'),
      pairBTopicalIds: topicalIds('pairB'),
      parameters: input.parameters,
    };
    try {
      compileRules([fact], new Set([...fact.subjectTopicalIds, ...fact.pairATopicalIds, ...fact.pairBTopicalIds]));
      return [];
    } catch (error) {
      if (!(error instanceof RuleCompilationError)) throw error;
      return error.problems.map((problem) => ({ field: 'input.parameters', message: problem.message }));
    }
  },
  async resolveLinks(input, refs) {
    const topicals: { topicalId: string; role: RuleTopicalRole; position: number }[] = [];
    for (const [role, field] of ROLE_FIELDS) {
      const ids = await refs.ids('topical', 'slug', input[field], `input.${field}`, 'topical');
      ids.forEach((topicalId, position) => topicals.push({ topicalId, role, position }));
    }
    const citationIds = await refs.ids('citation', 'key', input.citations, 'input.citations', 'citation');
    return async (manager, id) => {
      await replaceLinks(manager, 'rule_topical', 'rule_id', id, topicals.map((t) => ({ rule_id: id, topical_id: t.topicalId, role: t.role, position: t.position })));
      await replaceLinks(manager, 'rule_citation', 'rule_id', id, citationIds.map((citation_id, position) => ({ rule_id: id, citation_id, position })));
    };
  },
  async read(manager, { id, code, kind, severity, title, rationale, management, parameters }) {
    const links: { role: RuleTopicalRole; slug: string }[] = await manager.query(
      'SELECT l.role, t.slug FROM rule_topical l JOIN topical t ON t.id = l.topical_id WHERE l.rule_id = $1 ORDER BY l.position',
      [id],
    );
    const inRole = (role: RuleTopicalRole) => links.filter((link) => link.role === role).map((link) => link.slug);
    const citations = await linkedKeys(manager, 'SELECT c.key AS key FROM rule_citation l JOIN citation c ON c.id = l.citation_id WHERE l.rule_id = $1 ORDER BY l.position', id);
    return {
      code,
      kind,
      severity,
      title,
      rationale,
      management,
      subjects: inRole(RuleTopicalRole.SUBJECT),
      pairA: inRole(RuleTopicalRole.PAIR_A),
      pairB: inRole(RuleTopicalRole.PAIR_B),
      parameters,
      citations,
    };
  },
  references: [],
};

export const CONTENT_DESCRIPTORS: Record<ContentType, ContentDescriptor> = {
  [ContentType.TREATMENT]: treatment as unknown as ContentDescriptor,
  [ContentType.SCAR_TYPE]: scarType as unknown as ContentDescriptor,
  [ContentType.TOPICAL]: topical as unknown as ContentDescriptor,
  [ContentType.BRAND]: brand as unknown as ContentDescriptor,
  [ContentType.PRODUCT]: product as unknown as ContentDescriptor,
  [ContentType.ARTICLE]: article as unknown as ContentDescriptor,
  [ContentType.CITATION]: citation as unknown as ContentDescriptor,
  [ContentType.COMPATIBILITY_RULE]: compatibilityRule as unknown as ContentDescriptor,
};
