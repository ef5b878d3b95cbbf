// Ingredient classes the engine reasons about. Aliases are INCI (or widely used) names that really
// denote the class, so that product ingredient lists and searches land on the right entry.
import { Slot, TopicalCategory } from '../../domain/enums';
import { TopicalSeed } from './types';

const AM = [Slot.AM];
const PM = [Slot.PM];
const AM_PM = [Slot.AM, Slot.PM];

const ATROPHIC_SCARS = ['ice-pick', 'boxcar', 'rolling'];

export const topicals: TopicalSeed[] = [
  // Retinoids: evening only, because tretinoin is broken down by light and the class makes skin
  // more sun-sensitive.
  {
    slug: 'tretinoin',
    name: 'Tretinoin',
    category: TopicalCategory.RETINOID,
    inciAliases: ['tretinoin', 'retinoic acid', 'all-trans retinoic acid'],
    prescriptionOnly: true,
    allowedSlots: PM,
    benefits:
      'The classic prescription retinoid, obtained through a dermatologist. It speeds skin renewal and ' +
      'stimulates collagen, which over months can soften sunken acne scars (ice-pick scars least). It is ' +
      'applied at night only, because light breaks the molecule down. Benzoyl peroxide oxidises it, so the ' +
      'two go in different routines (peroxide in the morning), or adapalene replaces it.',
    helpsScarTypeSlugs: ATROPHIC_SCARS,
  },
  {
    slug: 'adapalene',
    name: 'Adapalene',
    category: TopicalCategory.RETINOID,
    inciAliases: ['adapalene'],
    // 0.1% has been sold over the counter in the US since 2016; stronger gels still need a prescription.
    prescriptionOnly: false,
    allowedSlots: PM,
    benefits:
      'A synthetic retinoid that is chemically stable, gentler than tretinoin for many people and, at 0.1%, ' +
      'available without a prescription in the US (higher strengths are prescribed). Like other retinoids ' +
      'it promotes collagen and steadier skin turnover, helping sunken scars over time, and it is used in ' +
      'the evening. Unlike tretinoin it is not degraded by benzoyl peroxide, so the two can be used together ' +
      'in the same routine; fixed combinations of both exist.',
    helpsScarTypeSlugs: ATROPHIC_SCARS,
  },
  {
    slug: 'tazarotene',
    name: 'Tazarotene',
    category: TopicalCategory.RETINOID,
    inciAliases: ['tazarotene'],
    prescriptionOnly: true,
    allowedSlots: PM,
    benefits:
      'A potent prescription retinoid used for acne, psoriasis and sun-damaged skin. It drives collagen ' +
      'production and skin renewal and so can improve sunken acne scars, at the cost of more dryness and ' +
      'irritation than milder retinoids. Night use only; it is excluded entirely during pregnancy.',
    helpsScarTypeSlugs: ATROPHIC_SCARS,
  },
  {
    slug: 'retinol',
    name: 'Retinol',
    category: TopicalCategory.RETINOID,
    inciAliases: ['retinol'],
    prescriptionOnly: false,
    allowedSlots: PM,
    benefits:
      'The over-the-counter relative of the prescription retinoids, for skin that finds those too harsh. The ' +
      'skin converts it to the active form in steps, so it is milder, yet it still encourages collagen ' +
      'production and can gradually help sunken scars. Evening use. After needling it waits 3 to 14 days ' +
      'depending on depth, which means at least a full week after anything deeper than the shortest home ' +
      'rollers.',
    helpsScarTypeSlugs: ATROPHIC_SCARS,
  },

  // Vitamin C: morning, under sunscreen, where its antioxidant action is most useful.
  {
    slug: 'vitamin-c',
    name: 'Vitamin C (L-ascorbic acid)',
    category: TopicalCategory.VITAMIN_C,
    inciAliases: ['ascorbic acid', 'L-ascorbic acid'],
    prescriptionOnly: false,
    allowedSlots: AM,
    benefits:
      'A daytime serum ingredient with a double effect on collagen: it is needed to build new collagen and it ' +
      'helps protect the existing supply from being broken down, so it supports the repair of sunken scars. ' +
      'It belongs in the morning routine, beneath sunscreen. Formulas are acidic, so they are kept apart from ' +
      'retinoids, exfoliating acids, benzoyl peroxide and copper peptides; pairing it with niacinamide is ' +
      'fine, as the old warning that the two cancel each other out does not hold up.',
    helpsScarTypeSlugs: ATROPHIC_SCARS,
  },
  {
    slug: 'vitamin-c-derivatives',
    name: 'Vitamin C derivatives',
    category: TopicalCategory.VITAMIN_C,
    inciAliases: [
      'sodium ascorbyl phosphate',
      'magnesium ascorbyl phosphate',
      'ascorbyl glucoside',
      '3-O-ethyl ascorbic acid',
      'tetrahexyldecyl ascorbate',
    ],
    prescriptionOnly: false,
    allowedSlots: AM,
    benefits:
      'More stable, less acidic forms of vitamin C that the skin converts to the active vitamin. They offer ' +
      'a gentler version of its collagen support and antioxidant protection and suit the morning routine ' +
      'under sunscreen. Because they are not strongly acidic they are not subject to the pairing limits of ' +
      'pure L-ascorbic acid, but like it they wait several days after needling before going back on.',
    helpsScarTypeSlugs: ATROPHIC_SCARS,
  },

  // Exfoliating acids: evening. They raise sun sensitivity, and an evening slot keeps them out of the
  // morning vitamin C routine; on retinoid nights they alternate with the retinoid.
  {
    slug: 'glycolic-acid',
    name: 'Glycolic acid (AHA)',
    category: TopicalCategory.EXFOLIATING_ACID,
    inciAliases: ['glycolic acid'],
    prescriptionOnly: false,
    allowedSlots: PM,
    benefits:
      'The smallest alpha hydroxy acid. It loosens and lifts away the outer layer of dead cells, which ' +
      'smooths texture, and with regular use it encourages collagen that can help plump shallow sunken ' +
      'scars. Used in the evening, because AHAs make skin more sensitive to sun: daily sunscreen is needed ' +
      'while using them and for seven days once they are stopped. Retinoid nights and acid nights alternate.',
    helpsScarTypeSlugs: ATROPHIC_SCARS,
  },
  {
    slug: 'lactic-acid',
    name: 'Lactic acid (AHA)',
    category: TopicalCategory.EXFOLIATING_ACID,
    inciAliases: ['lactic acid'],
    prescriptionOnly: false,
    allowedSlots: PM,
    benefits:
      'A larger, gentler alpha hydroxy acid that also draws water into the skin. It clears dead surface ' +
      'cells for a more even texture and supports collagen building, which can help soften sunken scars. ' +
      'Evening use, with daily sunscreen throughout and for seven days after the last application; it alternates with ' +
      'retinoid nights.',
    helpsScarTypeSlugs: ATROPHIC_SCARS,
  },
  {
    slug: 'salicylic-acid',
    name: 'Salicylic acid (BHA)',
    category: TopicalCategory.EXFOLIATING_ACID,
    inciAliases: ['salicylic acid'],
    prescriptionOnly: false,
    allowedSlots: PM,
    benefits:
      'An oil-soluble beta hydroxy acid that exfoliates inside the pore as well as on the surface, which ' +
      'makes it useful for breakouts and congested skin. As an exfoliating acid it evens the surface and ' +
      'supports a smoother look over sunken scars. Kept to the evening here so it does not meet vitamin C in ' +
      'the morning, and alternated with retinoid nights.',
    helpsScarTypeSlugs: ATROPHIC_SCARS,
  },

  {
    slug: 'benzoyl-peroxide',
    name: 'Benzoyl peroxide',
    category: TopicalCategory.ANTIBACTERIAL,
    inciAliases: ['benzoyl peroxide'],
    prescriptionOnly: false,
    allowedSlots: AM_PM,
    benefits:
      'An antibacterial acne treatment that kills the bacteria behind inflamed spots. Acne ranks among the ' +
      'commonest skin complaints (one consumer article puts it at seven people in ten), and needling over active ' +
      'breakouts can spread bacteria and make them worse, so clearing spots first matters. It is a strong ' +
      'oxidiser: it degrades tretinoin and vitamin C, so those go in a different routine, whereas adapalene ' +
      'tolerates it. Needling opens channels that let acne treatments penetrate better, which is also why ' +
      'peroxide stays off freshly needled skin.',
    helpsScarTypeSlugs: [],
  },
  {
    slug: 'azelaic-acid',
    name: 'Azelaic acid',
    category: TopicalCategory.BRIGHTENING,
    inciAliases: ['azelaic acid'],
    // Cosmetic strengths are sold freely; 15–20% gels and creams are prescribed.
    prescriptionOnly: false,
    allowedSlots: AM_PM,
    benefits:
      'A mild acid that calms acne and redness and fades the dark marks spots leave behind. It is the usual ' +
      'stand-in for retinoids during pregnancy and breastfeeding, when retinoids are excluded. Like other ' +
      'acids it is kept off the skin in the first days after needling.',
    helpsScarTypeSlugs: [],
  },
  {
    slug: 'hydroquinone',
    name: 'Hydroquinone',
    category: TopicalCategory.BRIGHTENING,
    inciAliases: ['hydroquinone'],
    // Prescription-only in the UK and EU, and no longer sold over the counter in the US since 2020.
    prescriptionOnly: true,
    allowedSlots: AM_PM,
    benefits:
      'A prescription skin lightener that slows melanin production, used for melasma and stubborn dark marks ' +
      'after inflammation. It does not change the shape of a scar. It is stopped a few days before a ' +
      'session and restarted only once the needled skin has recovered.',
    helpsScarTypeSlugs: [],
  },
  {
    slug: 'niacinamide',
    name: 'Niacinamide',
    category: TopicalCategory.BRIGHTENING,
    inciAliases: ['niacinamide', 'nicotinamide'],
    prescriptionOnly: false,
    allowedSlots: AM_PM,
    benefits:
      'A form of vitamin B3 that supports the skin barrier, reduces redness and evens tone. It combines ' +
      'happily with vitamin C in the same routine: the belief that the pair neutralise each other is largely ' +
      'a myth, so the data deliberately holds no conflict between them.',
    helpsScarTypeSlugs: [],
  },

  // Healing-phase helpers.
  {
    slug: 'hyaluronic-acid',
    name: 'Hyaluronic acid',
    category: TopicalCategory.HUMECTANT,
    inciAliases: ['hyaluronic acid', 'sodium hyaluronate', 'hyaluronan', 'hydrolyzed hyaluronic acid'],
    prescriptionOnly: false,
    allowedSlots: AM_PM,
    benefits:
      'A humectant that binds water in the upper skin. Keeping needled skin well hydrated helps it recover ' +
      'faster, and a plain hyaluronic gel can go on straight after a session; clinics commonly advise it ' +
      'daily, ideally in the evening, for 7–10 days afterwards.',
    helpsScarTypeSlugs: [],
  },
  {
    slug: 'ceramide-moisturiser',
    name: 'Ceramide moisturiser (bland)',
    category: TopicalCategory.MOISTURISER,
    inciAliases: ['ceramide NP', 'ceramide AP', 'ceramide EOP', 'ceramide NS'],
    prescriptionOnly: false,
    allowedSlots: AM_PM,
    benefits:
      'A simple, fragrance-free moisturiser built around ceramides, the lipids that seal the outer skin. It ' +
      'replaces lost barrier lipids and keeps water in while the needled skin repairs, and it is allowed ' +
      'from the day of the session.',
    helpsScarTypeSlugs: [],
  },
  {
    slug: 'peptides',
    name: 'Peptides (non-copper)',
    category: TopicalCategory.PEPTIDE,
    inciAliases: ['palmitoyl tripeptide-1', 'palmitoyl tetrapeptide-7', 'palmitoyl pentapeptide-4', 'matrixyl'],
    prescriptionOnly: false,
    allowedSlots: AM_PM,
    benefits:
      'Short chains of amino acids that act as signals telling the skin to make more collagen. ' +
      'Collagen-stimulating peptides support the healing process after needling, and they can return to the ' +
      'routine within a day or two of a session.',
    helpsScarTypeSlugs: [],
  },
  {
    slug: 'growth-factors',
    name: 'Growth factors',
    category: TopicalCategory.PEPTIDE,
    inciAliases: ['sh-oligopeptide-1', 'epidermal growth factor', 'human fibroblast conditioned media'],
    prescriptionOnly: false,
    allowedSlots: AM_PM,
    benefits:
      'Signalling proteins, lab-made or taken from cultured skin cells, that help coordinate wound repair. A ' +
      'growth-factor gel (or one made from the patient’s own platelets in clinic) is a common alternative to ' +
      'hyaluronic gel for the 7–10 days after needling. They follow the same timing as non-copper peptides.',
    helpsScarTypeSlugs: [],
  },
  {
    slug: 'copper-peptides',
    name: 'Copper peptides',
    category: TopicalCategory.PEPTIDE,
    inciAliases: ['copper tripeptide-1', 'GHK-Cu'],
    prescriptionOnly: false,
    allowedSlots: AM_PM,
    benefits:
      'A copper-bound peptide linked to wound healing and collagen remodelling. The copper complex is ' +
      'fragile: vitamin C and low-pH acids break it apart, so copper peptides go in a different routine or on ' +
      'different days from those.',
    helpsScarTypeSlugs: [],
  },
  {
    slug: 'vitamin-e-ferulic',
    name: 'Vitamin E and ferulic acid (antioxidant serum)',
    category: TopicalCategory.ANTIOXIDANT,
    inciAliases: ['tocopherol', 'tocopheryl acetate', 'ferulic acid'],
    prescriptionOnly: false,
    allowedSlots: AM_PM,
    benefits:
      'An antioxidant serum without L-ascorbic acid. Antioxidant serums are among the products recommended ' +
      'to help needled skin heal, mopping up the free radicals that inflammation and daylight generate.',
    helpsScarTypeSlugs: [],
  },
  {
    slug: 'centella-asiatica',
    name: 'Centella asiatica (cooling serum)',
    category: TopicalCategory.SOOTHING,
    inciAliases: ['centella asiatica extract', 'madecassoside', 'asiaticoside', 'asiatic acid', 'madecassic acid'],
    prescriptionOnly: false,
    allowedSlots: AM_PM,
    benefits:
      'A plant extract (often sold as "cica") used in cooling, calming serums. Cooling serums are recommended ' +
      'to ease the warmth and redness that follow needling and to help the skin heal.',
    helpsScarTypeSlugs: [],
  },

  // Sunscreens: every morning, all year.
  {
    slug: 'mineral-sunscreen',
    name: 'Mineral sunscreen',
    category: TopicalCategory.SUNSCREEN,
    inciAliases: ['zinc oxide', 'titanium dioxide'],
    prescriptionOnly: false,
    allowedSlots: AM,
    benefits:
      'Sunscreen filters made of mineral particles that sit on the skin and reflect and absorb UV. No outside ' +
      'influence destroys as much collagen as sunlight does, and sun on healing skin undoes part of the ' +
      'treatment, so a broad-spectrum product of SPF 30 or more every morning is essential, reapplied every ' +
      'two hours outdoors. Mineral filters are the preferred choice on freshly needled skin and can go on ' +
      'first.',
    helpsScarTypeSlugs: [],
  },
  {
    slug: 'chemical-sunscreen',
    name: 'Chemical (organic-filter) sunscreen',
    category: TopicalCategory.SUNSCREEN,
    inciAliases: [
      'avobenzone',
      'butyl methoxydibenzoylmethane',
      'octinoxate',
      'ethylhexyl methoxycinnamate',
      'homosalate',
      'octisalate',
      'ethylhexyl salicylate',
      'octocrylene',
      'bis-ethylhexyloxyphenol methoxyphenyl triazine',
      'ethylhexyl triazone',
    ],
    prescriptionOnly: false,
    allowedSlots: AM,
    benefits:
      'Sunscreens whose filters absorb UV within the product film. Daily broad-spectrum protection of SPF 30 ' +
      'or more keeps sunlight, the main outside cause of collagen loss, from eroding treatment results. The ' +
      'filters can sting freshly needled skin, so they return a day or more after a session; mineral ' +
      'sunscreen covers the gap.',
    helpsScarTypeSlugs: [],
  },
];
