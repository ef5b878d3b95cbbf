// Sources behind the reference data. Rules, scar types and articles point at these by key, so an
// editor can always see where a figure came from and how much weight it carries.
import { EvidenceLevel } from '../../domain/enums';
import { CitationSeed } from './types';

export const citations: CitationSeed[] = [
  {
    key: 'minutilli-2024-jdd',
    title: 'Microneedling for Treatment of Acne Scars: Considerations on the Successful Management of This Aesthetic Procedure (Minutilli)',
    url: 'https://jddonline.com/articles/microneedling-for-treatment-of-acne-scars-considerations-on-the-successful-management-of-this-aesthetic-procedure-S1545961624P0e79X',
    evidenceLevel: EvidenceLevel.EXPERT_CONSENSUS,
    source: 'J Drugs Dermatol 23(3):e79, 2024',
  },
  {
    key: 'juhasz-cohen-2020-ccid',
    title: 'Microneedling for the Treatment of Scars: An Update for Clinicians (Juhasz & Cohen)',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7764156/',
    evidenceLevel: EvidenceLevel.SYSTEMATIC_REVIEW,
    source: 'Clin Cosmet Investig Dermatol 13:997–1003, 2020',
  },
  {
    key: 'harris-2015-ijwd',
    title: 'Skin needling as a treatment for acne scarring: an up-to-date review of the literature (Harris, Naidoo & Murrell)',
    url: 'https://pubmed.ncbi.nlm.nih.gov/28491962/',
    evidenceLevel: EvidenceLevel.SYSTEMATIC_REVIEW,
    source: "Int J Women's Dermatol 1(2):77–81, 2015",
  },
  {
    key: 'spring-2017-isotretinoin-consensus',
    title: 'Isotretinoin and Timing of Procedural Interventions: A Systematic Review With Consensus Recommendations (Spring et al.)',
    url: 'https://doi.org/10.1001/jamadermatol.2017.2077',
    evidenceLevel: EvidenceLevel.EXPERT_CONSENSUS,
    source: 'JAMA Dermatol 153(8):802–809, 2017',
  },
  {
    key: 'cohen-elbuluk-2016-jaad',
    title: 'Microneedling in skin of color: A review of uses and efficacy (Cohen & Elbuluk)',
    url: 'https://pubmed.ncbi.nlm.nih.gov/26549251/',
    evidenceLevel: EvidenceLevel.SYSTEMATIC_REVIEW,
    source: 'J Am Acad Dermatol 74(2):348–355, 2016',
  },
  {
    key: 'fda-microneedling-devices',
    title: 'Microneedling devices: consumer and regulatory information',
    url: 'https://www.fda.gov/medical-devices/aesthetic-cosmetic-devices/microneedling-devices',
    evidenceLevel: EvidenceLevel.REGULATORY,
    source: 'US Food and Drug Administration, web page',
  },
  {
    key: 'cfr-21-878-4430',
    title: '21 CFR 878.4430: Microneedling device for aesthetic use',
    url: 'https://www.ecfr.gov/current/title-21/chapter-I/subchapter-H/part-878/subpart-E/section-878.4430',
    evidenceLevel: EvidenceLevel.REGULATORY,
    source: 'US Code of Federal Regulations, Title 21',
  },
  {
    key: 'aad-sunscreen',
    title: 'How to select and use sunscreen: public guidance',
    url: null,
    evidenceLevel: EvidenceLevel.PROFESSIONAL_GUIDANCE,
    source: 'American Academy of Dermatology, web guidance',
  },
  {
    key: 'fda-aha-cosmetics-guidance',
    title: 'Guidance for industry: labeling for topically applied cosmetic products containing alpha hydroxy acids',
    url: null,
    evidenceLevel: EvidenceLevel.REGULATORY,
    source: 'US Food and Drug Administration, guidance document',
  },
  {
    key: 'skinpen-care-protocol',
    title: 'SkinPen microneedling: pre- and post-treatment care instructions',
    url: null,
    evidenceLevel: EvidenceLevel.CLINIC_PROTOCOL,
    source: 'Clinic aftercare sheets for the SkinPen device',
  },
  {
    key: 'morpheus8-care-protocol',
    title: 'Morpheus8 RF microneedling: pre- and post-treatment care instructions',
    url: null,
    evidenceLevel: EvidenceLevel.CLINIC_PROTOCOL,
    source: 'Clinic aftercare sheets for the Morpheus8 device',
  },
  {
    key: 'retinoid-prescribing-information',
    title: 'Prescribing information for topical tretinoin, adapalene and tazarotene ("do not apply to cut or abraded skin")',
    url: null,
    evidenceLevel: EvidenceLevel.REGULATORY,
    source: 'Approved product labelling, topical prescription retinoids',
  },
  {
    // Where a rule rests on the project's own synthesis (the depth tiers, the ingredient-pair table,
    // editorial extensions) it says so through this entry rather than borrowing an unrelated source.
    key: 'dermaplan-aftercare-reference',
    title: 'Dermaplan aftercare reference tables (editorial synthesis of the sources listed here)',
    url: null,
    evidenceLevel: EvidenceLevel.EDITORIAL,
    source: 'Dermaplan editorial reference, undated',
  },
  {
    key: 'seed-000',
    title: 'The Magic Of Microneedling For Banishing Acne Scars',
    url: null,
    evidenceLevel: EvidenceLevel.EDITORIAL,
    source: 'Consumer article (project seed 000), undated',
  },
  {
    key: 'seed-001',
    title: 'Microneedling: procedure, benefits, risks and aftercare (clinic-style overview)',
    url: null,
    evidenceLevel: EvidenceLevel.EDITORIAL,
    source: 'Consumer article (project seed 001), undated',
  },
  {
    key: 'seed-002',
    title: 'Microneedling and its benefits for skin texture, lines, pores and scars',
    url: null,
    evidenceLevel: EvidenceLevel.EDITORIAL,
    source: 'Consumer article (project seed 002), undated',
  },
  {
    key: 'seed-003',
    title: 'Dermarolling For Acne Scars: Your Ultimate Guide',
    url: null,
    evidenceLevel: EvidenceLevel.EDITORIAL,
    source: 'Consumer article (project seed 003), undated',
  },
];
