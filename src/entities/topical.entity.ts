import { Field, ObjectType } from 'type-graphql';
import { StorefrontCacheable } from '../graphql/cache-control';
import { Check, Column, Entity } from 'typeorm';
import { Slot, TopicalCategory } from '../domain/enums';
import { SluggedContentEntity } from './content-base';
import { searchDocument, SearchVector } from './search-vector';

@ObjectType({ simpleResolvers: true, description: 'An active ingredient class used in home care (e.g. retinoids, vitamin C).' })
@StorefrontCacheable()
@Entity('topical')
@Check('CHK_topical_slug', `slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)
@Check('CHK_topical_status', `status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')`)
@Check('CHK_topical_allowed_slots', `cardinality(allowed_slots) >= 1 AND allowed_slots <@ ARRAY['AM', 'PM']::text[]`)
export class Topical extends SluggedContentEntity {
  @Field()
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field(() => TopicalCategory)
  @Column({ type: 'varchar', length: 30 })
  category!: TopicalCategory;

  @Field(() => [String], { description: 'INCI names and common synonyms.' })
  @Column({ name: 'inci_aliases', type: 'text', array: true, default: () => "'{}'" })
  inciAliases!: string[];

  @Field()
  @Column({ name: 'prescription_only', type: 'boolean', default: false })
  prescriptionOnly!: boolean;

  @Field(() => [Slot], { description: 'Times of day this topical may be applied.' })
  @Column({ name: 'allowed_slots', type: 'text', array: true })
  allowedSlots!: Slot[];

  @Field()
  @Column({ type: 'text' })
  benefits!: string;

  @SearchVector(
    'topical',
    searchDocument({ A: 'name', B: "text_array_to_string(inci_aliases) || ' ' || replace(category, '_', ' ')", C: 'benefits' }),
  )
  searchVector?: string;
}
