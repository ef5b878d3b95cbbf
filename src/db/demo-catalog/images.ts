// Images of the demo catalog, with their alt texts, by slug (the catalog's image host is invented too).
import { Image } from '../../entities/image';

const HOST = 'https://images.dermaplan.example';
const square = (path: string, alt: string): Image => ({ url: `${HOST}/${path}`, alt, width: 1200, height: 1200 });
const wide = (path: string, alt: string): Image => ({ url: `${HOST}/${path}`, alt, width: 1600, height: 900 });

export const BRAND_IMAGES: Record<string, Image[]> = {
  'kestrel-dispensary': [
    wide('brands/kestrel-dispensary.png', 'Kestrel Dispensary logo: a small falcon hovering over the name in dark green capitals'),
  ],
  'halden-labs': [wide('brands/halden-labs.png', 'Halden Labs logo: the name in thin black letters beside a drop of serum')],
  'tidewell-skin': [wide('brands/tidewell-skin.png', 'Tidewell Skin logo: a low blue wave under the name')],
  'marrow-and-moss': [wide('brands/marrow-and-moss.png', 'Marrow & Moss logo: a sprig of green leaves curling around an ampersand')],
  'quillfield-dermatics': [
    wide('brands/quillfield-dermatics.png', 'Quillfield Dermatics logo: a feather quill drawn as a single line over the name'),
  ],
  'saltmarsh-apothecary': [wide('brands/saltmarsh-apothecary.png', 'Saltmarsh Apothecary logo: an old-style apothecary jar with reeds behind it')],
  'verdant-row': [wide('brands/verdant-row.png', 'Verdant Row logo: three short green stripes in a row before the name')],
};

export const PRODUCT_IMAGES: Record<string, Image[]> = {
  'kestrel-dispensary-tretinoin-0-025-cream': [
    square('products/kestrel-dispensary-tretinoin-0-025-cream.jpg', 'A white pharmacy tube of tretinoin cream with a green prescription label'),
    square(
      'products/kestrel-dispensary-tretinoin-0-025-cream-texture.jpg',
      'A pea-sized amount of pale cream on a fingertip, the dose for the whole face',
    ),
  ],
  'halden-labs-retinol-glycolic-night-serum': [
    square('products/halden-labs-retinol-glycolic-night-serum.jpg', 'An amber glass dropper bottle of night serum standing on a bathroom shelf'),
    square('products/halden-labs-retinol-glycolic-night-serum-texture.jpg', 'A few clear, slightly yellow drops of serum on the back of a hand'),
  ],
  'tidewell-skin-peptide-hyaluronic-healing-gel': [
    square('products/tidewell-skin-peptide-hyaluronic-healing-gel.jpg', 'A soft blue squeeze tube of healing gel lying on a folded white towel'),
    square(
      'products/tidewell-skin-peptide-hyaluronic-healing-gel-texture.jpg',
      'A line of clear, glossy gel squeezed from the tube onto a glass surface',
    ),
  ],
  'tidewell-skin-mineral-spf50-niacinamide-fluid': [
    square('products/tidewell-skin-mineral-spf50-niacinamide-fluid.jpg', 'A slim white bottle of SPF 50 sun fluid with a blue pump cap'),
    square(
      'products/tidewell-skin-mineral-spf50-niacinamide-fluid-texture.jpg',
      'A thin streak of white sun fluid on skin, blending in without a heavy cast',
    ),
  ],
  'marrow-and-moss-centella-cooling-gel': [
    square('products/marrow-and-moss-centella-cooling-gel.jpg', 'A frosted green jar of cooling gel with its lid off, next to a few centella leaves'),
  ],
  'saltmarsh-apothecary-vitamin-c-20-booster': [
    square('products/saltmarsh-apothecary-vitamin-c-20-booster.jpg', 'A small brown glass bottle of vitamin C booster with a black dropper'),
    square('products/saltmarsh-apothecary-vitamin-c-20-booster-in-use.jpg', 'Two drops of the booster being mixed into moisturiser in an open palm'),
  ],
};

export const ARTICLE_IMAGES: Record<string, Image[]> = {
  'aftercare-after-microneedling-first-two-weeks': [
    wide(
      'articles/aftercare-first-two-weeks.jpg',
      'A calendar page with the first fourteen days after a session marked in pencil, beside a tube of gentle moisturiser',
    ),
  ],
  'home-dermarolling-doing-it-safely': [
    wide('articles/home-dermarolling.jpg', 'A hand holding a small dermaroller over a bowl of disinfectant before use'),
    wide('articles/home-dermarolling-directions.jpg', 'A drawing of a cheek with arrows showing the roller moving up and down, then side to side'),
  ],
  'which-acne-scar-do-you-have': [
    wide(
      'articles/acne-scar-types.jpg',
      'Four drawings of skin in cross-section showing a narrow deep ice pick scar, a flat-bottomed boxcar scar, a wavy rolling scar and a raised scar',
    ),
  ],
};
