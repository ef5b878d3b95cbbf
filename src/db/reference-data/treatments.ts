// Needling treatments. Depth ranges, session counts and intervals are typical figures for planning
// and display; the binding limits per depth tier live in the SESSION_INTERVAL rules (rules.ts).
import { Device, TreatmentSetting } from '../../domain/enums';
import { TreatmentSeed } from './types';

const ATROPHIC_SCARS = ['ice-pick', 'boxcar', 'rolling'];

/** Shared by the clinic treatments; the seed 001 list, with bleeding and topical reactions spelled out. */
const CLINIC_NEEDLING_RISKS = [
  'Irritated, sensitive skin for the first days',
  'Swelling',
  'Discomfort where the skin was treated',
  'Redness, typically 24–72 hours at scar-treatment depths',
  'Bruising',
  'Dryness',
  'Peeling',
  'Bleeding: uncommon, more likely after deeper treatment and in people with a bleeding disorder or on blood-thinning medicines',
  'Infection (rarer, more serious)',
  'Changes in skin colour, such as darker patches after inflammation (rarer, more serious)',
  'Reactions to creams or serums applied during or after the session (rarer, more serious)',
];

const NEEDLING_CONTRAINDICATIONS = [
  'A tendency to form keloid or hypertrophic scars: needling is not recommended at all',
  'Active acne, an active skin infection or open sores: wait until they have cleared',
  'An active cold sore: wait until it has healed; with a history of cold sores, antiviral cover is needed before each session',
  'Sunburn, or a flare of eczema, psoriasis or rosacea (unsettled skin): wait until the skin is calm',
  'Pregnancy or breastfeeding: postpone; retinoids are off the plan for the whole period',
  'Isotretinoin taken in the last six months: postpone (this interval is debated)',
  'Anticoagulant medicines, a bleeding disorder, uncontrolled diabetes or a weakened immune system: only with a doctor’s clearance',
  'Caution, not a bar: Fitzpatrick skin types IV–VI carry a higher risk of dark marks after inflammation, so strict sun protection is essential',
];

export const treatments: TreatmentSeed[] = [
  {
    slug: 'home-dermaroller',
    name: 'Home dermaroller',
    summary:
      'A hand-held roller studded with short needles (0.2–0.5 mm) that the user runs over their own skin. ' +
      'The tiny punctures prompt the skin to repair itself, producing new collagen and elastin, which over ' +
      'weeks can soften the look of acne scars and even out texture and tone. Before each session, wash the ' +
      'face thoroughly and make sure the roller is clean and sterilised; then pass it over the area in ' +
      'horizontal, vertical and diagonal strokes with light pressure, skipping any spots or inflamed ' +
      'patches. Expect pink, tender skin for a few hours and some light flaking over the next days; keep the ' +
      'skin hydrated and out of direct sun for at least the first day. For mild scars a weekly session is the ' +
      'usual rhythm; moderate or severe scarring calls for a dermatologist to set the frequency, and because ' +
      'rolling your own skin can damage it, professional treatment is generally the safer choice for scars.',
    device: Device.DERMAROLLER,
    setting: TreatmentSetting.HOME,
    needleDepthMinMm: 0.2,
    needleDepthMaxMm: 0.5,
    minutesPerSessionMin: 10,
    minutesPerSessionMax: 20,
    typicalSessionsMin: 3,
    typicalSessionsMax: 6,
    // 3 days is the floor for the shortest needles (tier T1); weekly is the usual cadence for mild scars.
    daysBetweenSessionsMin: 3,
    daysBetweenSessionsMax: 7,
    scarTypeSlugs: ATROPHIC_SCARS,
    risks: [
      'Pink or red, sensitive skin that normally settles within a few hours',
      'Dryness, with light flaking or peeling in the days after a session',
      'Swelling and discomfort',
      'Infection if the roller is not properly cleaned and sterilised or the skin is not cleansed first',
      'Skin damage from poor technique or too much pressure',
      'Bruising (uncommon)',
      'Allergic reactions (uncommon)',
      'Changes in skin colour (uncommon)',
    ],
    contraindications: NEEDLING_CONTRAINDICATIONS,
  },
  {
    slug: 'professional-microneedling',
    name: 'Professional microneedling (derma-pen)',
    summary:
      'A clinic procedure, carried out by an experienced dermatologist, plastic surgeon or aesthetician after ' +
      'a consultation that reviews the skin and medical history. Numbing cream goes on first, so the ' +
      'treatment is not expected to hurt; a motorised pen (or a rotating roller) then makes rows of fine ' +
      'punctures that may bleed slightly, and a soothing cream or serum is often applied at the end. The ' +
      'controlled injury drives the skin to build collagen and elastin, and the open channels let topical ' +
      'products absorb far better for a short while. It is used for sunken acne scars (ice-pick, boxcar and ' +
      'rolling), other scars, fine lines, enlarged pores, dark spots, uneven tone, rough texture and stretch ' +
      'marks, and on the scalp for some kinds of hair loss. It is mostly done on the face but suits any area ' +
      'that is not overly sensitive. A session lasts roughly 10–20 minutes depending on the area; most people ' +
      'need 4–6 sessions about four weeks apart, scars that run deep can take more than three or four, and complete ' +
      'removal is never guaranteed. Results build over several months as new tissue forms. Because it uses ' +
      'no heat, it is gentler on pigment than laser resurfacing, which makes it a better fit for darker skin, ' +
      'and it typically costs a fraction of laser treatment (lasers can cost around four times as much). ' +
      'Pens and rollers for professional use carry needles from 0.5 mm up to 3.5 mm; this record gives ' +
      '0.5–2.5 mm, the range used for facial acne-scar work, and every setting beyond 1.0 mm falls in the ' +
      'deepest aftercare tier, so longer needles are still covered by the rules.',
    device: Device.DERMAPEN,
    setting: TreatmentSetting.CLINIC,
    needleDepthMinMm: 0.5,
    needleDepthMaxMm: 2.5,
    minutesPerSessionMin: 10,
    minutesPerSessionMax: 20,
    typicalSessionsMin: 3,
    typicalSessionsMax: 6,
    daysBetweenSessionsMin: 28,
    daysBetweenSessionsMax: 28,
    scarTypeSlugs: ATROPHIC_SCARS,
    risks: CLINIC_NEEDLING_RISKS,
    contraindications: NEEDLING_CONTRAINDICATIONS,
  },
  {
    slug: 'rf-microneedling',
    name: 'Radio-frequency (RF) microneedling',
    summary:
      'Clinic microneedling in which the needles also deliver radio-frequency energy, heating the dermis ' +
      'around each channel. The combination reaches deeper through the micro-channels the needles open and ' +
      'adds a heat stimulus to the collagen response, which is why it is often chosen for sunken acne scars. ' +
      'The added heat also adds a burn risk and a longer recovery: the skin barrier takes about a week to ' +
      'return to normal, so every RF session falls in the deepest aftercare tier whatever the needle length. ' +
      'Needle lengths follow the professional range of 0.5–3.5 mm. Session length, count and spacing are ' +
      'planned like professional microneedling: about 10–20 minutes, usually 3–6 sessions, roughly four ' +
      'weeks apart, with results that keep developing for months.',
    device: Device.RF_MICRONEEDLING,
    setting: TreatmentSetting.CLINIC,
    needleDepthMinMm: 0.5,
    needleDepthMaxMm: 3.5,
    minutesPerSessionMin: 10,
    minutesPerSessionMax: 20,
    typicalSessionsMin: 3,
    typicalSessionsMax: 6,
    daysBetweenSessionsMin: 28,
    daysBetweenSessionsMax: 28,
    scarTypeSlugs: ATROPHIC_SCARS,
    risks: [...CLINIC_NEEDLING_RISKS, 'Burns from the heat delivered by the device'],
    contraindications: NEEDLING_CONTRAINDICATIONS,
  },
];
