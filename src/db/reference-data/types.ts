// Shapes of the reference data shipped with the project. Everything refers to other entries by
// slug (rules by code, citations by key) so the data reads like the domain, not like the tables.
import {
  Device,
  EvidenceLevel,
  PublicationStatus,
  RuleKind,
  ScarCategory,
  Severity,
  SkinType,
  Slot,
  TopicalCategory,
  TreatmentSetting,
} from '../../domain/enums';
import { RuleParametersByKind } from '../../engine/facts';

export interface CitationSeed {
  /** Stable key used by rules and articles to refer to the citation. */
  key: string;
  title: string;
  /** Null where no stable public address is known (e.g. the seed articles). */
  url: string | null;
  evidenceLevel: EvidenceLevel;
  /** Where it was published and when, in a short free form ("J Drugs Dermatol, 2024"). */
  source: string;
}

export interface ScarTypeSeed {
  slug: string;
  name: string;
  category: ScarCategory;
  description: string;
  /** How the scar responds to needling. */
  needlingResponse: string;
  /** What else treats it (e.g. TCA CROSS for ice-pick scars). */
  otherTreatments: string[];
}

export interface TreatmentSeed {
  slug: string;
  name: string;
  summary: string;
  device: Device;
  setting: TreatmentSetting;
  needleDepthMinMm: number;
  needleDepthMaxMm: number;
  minutesPerSessionMin: number;
  minutesPerSessionMax: number;
  typicalSessionsMin: number;
  typicalSessionsMax: number;
  daysBetweenSessionsMin: number;
  daysBetweenSessionsMax: number;
  scarTypeSlugs: string[];
  risks: string[];
  contraindications: string[];
}

export interface TopicalSeed {
  slug: string;
  name: string;
  category: TopicalCategory;
  inciAliases: string[];
  prescriptionOnly: boolean;
  allowedSlots: Slot[];
  benefits: string;
  /** Scar types this topical helps. */
  helpsScarTypeSlugs: string[];
}

export interface BrandSeed {
  slug: string;
  name: string;
  description: string;
}

export interface ProductSeed {
  slug: string;
  name: string;
  brandSlug: string;
  description: string;
  priceCents: number;
  currency: string;
  inStock: boolean;
  skinTypes: SkinType[];
  imageUrl: string;
  ingredients: { topicalSlug: string; concentrationPercent: number | null }[];
}

export interface ArticleSeed {
  slug: string;
  title: string;
  summary: string;
  /** Markdown. */
  body: string;
  status: PublicationStatus;
  /** ISO-8601; null for drafts. */
  publishedAt: string | null;
  author: string;
  treatmentSlugs: string[];
  scarTypeSlugs: string[];
  topicalSlugs: string[];
  citationKeys: string[];
}

interface RuleSeedBase<K extends RuleKind> {
  /** Stable, unique, human-readable identifier, e.g. "wait-after/prescription-retinoids/t3". */
  code: string;
  kind: K;
  severity: Severity;
  title: string;
  /** The mechanism: why the rule exists. */
  rationale: string;
  /** What to do about it. */
  management: string;
  subjectTopicalSlugs: string[];
  pairATopicalSlugs: string[];
  pairBTopicalSlugs: string[];
  parameters: RuleParametersByKind[K];
  citationKeys: string[];
}

export type RuleSeed = { [K in RuleKind]: RuleSeedBase<K> }[RuleKind];

export interface ReferenceData {
  citations: CitationSeed[];
  scarTypes: ScarTypeSeed[];
  treatments: TreatmentSeed[];
  topicals: TopicalSeed[];
  brands: BrandSeed[];
  products: ProductSeed[];
  articles: ArticleSeed[];
  rules: RuleSeed[];
}
