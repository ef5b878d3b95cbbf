// The shape of each knowledge file's entries: an entry is the content type's editorial input (the
// same fields an editor saves through the API) plus the version its authors give it. Strict objects,
// so a misspelt field is an error rather than silently ignored.
import { z } from 'zod';
import { compareText } from '../../engine';
import { Device, EvidenceLevel, RuleKind, ScarCategory, Severity, Slot, TopicalCategory, TreatmentSetting } from '../../domain/enums';
import { ContentType } from '../editorial/content-type';

const text = z.string().min(1);
const keys = z.array(z.string());
/** Links without an order: kept sorted by code point, as the editorial API reads them back, so comparing entries ignores the order written. */
const keySet = keys.transform((list) => [...list].sort(compareText));
/** Raised by the entry's authors whenever they change it; the import reports it and plans cite it. */
const version = z.number().int().min(1);

const citation = z.strictObject({
  key: z.string(),
  version,
  title: text,
  url: z.string().nullable(),
  evidenceLevel: z.enum(EvidenceLevel),
  source: text,
});

const scarType = z.strictObject({
  slug: z.string(),
  version,
  name: text,
  category: z.enum(ScarCategory),
  description: text,
  needlingResponse: text,
  otherTreatments: z.array(text),
});

const treatment = z.strictObject({
  slug: z.string(),
  version,
  name: text,
  summary: text,
  device: z.enum(Device),
  setting: z.enum(TreatmentSetting),
  needleDepthMinMm: z.number(),
  needleDepthMaxMm: z.number(),
  minutesPerSessionMin: z.number().int(),
  minutesPerSessionMax: z.number().int(),
  typicalSessionsMin: z.number().int(),
  typicalSessionsMax: z.number().int(),
  daysBetweenSessionsMin: z.number().int(),
  daysBetweenSessionsMax: z.number().int(),
  risks: z.array(text),
  contraindications: z.array(text),
  scarTypes: keySet,
});

const topical = z.strictObject({
  slug: z.string(),
  version,
  name: text,
  category: z.enum(TopicalCategory),
  inciAliases: z.array(text),
  prescriptionOnly: z.boolean(),
  allowedSlots: z.array(z.enum(Slot)),
  benefits: text,
  helpsScarTypes: keySet,
});

const compatibilityRule = z.strictObject({
  code: z.string(),
  version,
  kind: z.enum(RuleKind),
  severity: z.enum(Severity),
  title: text,
  rationale: text,
  management: text,
  // Each kind uses some of the three roles: the others may be left out.
  subjects: keys.default([]),
  pairA: keys.default([]),
  pairB: keys.default([]),
  // Checked by the engine's rule compiler, per kind (docs/api/rule-kinds.md).
  parameters: z.record(z.string(), z.unknown()),
  citations: keys,
});

/** The types the knowledge holds, in the order they are imported (an entry's references come first). */
export const KNOWLEDGE_SCHEMAS = {
  [ContentType.CITATION]: citation,
  [ContentType.SCAR_TYPE]: scarType,
  [ContentType.TREATMENT]: treatment,
  [ContentType.TOPICAL]: topical,
  [ContentType.COMPATIBILITY_RULE]: compatibilityRule,
} as const;

export type KnowledgeType = keyof typeof KNOWLEDGE_SCHEMAS;

export const KNOWLEDGE_TYPES = Object.keys(KNOWLEDGE_SCHEMAS) as KnowledgeType[];
