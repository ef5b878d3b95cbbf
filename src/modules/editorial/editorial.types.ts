import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PublicationStatus } from '../../domain/enums';
import { ContentType } from './content-type';

@ObjectType({ simpleResolvers: true, description: 'An entry as editors see it: its state, version and editable content.' })
export class EditorialEntry {
  @Field(() => ContentType)
  type!: ContentType;

  @Field(() => ID)
  id!: string;

  @Field({ description: 'Slug, citation key or rule code.' })
  key!: string;

  @Field(() => PublicationStatus)
  status!: PublicationStatus;

  @Field(() => Int, { description: 'Send it back as expectedVersion with the next change.' })
  version!: number;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Set while the entry is in the trash.' })
  deletedAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'The staff user who made the last content change.' })
  lastEditedBy!: string | null;

  @Field({ description: 'A published entry has edits waiting for publication.' })
  hasPendingDraft!: boolean;

  @Field(() => GraphQLJSONObject, { description: 'The pending draft, or the live content when there is none, in the shape of its input.' })
  draft!: Record<string, unknown>;
}

@ObjectType({ simpleResolvers: true, description: 'A publish or unpublish waiting for its time.' })
export class ScheduledPublication {
  @Field(() => ID)
  id!: string;

  @Field(() => ContentType)
  type!: ContentType;

  @Field(() => ID)
  entryId!: string;

  @Field({ description: 'PUBLISH or UNPUBLISH.' })
  action!: string;

  @Field(() => Date)
  runAt!: Date;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => ID)
  requestedBy!: string;
}

@ObjectType({ simpleResolvers: true, description: 'Either the change was made now, or it is scheduled.' })
export class PublicationOutcome {
  @Field(() => EditorialEntry, { nullable: true })
  entry!: EditorialEntry | null;

  @Field(() => ScheduledPublication, { nullable: true })
  scheduled!: ScheduledPublication | null;
}

@ObjectType({ simpleResolvers: true, description: 'One stored change of an entry.' })
export class RevisionView {
  @Field(() => ID)
  id!: string;

  @Field(() => ContentType)
  type!: ContentType;

  @Field(() => ID)
  entryId!: string;

  @Field(() => Int, { description: 'The entry version this change produced.' })
  version!: number;

  @Field({ description: 'CREATE, UPDATE, UPDATE_DRAFT, RESTORE_REVISION, PUBLISH, UNPUBLISH, DELETE, RESTORE, PURGE.' })
  action!: string;

  @Field(() => ID, { nullable: true })
  actorId!: string | null;

  @Field(() => [String])
  changedFields!: string[];

  @Field(() => PublicationStatus)
  status!: string;

  @Field(() => GraphQLJSONObject, { description: 'The editable content after the change.' })
  snapshot!: Record<string, unknown>;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType({ simpleResolvers: true, description: 'One recorded mutation.' })
export class AuditLogEntryView {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true })
  actorId!: string | null;

  @Field(() => String, { nullable: true })
  actorEmail!: string | null;

  @Field()
  action!: string;

  @Field(() => String, { nullable: true })
  entityType!: string | null;

  @Field(() => ID, { nullable: true })
  entityId!: string | null;

  @Field({ description: 'SUCCESS, or the error code returned.' })
  outcome!: string;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Something a save would refuse: the input field (as in BAD_USER_INPUT extensions.fields) and why.',
})
export class InputProblem {
  @Field({ description: 'Path in the input, e.g. input.parameters or input.subjects[0].' })
  field!: string;

  @Field()
  message!: string;
}
