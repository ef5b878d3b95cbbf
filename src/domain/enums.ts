// The domain vocabulary, shared by entities, the GraphQL schema and the pure engine.
// String enums so that database values, API values and engine values are the same text.

export enum Device {
  DERMAROLLER = 'DERMAROLLER',
  DERMAPEN = 'DERMAPEN',
  RF_MICRONEEDLING = 'RF_MICRONEEDLING',
}

export enum TreatmentSetting {
  HOME = 'HOME',
  CLINIC = 'CLINIC',
}

export enum ScarCategory {
  ATROPHIC = 'ATROPHIC',
  RAISED = 'RAISED',
}

export enum TopicalCategory {
  RETINOID = 'RETINOID',
  VITAMIN_C = 'VITAMIN_C',
  EXFOLIATING_ACID = 'EXFOLIATING_ACID',
  SUNSCREEN = 'SUNSCREEN',
  HUMECTANT = 'HUMECTANT',
  MOISTURISER = 'MOISTURISER',
  PEPTIDE = 'PEPTIDE',
  ANTIOXIDANT = 'ANTIOXIDANT',
  SOOTHING = 'SOOTHING',
  ANTIBACTERIAL = 'ANTIBACTERIAL',
  BRIGHTENING = 'BRIGHTENING',
}

export enum Slot {
  AM = 'AM',
  PM = 'PM',
}

export enum SkinType {
  NORMAL = 'NORMAL',
  DRY = 'DRY',
  OILY = 'OILY',
  COMBINATION = 'COMBINATION',
  SENSITIVE = 'SENSITIVE',
}

export enum SkinCondition {
  ACTIVE_ACNE = 'ACTIVE_ACNE',
  ACTIVE_INFECTION = 'ACTIVE_INFECTION',
  ACTIVE_COLD_SORE = 'ACTIVE_COLD_SORE',
  COLD_SORE_HISTORY = 'COLD_SORE_HISTORY',
  KELOID_TENDENCY = 'KELOID_TENDENCY',
  SUNBURN = 'SUNBURN',
  DERMATITIS_FLARE = 'DERMATITIS_FLARE',
  PREGNANT = 'PREGNANT',
  BREASTFEEDING = 'BREASTFEEDING',
  ANTICOAGULANTS = 'ANTICOAGULANTS',
  BLEEDING_DISORDER = 'BLEEDING_DISORDER',
  UNCONTROLLED_DIABETES = 'UNCONTROLLED_DIABETES',
  IMMUNOSUPPRESSED = 'IMMUNOSUPPRESSED',
  RECENT_ISOTRETINOIN = 'RECENT_ISOTRETINOIN',
  /** The following are derived from the medications a person takes (RegimenRequest.medications). */
  TAKING_ISOTRETINOIN = 'TAKING_ISOTRETINOIN',
  NSAIDS = 'NSAIDS',
  PHOTOSENSITISING_MEDICATION = 'PHOTOSENSITISING_MEDICATION',
  ORAL_STEROIDS = 'ORAL_STEROIDS',
  TOPICAL_STEROIDS = 'TOPICAL_STEROIDS',
  MELASMA = 'MELASMA',
  /** Dark marks after earlier inflammation (post-inflammatory hyperpigmentation). */
  PIH_HISTORY = 'PIH_HISTORY',
  VITILIGO = 'VITILIGO',
  SKIN_CANCER_OR_SUSPICIOUS_LESION = 'SKIN_CANCER_OR_SUSPICIOUS_LESION',
  METAL_OR_ANAESTHETIC_ALLERGY = 'METAL_OR_ANAESTHETIC_ALLERGY',
  /** A pacemaker or other implanted electronic device, metal implants or gold threads in the area (RF only). */
  IMPLANT_IN_AREA = 'IMPLANT_IN_AREA',
  /** Derived from `fillerOrNeurotoxinOn`: within two weeks of the session. */
  RECENT_FILLER_OR_NEUROTOXIN = 'RECENT_FILLER_OR_NEUROTOXIN',
  /** Derived from a session: its needle depth is outside what the treatment's device is made for. */
  DEPTH_OUTSIDE_DEVICE_RANGE = 'DEPTH_OUTSIDE_DEVICE_RANGE',
  /** Derived from `age`: younger than the youngest age a needling device is labelled for. */
  BELOW_LABELLED_AGE = 'BELOW_LABELLED_AGE',
  /** Derived from `scarSeverity`. */
  MODERATE_OR_SEVERE_SCARRING = 'MODERATE_OR_SEVERE_SCARRING',
  /** Derived from `treatmentArea`: around the mouth, where cold sores come back most often. */
  PERIORAL_TREATMENT = 'PERIORAL_TREATMENT',
}

/** Where the needling is done. */
export enum TreatmentArea {
  FACE = 'FACE',
  /** Around the mouth. */
  PERIORAL = 'PERIORAL',
  NECK = 'NECK',
  BODY = 'BODY',
}

/** How marked the scarring is (seed 003: weekly home rolling suits mild scars only). */
export enum ScarSeverity {
  MILD = 'MILD',
  MODERATE = 'MODERATE',
  SEVERE = 'SEVERE',
}

/** Medicines that change needling advice. */
export enum MedicationKind {
  ISOTRETINOIN = 'ISOTRETINOIN',
  ANTICOAGULANT = 'ANTICOAGULANT',
  ANTIPLATELET = 'ANTIPLATELET',
  NSAID = 'NSAID',
  /** Doxycycline, minocycline and the like. */
  PHOTOSENSITISING_ANTIBIOTIC = 'PHOTOSENSITISING_ANTIBIOTIC',
  ORAL_STEROID = 'ORAL_STEROID',
  TOPICAL_STEROID = 'TOPICAL_STEROID',
}

/** In increasing strength: when several apply, the strongest wins. */
export enum Eligibility {
  ELIGIBLE = 'ELIGIBLE',
  CAUTION = 'CAUTION',
  DEFER = 'DEFER',
  CLEARANCE_REQUIRED = 'CLEARANCE_REQUIRED',
  NOT_RECOMMENDED = 'NOT_RECOMMENDED',
}

export const ELIGIBILITY_STRENGTH: readonly Eligibility[] = [
  Eligibility.ELIGIBLE,
  Eligibility.CAUTION,
  Eligibility.DEFER,
  Eligibility.CLEARANCE_REQUIRED,
  Eligibility.NOT_RECOMMENDED,
];

export enum RuleKind {
  WAIT_AFTER_NEEDLING = 'WAIT_AFTER_NEEDLING',
  STOP_BEFORE_NEEDLING = 'STOP_BEFORE_NEEDLING',
  PAIR_CONFLICT = 'PAIR_CONFLICT',
  CONTRAINDICATION = 'CONTRAINDICATION',
  REQUIREMENT = 'REQUIREMENT',
  SESSION_INTERVAL = 'SESSION_INTERVAL',
}

/** In increasing strength. "Low to moderate" figures in sources are stored as MODERATE (strictest wins). */
export enum Severity {
  INFO = 'INFO',
  LOW = 'LOW',
  MODERATE = 'MODERATE',
  HIGH = 'HIGH',
}

export enum ConflictScope {
  SAME_SLOT = 'SAME_SLOT',
  SAME_DAY = 'SAME_DAY',
}

export enum ConflictManagement {
  SEPARATE_AM_PM = 'SEPARATE_AM_PM',
  ALTERNATE_DAYS = 'ALTERNATE_DAYS',
  AVOID = 'AVOID',
}

/** Things a person does (not topicals) that needling rules restrict. */
export enum Activity {
  MAKEUP = 'MAKEUP',
  SWEATY_EXERCISE = 'SWEATY_EXERCISE',
  SWIMMING = 'SWIMMING',
  SAUNA = 'SAUNA',
  DIRECT_SUN = 'DIRECT_SUN',
  PROLONGED_SUN = 'PROLONGED_SUN',
  TANNING = 'TANNING',
  WAXING = 'WAXING',
  LASER_IPL_OR_PEEL = 'LASER_IPL_OR_PEEL',
  SCRUBS = 'SCRUBS',
}

/** How firmly an activity is restricted inside its window. */
export enum ActivityAdviceLevel {
  AVOID = 'AVOID',
  MINIMISE = 'MINIMISE',
}

export enum RequirementLevel {
  REQUIRED = 'REQUIRED',
  SUGGESTED = 'SUGGESTED',
}

export enum EvidenceLevel {
  SYSTEMATIC_REVIEW = 'SYSTEMATIC_REVIEW',
  CLINICAL_STUDY = 'CLINICAL_STUDY',
  EXPERT_CONSENSUS = 'EXPERT_CONSENSUS',
  REGULATORY = 'REGULATORY',
  PROFESSIONAL_GUIDANCE = 'PROFESSIONAL_GUIDANCE',
  CLINIC_PROTOCOL = 'CLINIC_PROTOCOL',
  EDITORIAL = 'EDITORIAL',
}

export enum PublicationStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}
