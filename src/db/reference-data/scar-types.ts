// Acne-scar types. Atrophic (sunken) scars come from too little new collagen during healing; raised
// scars from too much. That split decides whether needling, which works by provoking collagen, fits.
import { ScarCategory } from '../../domain/enums';
import { ScarTypeSeed } from './types';

export const scarTypes: ScarTypeSeed[] = [
  {
    slug: 'ice-pick',
    name: 'Ice-pick scar',
    category: ScarCategory.ATROPHIC,
    description:
      'A narrow, sharply cut pit that looks as if the skin had been pricked with a fine spike. It is usually ' +
      'less than 2 mm wide at the surface but runs deep, sometimes into the lower dermis. Like the other ' +
      'sunken acne scars, it forms when a deep, inflamed spot heals with too little collagen to fill the gap.',
    needlingResponse:
      'The weakest responder of the three sunken scar types. Needling builds collagen in a broad layer, ' +
      'which barely reaches the bottom of such a narrow, deep shaft, so improvement is modest even after ' +
      'a full course. These scars are usually treated first with a targeted method and needled afterwards ' +
      'to smooth the surrounding skin.',
    otherTreatments: [
      'TCA CROSS (a high-strength trichloroacetic acid applied precisely into each scar)',
      'Punch excision (the scar is cut out and the edges closed)',
      'Punch grafting',
    ],
  },
  {
    slug: 'boxcar',
    name: 'Boxcar scar',
    category: ScarCategory.ATROPHIC,
    description:
      'A round or oval dent with steep, clearly defined walls and a fairly flat floor, wider than an ice-pick ' +
      'scar and either shallow or deep. Indented scars of this kind are more likely after cystic or nodular ' +
      'acne and after spots are picked or squeezed, and without treatment they can persist for years or ' +
      'never fade.',
    needlingResponse:
      'Among the best responders. The new collagen that forms in the weeks after each session gradually ' +
      'lifts the floor of the dent, so the skin looks smoother; shallow boxcar scars improve more than deep ' +
      'ones. Scars that run deep can take more than three or four sessions, and no course guarantees that a scar ' +
      'disappears completely.',
    otherTreatments: [
      'RF microneedling',
      'Punch elevation or excision for deep, sharp-walled scars',
      'Fractional laser resurfacing',
      'Medium-depth chemical peels',
      'Dermal fillers',
    ],
  },
  {
    slug: 'rolling',
    name: 'Rolling scar',
    category: ScarCategory.ATROPHIC,
    description:
      'A broad, shallow dip with soft, sloping edges that gives the skin a wavy look, especially in side ' +
      'lighting. Fibrous bands beneath the surface tether the skin downwards. It is a sunken scar left by ' +
      'inflamed acne, and picking or squeezing spots makes such scars more likely.',
    needlingResponse:
      'Among the best responders, together with boxcar scars. Needling both loosens the compact scar ' +
      'collagen and prompts fresh collagen, which gradually raises the dips; results keep building for ' +
      'months after the last session.',
    otherTreatments: [
      'Subcision (releasing the tethering bands with a needle)',
      'RF microneedling',
      'Dermal fillers',
      'Fractional laser resurfacing',
    ],
  },
  {
    slug: 'hypertrophic',
    name: 'Hypertrophic scar',
    category: ScarCategory.RAISED,
    description:
      'A firm, raised scar that stays within the edges of the original spot or wound. It forms when healing ' +
      'lays down more collagen than the skin needs. Consumer articles often call these keloids, but keloids ' +
      'behave differently (see that entry).',
    needlingResponse:
      'Needling is not recommended. It works by triggering collagen production, and excess collagen is ' +
      'exactly what makes this scar raised, so a professional should confirm the scar type before any ' +
      'needling is planned.',
    otherTreatments: ['Silicone gel or sheets', 'Corticosteroid injections', 'Pulsed-dye laser', 'Cryotherapy'],
  },
  {
    slug: 'keloid',
    name: 'Keloid scar',
    category: ScarCategory.RAISED,
    description:
      'A raised, often shiny and sometimes itchy scar that spreads beyond the borders of the original wound ' +
      'and can keep growing. It results from collagen being overproduced as the wound heals, and often returns ' +
      'after removal.',
    needlingResponse:
      'Needling is not recommended, and a personal tendency to form keloids rules it out altogether: the ' +
      'small wounds that needling makes can themselves heal as new keloids, and the collagen boost feeds ' +
      'the very problem.',
    otherTreatments: [
      'Corticosteroid injections',
      'Silicone gel or sheets',
      'Cryotherapy',
      'Surgical removal combined with injections or radiotherapy to prevent recurrence',
    ],
  },
];
