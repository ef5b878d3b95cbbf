import { Brand } from '../../../entities';
import { ContentType } from '../content-type';
import { BrandInput } from '../editorial.inputs';
import { describeContentType, imageColumns, imageFields } from './content-descriptor';

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
  columns: async (input) => ({ ...input, ...imageColumns(input) }),
  read: async (_manager, entity) => ({ slug: entity.slug, name: entity.name, description: entity.description, ...imageFields(entity) }),
  references: [{ what: 'products', from: { table: 'product', keyColumn: 'slug' }, via: { column: 'brand_id' } }],
});
