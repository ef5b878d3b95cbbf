import { Field, ObjectType } from 'type-graphql';
import { StorefrontCacheable } from '../graphql/cache-control';
import { Check, Column, Entity } from 'typeorm';
import { EvidenceLevel } from '../domain/enums';
import { ContentEntity } from './content-base';

@ObjectType({ simpleResolvers: true, description: 'A source that rules and articles rely on.' })
@StorefrontCacheable()
@Entity('citation')
@Check('CHK_citation_status', `status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')`)
export class Citation extends ContentEntity {
  @Field({ description: 'Stable, human-readable key.' })
  @Column({ type: 'varchar', length: 120, unique: true })
  key!: string;

  @Field()
  @Column({ type: 'text' })
  title!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  url!: string | null;

  @Field(() => EvidenceLevel)
  @Column({ name: 'evidence_level', type: 'varchar', length: 30 })
  evidenceLevel!: EvidenceLevel;

  @Field({ description: 'Where and when it was published.' })
  @Column({ type: 'varchar', length: 300, default: '' })
  source!: string;
}
