// Shapes of the invented demo catalog. Entries refer to others by slug (citations by key) so the
// data reads like the domain, not like the tables; the clinical knowledge they name is in knowledge/.
import { PublicationStatus, SkinType } from '../../domain/enums';
import { Image } from '../../entities/image';

export interface BrandSeed {
  slug: string;
  name: string;
  description: string;
  images?: Image[];
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
  images?: Image[];
  /** For search engines; absent, the API gives the name and the start of the description. */
  metaTitle?: string;
  metaDescription?: string;
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
  images?: Image[];
  /** For search engines; absent, the API gives the title and summary. */
  metaTitle?: string;
  metaDescription?: string;
}

export interface DemoCatalog {
  brands: BrandSeed[];
  products: ProductSeed[];
  articles: ArticleSeed[];
}
