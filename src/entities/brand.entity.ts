import { Field, ObjectType } from 'type-graphql';
import { StorefrontCacheable } from '../graphql/cache-control';
import { Check, Column, Entity } from 'typeorm';
import { IllustratedContentEntity } from './content-base';

@ObjectType({ simpleResolvers: true, description: 'A maker of skin-care products.' })
@StorefrontCacheable()
@Entity('brand')
@Check('CHK_brand_slug', `slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)
@Check('CHK_brand_status', `status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')`)
export class Brand extends IllustratedContentEntity {
  @Field()
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field()
  @Column({ type: 'text', default: '' })
  description!: string;
}
