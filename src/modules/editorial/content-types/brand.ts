import { Brand } from '../../../entities';
import { ContentType } from '../content-type';
import { BrandInput } from '../editorial.inputs';
import { describeContentType } from './content-descriptor';

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
  read: async (_manager, { slug, name, description }) => ({ slug, name, description }),
  references: [{ what: 'products', from: { table: 'product', keyColumn: 'slug' }, via: { column: 'brand_id' } }],
});
