import { Brand } from '../../../entities';
import { ContentType } from '../content-type';
import { BrandInput } from '../editorial.inputs';
import { describeContentType, referencedBy } from './content-descriptor';

export const brand = describeContentType<BrandInput, Brand>({
  type: ContentType.BRAND,
  typeName: 'Brand',
  entity: Brand,
  table: 'brand',
  keyColumn: 'slug',
  label: 'brand',
  // Only decides which products storefronts show (see product).
  signOff: false,
  inputClass: BrandInput,
  keyOf: (input) => input.slug,
  read: async (_manager, { slug, name, description }) => ({ slug, name, description }),
  references: [referencedBy('products', 'SELECT slug AS key FROM product WHERE brand_id = $1 AND deleted_at IS NULL')],
});
