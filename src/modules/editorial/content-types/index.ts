// Every content type editors manage, one file each; the workflow looks them up here by type.
import { ContentType } from '../content-type';
import { article } from './article';
import { brand } from './brand';
import { citation } from './citation';
import { compatibilityRule } from './compatibility-rule';
import { ContentDescriptor } from './content-descriptor';
import { product } from './product';
import { scarType } from './scar-type';
import { topical } from './topical';
import { treatment } from './treatment';

/** In the order the schema lists their mutations. */
const ALL_TYPES: ContentDescriptor[] = [treatment, scarType, topical, brand, product, article, citation, compatibilityRule];

export const CONTENT_DESCRIPTORS = Object.fromEntries(ALL_TYPES.map((d) => [d.type, d])) as Record<ContentType, ContentDescriptor>;
