import { ScarType } from '../../../entities';
import { LINK_TABLES } from '../../../entities/links.entity';
import { ContentType } from '../content-type';
import { ScarTypeInput } from '../editorial.inputs';
import { describeContentType, linkedFrom } from './content-descriptor';

export const scarType = describeContentType<ScarTypeInput, ScarType>({
  type: ContentType.SCAR_TYPE,
  typeName: 'ScarType',
  entity: ScarType,
  table: 'scar_type',
  keyColumn: 'slug',
  label: 'scar type',
  // A scar type's category decides eligibility and which scar helpers a plan suggests.
  signOff: true,
  inputClass: ScarTypeInput,
  async read(_manager, { slug, name, category, description, needlingResponse, otherTreatments }) {
    return { slug, name, category, description, needlingResponse, otherTreatments };
  },
  references: [
    linkedFrom('treatments', { table: 'treatment', keyColumn: 'slug' }, LINK_TABLES.treatmentScarType, 'treatment_id', 'scar_type_id'),
    linkedFrom('topicals', { table: 'topical', keyColumn: 'slug' }, LINK_TABLES.topicalScarType, 'topical_id', 'scar_type_id'),
    linkedFrom('articles', { table: 'article', keyColumn: 'slug' }, LINK_TABLES.articleScarType, 'article_id', 'scar_type_id'),
  ],
});
