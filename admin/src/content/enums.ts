// The schema's enum values the content forms offer (schema/schema.graphql). The server checks every
// value again; a value missing here only could not be picked.
export const DEVICES = ['DERMAROLLER', 'DERMAPEN', 'RF_MICRONEEDLING'] as const;
export const TREATMENT_SETTINGS = ['CLINIC', 'HOME'] as const;
export const SCAR_CATEGORIES = ['ATROPHIC', 'RAISED'] as const;
export const TOPICAL_CATEGORIES = [
  'ANTIBACTERIAL',
  'ANTIOXIDANT',
  'BRIGHTENING',
  'EXFOLIATING_ACID',
  'HUMECTANT',
  'MOISTURISER',
  'PEPTIDE',
  'RETINOID',
  'SOOTHING',
  'SUNSCREEN',
  'VITAMIN_C',
] as const;
export const SLOTS = ['AM', 'PM'] as const;
export const EVIDENCE_LEVELS = [
  'SYSTEMATIC_REVIEW',
  'CLINICAL_STUDY',
  'EXPERT_CONSENSUS',
  'PROFESSIONAL_GUIDANCE',
  'CLINIC_PROTOCOL',
  'REGULATORY',
  'EDITORIAL',
] as const;
export const SKIN_TYPES = ['NORMAL', 'DRY', 'OILY', 'COMBINATION', 'SENSITIVE'] as const;
export const SEVERITIES = ['INFO', 'LOW', 'MODERATE', 'HIGH'] as const;
export const RULE_KINDS = [
  'WAIT_AFTER_NEEDLING',
  'STOP_BEFORE_NEEDLING',
  'PAIR_CONFLICT',
  'CONTRAINDICATION',
  'REQUIREMENT',
  'SESSION_INTERVAL',
] as const;
export const ACTIVITIES = [
  'MAKEUP',
  'SWEATY_EXERCISE',
  'SWIMMING',
  'SAUNA',
  'DIRECT_SUN',
  'PROLONGED_SUN',
  'TANNING',
  'WAXING',
  'LASER_IPL_OR_PEEL',
  'SCRUBS',
] as const;
export const ADVICE_LEVELS = ['AVOID', 'MINIMISE'] as const;
export const CONFLICT_SCOPES = ['SAME_SLOT', 'SAME_DAY'] as const;
export const CONFLICT_MANAGEMENT = ['SEPARATE_AM_PM', 'ALTERNATE_DAYS', 'AVOID'] as const;
export const ELIGIBILITIES = ['ELIGIBLE', 'CAUTION', 'DEFER', 'CLEARANCE_REQUIRED', 'NOT_RECOMMENDED'] as const;
export const REQUIREMENT_LEVELS = ['REQUIRED', 'SUGGESTED'] as const;
// Without the conditions deprecated in favour of medications.
export const SKIN_CONDITIONS = [
  'ACTIVE_ACNE',
  'ACTIVE_INFECTION',
  'ACTIVE_COLD_SORE',
  'COLD_SORE_HISTORY',
  'KELOID_TENDENCY',
  'SUNBURN',
  'DERMATITIS_FLARE',
  'PREGNANT',
  'BREASTFEEDING',
  'BLEEDING_DISORDER',
  'UNCONTROLLED_DIABETES',
  'IMMUNOSUPPRESSED',
  'MELASMA',
  'PIH_HISTORY',
  'VITILIGO',
  'SKIN_CANCER_OR_SUSPICIOUS_LESION',
  'METAL_OR_ANAESTHETIC_ALLERGY',
  'IMPLANT_IN_AREA',
  'RECENT_FILLER_OR_NEUROTOXIN',
  'DEPTH_OUTSIDE_DEVICE_RANGE',
  'BELOW_LABELLED_AGE',
  'MODERATE_OR_SEVERE_SCARRING',
] as const;

/** SAME_SLOT → "Same slot". */
export function humanize(value: string): string {
  const words = value.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const optionsOf = (values: readonly string[]) => values.map((value) => ({ value, label: humanize(value) }));
