// Invented storefront brands. None of these names belongs to a real company; products refer to
// them by slug.
import { BrandSeed } from './types';

export const brands: BrandSeed[] = [
  {
    slug: 'kestrel-dispensary',
    name: 'Kestrel Dispensary',
    description:
      'A pharmacy label that fills dermatologist prescriptions for retinoids, azelaic acid and hydroquinone in plain, clearly dosed tubes.',
  },
  {
    slug: 'halden-labs',
    name: 'Halden Labs',
    description:
      'A small laboratory brand making concentrated serums, from stepped-strength retinol to recovery formulas with peptides and growth factors.',
  },
  {
    slug: 'tidewell-skin',
    name: 'Tidewell Skin',
    description: 'Hydration and daily sun protection built for skin that is healing, with fragrance-free textures and short ingredient lists.',
  },
  {
    slug: 'marrow-and-moss',
    name: 'Marrow & Moss',
    description: 'Calming formulas for reactive and sensitive skin, leaning on centella, ceramides and gentle acids.',
  },
  {
    slug: 'quillfield-dermatics',
    name: 'Quillfield Dermatics',
    description: 'An acne-care line of washes, leave-on gels and toners built around salicylic acid, benzoyl peroxide, adapalene and azelaic acid.',
  },
  {
    slug: 'saltmarsh-apothecary',
    name: 'Saltmarsh Apothecary',
    description: 'Exfoliating acids and vitamin C serums for texture and uneven tone, including a body range for larger areas.',
  },
  {
    slug: 'verdant-row',
    name: 'Verdant Row',
    description: 'Low-priced everyday basics covering the essentials of a scar-care routine without premium pricing.',
  },
];
