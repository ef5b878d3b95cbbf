import { Field, ObjectType } from 'type-graphql';
import { StorefrontCacheable } from '../graphql/cache-control';
import { Check, Column, Entity } from 'typeorm';
import { ScarCategory } from '../domain/enums';
import { SluggedContentEntity } from './content-base';
import { searchDocument, SearchVector } from './search-vector';

@ObjectType({ simpleResolvers: true, description: 'A kind of acne scar and how it responds to needling.' })
@StorefrontCacheable()
@Entity('scar_type')
@Check('CHK_scar_type_slug', `slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)
@Check('CHK_scar_type_status', `status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')`)
export class ScarType extends SluggedContentEntity {
  @Field()
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field(() => ScarCategory)
  @Column({ type: 'varchar', length: 20 })
  category!: ScarCategory;

  @Field()
  @Column({ type: 'text' })
  description!: string;

  @Field({ description: 'How this scar type responds to microneedling.' })
  @Column({ name: 'needling_response', type: 'text' })
  needlingResponse!: string;

  @Field(() => [String], { description: 'Other treatments that help, e.g. TCA CROSS for ice-pick scars.' })
  @Column({ name: 'other_treatments', type: 'text', array: true, default: () => "'{}'" })
  otherTreatments!: string[];

  @SearchVector(
    'scar_type',
    searchDocument({ A: 'name', B: 'category', C: 'description', D: "needling_response || ' ' || text_array_to_string(other_treatments)" }),
  )
  searchVector?: string;
}
