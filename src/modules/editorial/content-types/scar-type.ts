import { ScarType } from '../../../entities';
import { LINK_TABLES } from '../../../entities/links.entity';
import { ContentType } from '../content-type';
import { ScarTypeInput } from '../editorial.inputs';
import { describeContentType, referencedBy } from './content-descriptor';

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
  keyOf: (input) => input.slug,
  async read(_manager, { slug, name, category, description, needlingResponse, otherTreatments }) {
    return { slug, name, category, description, needlingResponse, otherTreatments };
  },
  references: [
    referencedBy(
      'treatments',
      `SELECT t.slug AS key FROM ${LINK_TABLES.treatmentScarType} l JOIN treatment t ON t.id = l.treatment_id WHERE l.scar_type_id = $1 AND t.deleted_at IS NULL`,
    ),
    referencedBy(
      'topicals',
      `SELECT t.slug AS key FROM ${LINK_TABLES.topicalScarType} l JOIN topical t ON t.id = l.topical_id WHERE l.scar_type_id = $1 AND t.deleted_at IS NULL`,
    ),
    referencedBy(
      'articles',
      `SELECT a.slug AS key FROM ${LINK_TABLES.articleScarType} l JOIN article a ON a.id = l.article_id WHERE l.scar_type_id = $1 AND a.deleted_at IS NULL`,
    ),
  ],
});
