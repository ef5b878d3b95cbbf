import { Field, Float, Int, ObjectType } from 'type-graphql';
import { StorefrontCacheable } from '../graphql/cache-control';
import { Check, Column, Entity } from 'typeorm';
import { Device, TreatmentSetting } from '../domain/enums';
import { PageContentEntity } from './content-base';
import { searchDocument, SearchVector } from './search-vector';

@ObjectType({ simpleResolvers: true, description: 'A microneedling treatment: a device used in a setting.' })
@StorefrontCacheable()
@Entity('treatment')
@Check('CHK_treatment_slug', `slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)
@Check('CHK_treatment_status', `status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')`)
@Check('CHK_treatment_depth', `needle_depth_min_mm > 0 AND needle_depth_max_mm >= needle_depth_min_mm`)
export class Treatment extends PageContentEntity {
  @Field()
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field()
  @Column({ type: 'text' })
  summary!: string;

  @Field(() => Device)
  @Column({ type: 'varchar', length: 30 })
  device!: Device;

  @Field(() => TreatmentSetting)
  @Column({ type: 'varchar', length: 20 })
  setting!: TreatmentSetting;

  @Field(() => Float)
  @Column({ name: 'needle_depth_min_mm', type: 'double precision' })
  needleDepthMinMm!: number;

  @Field(() => Float)
  @Column({ name: 'needle_depth_max_mm', type: 'double precision' })
  needleDepthMaxMm!: number;

  @Field(() => Int)
  @Column({ name: 'minutes_per_session_min', type: 'int' })
  minutesPerSessionMin!: number;

  @Field(() => Int)
  @Column({ name: 'minutes_per_session_max', type: 'int' })
  minutesPerSessionMax!: number;

  @Field(() => Int)
  @Column({ name: 'typical_sessions_min', type: 'int' })
  typicalSessionsMin!: number;

  @Field(() => Int)
  @Column({ name: 'typical_sessions_max', type: 'int' })
  typicalSessionsMax!: number;

  @Field(() => Int)
  @Column({ name: 'days_between_sessions_min', type: 'int' })
  daysBetweenSessionsMin!: number;

  @Field(() => Int)
  @Column({ name: 'days_between_sessions_max', type: 'int' })
  daysBetweenSessionsMax!: number;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  risks!: string[];

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  contraindications!: string[];

  @SearchVector(
    'treatment',
    searchDocument({
      A: 'name',
      B: "replace(device, '_', ' ') || ' ' || setting",
      C: 'summary',
      D: "text_array_to_string(risks) || ' ' || text_array_to_string(contraindications)",
    }),
  )
  searchVector?: string;
}
