import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ContentType } from '../editorial/content-type';

export enum KnowledgeDivergence {
  /** Editors changed the entry since the import last wrote it. */
  EDITED = 'EDITED',
  /** Editors trashed or deleted the entry. */
  DELETED = 'DELETED',
}

registerEnumType(KnowledgeDivergence, {
  name: 'KnowledgeDivergence',
  description: 'Why a shipped knowledge entry was not imported.',
  valuesConfig: {
    EDITED: { description: 'Editors changed the entry since the import last wrote it: their version stays.' },
    DELETED: { description: 'Editors trashed or deleted the entry: it is not brought back.' },
  },
});

@ObjectType({
  simpleResolvers: true,
  description: 'A shipped knowledge entry whose latest version the import left alone because editors had changed or deleted the entry.',
})
export class KnowledgeImportDivergence {
  @Field(() => ContentType)
  type!: ContentType;

  @Field({ description: 'The slug, key or code.' })
  key!: string;

  @Field(() => ID, { nullable: true, description: 'The entry in the database, if it still exists.' })
  entryId!: string | null;

  @Field(() => Int, { description: 'The shipped version that was not imported.' })
  shippedVersion!: number;

  @Field(() => KnowledgeDivergence)
  reason!: KnowledgeDivergence;

  @Field(() => Date, { description: 'When the import found it.' })
  detectedAt!: Date;
}
